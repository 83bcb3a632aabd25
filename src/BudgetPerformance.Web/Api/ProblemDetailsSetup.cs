using BudgetPerformance.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

/// <summary>Errors reach API clients as ProblemDetails with Chinese titles; this is the one place results become HTTP.</summary>
public static class ProblemDetailsSetup
{
    public static IServiceCollection AddPlatformProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var status = ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode;
            ctx.ProblemDetails.Title = TitleFor(status, ctx.ProblemDetails.Title);
            ctx.ProblemDetails.Detail ??= status switch
            {
                StatusCodes.Status404NotFound => "请求的地址或资源不存在。",
                StatusCodes.Status405MethodNotAllowed => "此地址不支持该请求方法。",
                _ => null,
            };
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<UnexpectedExceptionHandler>();
        return services;
    }

    private static string TitleFor(int status, string? current) => status switch
    {
        400 => "请求无效",
        401 => "未登录",
        403 => "无权访问",
        404 => "未找到",
        405 => "方法不允许",
        409 => "数据冲突",
        413 => "内容过大",
        422 => "数据校验未通过",
        429 => "请求过多",
        500 => "服务器内部错误",
        _ => current ?? "请求失败",
    };

    /// <summary>Maps an expected failure to its HTTP status with the message the user should read.</summary>
    public static ProblemHttpResult ToProblem(this Error error)
    {
        var status = error.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        var extensions = new Dictionary<string, object?>();
        if (error.Field is not null)
        {
            extensions["field"] = error.Field;
        }

        if (error.Details.Count > 0)
        {
            extensions["errors"] = error.Details;
        }

        return TypedResults.Problem(detail: error.Message, statusCode: status, extensions: extensions);
    }
}

/// <summary>Anything unexpected: logged in full, answered with a short Chinese message and the trace id.</summary>

public sealed class UnexpectedExceptionHandler(IProblemDetailsService problems, ILogger<UnexpectedExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>A lost race: a concurrency token or a unique key the other request took first.</summary>
    public static bool IsConflict(Exception exception) => BudgetPerformance.Infrastructure.Persistence.AppDbContext.IsConflictException(exception);

    /// <summary>Our own converters speak Chinese; the serializer's English messages are replaced by a plain statement.</summary>
    private static string ChineseOrGeneric(string message) =>
        message.Any(c => c >= 0x4E00 && c <= 0x9FFF) ? (message.EndsWith('。') ? message : message + "。") : "内容缺少必填项、含有不允许的空值，或类型不符。";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException bad)
        {
            // The client's fault (a body over the limit, a malformed request): said in Chinese, not logged as an error.
            logger.LogInformation("请求无效：{Path} {Status} {Message}", httpContext.Request.Path, bad.StatusCode, bad.Message);
            httpContext.Response.StatusCode = bad.StatusCode;
            var limits = httpContext.RequestServices.GetRequiredService<Application.Common.UploadLimits>();
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails =
                {
                    Status = bad.StatusCode,
                    Detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                        ? $"请求内容过大：上传的文件不超过 {limits.MaxUploadText}。未做任何修改。"
                        : bad.InnerException is System.Text.Json.JsonException json
                            ? $"请求内容无法读取{(json.Path is { Length: > 1 } path ? $"（字段 {path.TrimStart('$', '.')}）" : string.Empty)}：{ChineseOrGeneric(json.Message)}未做任何修改。"
                            : "请求格式不正确，无法读取。未做任何修改。",
                },
            });
        }

        if (IsConflict(exception))
        {
            // Two requests raced for the same row (a unique key, a concurrency token): one won, this one is told so.
            logger.LogInformation("并发冲突：{Path}", httpContext.Request.Path);
            httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = { Status = 409, Detail = "同一数据正被他人同时修改，本次操作未生效。请刷新后重试。" },
            });
        }

        logger.LogError(exception, "未处理的异常：{Path}", httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = 500, Detail = "服务器处理请求时出错，请稍后重试；如持续出现，请将跟踪号提供给管理员。" },
        });
    }
}
