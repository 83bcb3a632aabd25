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

    public static RouteHandlerBuilder WithUploadLimit(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var limits = http.RequestServices.GetRequiredService<UploadLimits>();
            if (http.Request.ContentLength > limits.MaxUploadBytes + FramingAllowance)
            {
                return TooLarge(limits);
            }

            return await next(context);
        }).WithMetadata(new UploadEndpoint());

    /// <summary>Sets the request body limit of upload endpoints before anything reads the body.</summary>
    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<UploadEndpoint>() is not null
                && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                var limits = context.RequestServices.GetRequiredService<UploadLimits>();
                size.MaxRequestBodySize = limits.MaxUploadBytes + FramingAllowance;
                if (context.Request.ContentLength > size.MaxRequestBodySize)
                {
                    await TooLarge(limits).ExecuteAsync(context);
                    return;
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
