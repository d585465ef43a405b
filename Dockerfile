# Build stage: restore from the project files alone so the package layer is
# reused until a csproj or the central props change.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

COPY Directory.Build.props Directory.Packages.props ./
COPY src/HiringKit.Api/HiringKit.Api.csproj src/HiringKit.Api/
COPY src/HiringKit.Scoring/HiringKit.Scoring.csproj src/HiringKit.Scoring/
COPY src/HiringKit.Documents/HiringKit.Documents.csproj src/HiringKit.Documents/
COPY src/HiringKit.DocumentWorker/HiringKit.DocumentWorker.csproj src/HiringKit.DocumentWorker/
RUN dotnet restore src/HiringKit.Api/HiringKit.Api.csproj

COPY src/ src/
RUN dotnet publish src/HiringKit.Api/HiringKit.Api.csproj -c Release -o /out --no-restore

# Runtime stage: ASP.NET runtime only, no SDK.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app

# The base image sets ASPNETCORE_HTTP_PORTS=8080; clear it so ASPNETCORE_URLS is
# the single binding source (otherwise Kestrel logs an override warning).
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS="" \
    Seed__Path=/app/seed-data

COPY --from=build /out ./
COPY seed-data/ ./seed-data/

# Non-root "app" user (UID 1654) provided by the base image; files stay root-owned,
# so the process can read but not modify its own binaries and seed data.
USER $APP_UID

EXPOSE 8080

# The API's own "healthcheck" mode probes /health/live, so the image needs no curl.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 CMD ["dotnet", "/app/HiringKit.Api.dll", "healthcheck"]

ENTRYPOINT ["dotnet", "HiringKit.Api.dll"]
