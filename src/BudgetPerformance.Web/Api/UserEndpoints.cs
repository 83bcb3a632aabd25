using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Users;
using BudgetPerformance.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

public sealed record ResetPasswordRequest(string NewPassword);

public static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("用户管理").RequireAuthorization(Policies.FinanceAdmin);
        group.MapGet("/", ListAsync).WithName("ListUsers").WithSummary("本地区用户列表（财政局管理员）");
        group.MapPost("/", CreateAsync).WithName("CreateUser").WithSummary("新建用户：角色须与所属单位相符，密码须符合策略");
        group.MapPost("/{id:long}/{action}", ChangeAsync).WithName("ChangeUser").WithSummary("停用（Deactivate）、启用（Activate）或解除锁定（Unlock）");
        group.MapPut("/{id:long}", ReassignAsync).WithName("ReassignUser").WithSummary("修改用户的角色和所属单位（该用户的所有会话随即失效）");
        group.MapPut("/{id:long}/password", ResetPasswordAsync).WithName("ResetUserPassword").WithSummary("重置用户密码（并解除锁定；该用户的所有会话随即失效）");
    }

    private static async Task<Results<Ok<PagedResult<UserListItem>>, ProblemHttpResult>> ListAsync(
        string? keyword, int? page, int? pageSize, ListUsersHandler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(keyword, page ?? 1, pageSize ?? 50, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<long>, ProblemHttpResult>> CreateAsync(CreateUserRequest request, ManageUsersHandler handler, CancellationToken ct)
    {
        var result = await handler.CreateAsync(request, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangeAsync(long id, UserAction action, ManageUsersHandler handler, CancellationToken ct)
    {
        var result = await handler.ChangeAsync(id, action, ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ReassignAsync(long id, ReassignUserRequest request, ManageUsersHandler handler, CancellationToken ct)
    {
        var result = await handler.ReassignAsync(id, request, ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ResetPasswordAsync(long id, ResetPasswordRequest request, ManageUsersHandler handler, CancellationToken ct)
    {
        var result = await handler.ResetPasswordAsync(id, request.NewPassword, ct);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }
}
