using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Users;
using BudgetPerformance.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

public static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("用户管理").RequireAuthorization(Policies.FinanceAdmin);
        group.MapGet("/", ListAsync).WithName("ListUsers").WithSummary("本地区用户列表（财政局管理员）");
    }

    private static async Task<Results<Ok<PagedResult<UserListItem>>, ProblemHttpResult>> ListAsync(
        string? keyword, int? page, int? pageSize, ListUsersHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(keyword, page ?? 1, pageSize ?? 50, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }
}
