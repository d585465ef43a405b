using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace HiringKit.Api.Infrastructure;

/// <summary>
/// A body whose declared length is over the limit is answered 413 before anything reads it. Kestrel alone
/// would answer and close the connection while the client is still sending, and .NET's HttpClient or
/// Node's fetch then report "broken pipe" instead of the 413. So, unless the client sent
/// `Expect: 100-continue` (then it is waiting and gets the 413 before sending), the body is read and
/// dropped up to <see cref="DrainBytes"/> first, then the 413 goes out on a connection the client is
/// listening on. Past that bound, or after a second with nothing arriving, it answers at once.
/// </summary>
public static class OversizedBodies
{
    public const long DrainBytes = 64L * 1024 * 1024;

    public static IApplicationBuilder UseOversizedBodyAnswers(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var declared = http.Request.ContentLength;
        var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? sizeFeature?.MaxRequestBodySize;
        if (declared is null || limit is null || declared <= limit)
        {
            await next(http);
            return;
        }

        bool waitingToSend = http.Request.Headers.Expect.Any(e => string.Equals(e, "100-continue", StringComparison.OrdinalIgnoreCase));
        if (!waitingToSend && declared <= DrainBytes && sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = declared;
            var buffer = new byte[64 * 1024];
            try
            {
                // A client that declares a length and then sends nothing is answered after a second's silence.
                while (true)
                {
                    using var silence = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
                    silence.CancelAfter(TimeSpan.FromSeconds(1));
                    if (await http.Request.Body.ReadAsync(buffer, silence.Token) == 0) break;
                }
            }
            catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
            {
            }
        }
        http.Response.Headers.Connection = "close";
        throw new BadHttpRequestException($"The body is {declared} bytes; this operation takes at most {limit}.", StatusCodes.Status413PayloadTooLarge);
    });
}
