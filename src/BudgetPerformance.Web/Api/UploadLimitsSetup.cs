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
    public static RouteHandlerBuilder WithUploadLimit(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(new UploadEndpoint());

    /// <summary>Sets the request body limit of upload endpoints before anything reads the body.</summary>
    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<UploadEndpoint>() is not null)
            {
                var limits = context.RequestServices.GetRequiredService<UploadLimits>();
                var max = limits.MaxUploadBytes + FramingAllowance;
                if (context.Request.ContentLength > max)
                {
                    await TooLarge(limits).ExecuteAsync(context);
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

    public static IResult TooLarge(UploadLimits limits) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "文件过大",
        detail: $"上传的文件过大：不超过 {limits.MaxUploadText}。未做任何修改。");

    private sealed class UploadEndpoint;
}
