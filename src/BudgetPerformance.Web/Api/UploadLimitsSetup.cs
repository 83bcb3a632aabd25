using BudgetPerformance.Application.Common;
using Microsoft.AspNetCore.Http.Features;

namespace BudgetPerformance.Web.Api;

/// <summary>
/// The HTTP side of <see cref="UploadLimits"/>: an upload endpoint accepts a body up to the limit (and a little for the
/// multipart framing), refuses a larger declared Content-Length before reading a byte, and answers 413 in Chinese.
/// </summary>
public static class UploadLimitsSetup
{
    private const long FramingAllowance = 64 * 1024;

    /// <summary>Marks an upload endpoint: <see cref="UseUploadLimits"/> gives it the upload body limit and refuses a larger body.</summary>
    public static RouteHandlerBuilder WithUploadLimit(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(new UploadEndpoint(Streamed: false));

    /// <summary>
    /// Marks an endpoint that reads a large delimited file record by record: the body may be up to
    /// <see cref="UploadLimits.MaxStreamedUploadBytes"/>; the form buffers the file on disk, not in memory.
    /// </summary>
    public static RouteHandlerBuilder WithStreamedUploadLimit(this RouteHandlerBuilder endpoint, UploadLimits limits) =>
        endpoint.WithMetadata(new UploadEndpoint(Streamed: true))
            .WithFormOptions(multipartBodyLengthLimit: limits.MaxStreamedUploadBytes + FramingAllowance, bufferBodyLengthLimit: limits.MaxStreamedUploadBytes + FramingAllowance);

    /// <summary>Sets the request body limit of upload endpoints before anything reads the body.</summary>
    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<UploadEndpoint>() is { } upload)
            {
                var limits = context.RequestServices.GetRequiredService<UploadLimits>();
                var max = (upload.Streamed ? limits.MaxStreamedUploadBytes : limits.MaxUploadBytes) + FramingAllowance;
                if (context.Request.ContentLength > max)
                {
                    await TooLarge(limits, upload.Streamed).ExecuteAsync(context);
                    return;
                }

                // A body without a declared length is cut off by the server at the same limit (answered in Chinese too).
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = max;
                }
            }

            await next();
        });

    public static IResult TooLarge(UploadLimits limits, bool streamed = false) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "文件过大",
        detail: $"上传的文件过大：不超过 {(streamed ? $"{limits.MaxStreamedUploadBytes / 1024.0 / 1024.0:0.#} MB" : limits.MaxUploadText)}。未做任何修改。");

    private sealed record UploadEndpoint(bool Streamed);
}
