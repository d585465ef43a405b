namespace HiringKit.Api.Infrastructure;

public static class Timestamps
{
    /// <summary>Npgsql reads timestamptz as a UTC DateTime; the API speaks DateTimeOffset.</summary>
    public static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
