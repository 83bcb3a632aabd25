using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Organizations;
using BudgetPerformance.Application.Organizations.Workbooks;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetPerformance.Web.Api;

public static class OrganizationEndpoints
{
    public static void MapOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organizations").WithTags("组织机构").RequireAuthorization();
        group.MapGet("/", ListAsync).WithName("ListOrganizations").WithSummary("组织机构列表（主管部门、预算单位等），按权限范围过滤");
        group.MapGet("/departments", DepartmentsAsync).WithName("ListDepartments").WithSummary("主管部门列表");
        group.MapGet("/budget-units", UnitsAsync).WithName("ListBudgetUnits").WithSummary("二级预算单位列表");
        group.MapGet("/{id:long}", GetAsync).WithName("GetOrganization").WithSummary("单位详情（含修订号，修改时须带上）");
        group.MapGet("/{id:long}/conflicts", ConflictsAsync).WithName("ListOrganizationConflicts").WithSummary("须回避该单位的专家和第三方机构及原因（财政局工作人员）");

        var admin = app.MapGroup("/api/organizations").WithTags("组织机构").RequireAuthorization(Policies.FinanceAdmin);
        admin.MapPost("/", CreateAsync).WithName("CreateOrganization").WithSummary("新建主管部门、二级预算单位、第三方机构等（财政局管理员）");
        admin.MapPut("/{id:long}", EditAsync).WithName("EditOrganization").WithSummary("修改单位信息、更名或改编码（须带上打开时的修订号）");
        admin.MapPost("/{id:long}/move", MoveAsync).WithName("MoveOrganization").WithSummary("单位划转：二级预算单位改隶其他主管部门，未结束年度的项目随转");
        admin.MapPost("/{id:long}/close", CloseAsync).WithName("CloseOrganization").WithSummary("撤销单位（保留历史；停用该单位的全部账户）");
        admin.MapPost("/{id:long}/reopen", ReopenAsync).WithName("ReopenOrganization").WithSummary("恢复已撤销的单位（账户需另行启用）");
        admin.MapGet("/export", ExportAsync).WithName("ExportOrganizationWorkbook").WithSummary("导出单位库（.xlsx：单位、专家两个工作表，即导入的格式）");
        admin.MapPost("/import", ImportAsync).WithName("ImportOrganizationWorkbook")
            .WithSummary("导入单位库（apply=false 只预览将做的修改；apply=true 全部正确才导入，否则逐格列出问题）")
            .DisableAntiforgery().WithUploadLimit();
    }

    private static Results<Ok<T>, ProblemHttpResult> Map<T>(Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    private static Results<NoContent, ProblemHttpResult> Map(Result result) =>
        result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();

    private static async Task<Results<Ok<PagedResult<OrganizationListItem>>, ProblemHttpResult>> ListAsync(
        [AsParameters] OrganizationFilter filter, ListOrganizationsHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(filter.ToQuery(filter.Kind), ct));

    private static async Task<Results<Ok<PagedResult<OrganizationListItem>>, ProblemHttpResult>> DepartmentsAsync(
        [AsParameters] OrganizationFilter filter, ListOrganizationsHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(filter.ToQuery(OrganizationKind.Department), ct));

    private static async Task<Results<Ok<PagedResult<OrganizationListItem>>, ProblemHttpResult>> UnitsAsync(
        [AsParameters] OrganizationFilter filter, ListOrganizationsHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(filter.ToQuery(OrganizationKind.BudgetUnit), ct));

    private static async Task<Results<Ok<OrganizationDetail>, ProblemHttpResult>> GetAsync(long id, GetOrganizationHandler handler, CancellationToken ct) =>
        Map(await handler.HandleAsync(id, ct));

    private static async Task<Results<Ok<IReadOnlyList<ConflictDto>>, ProblemHttpResult>> ConflictsAsync(long id, DeclaredRelationsHandler handler, CancellationToken ct) =>
        Map(await handler.ConflictsOfAsync(id, ct));

    private static async Task<Results<Ok<long>, ProblemHttpResult>> CreateAsync(CreateOrganizationRequest request, ManageOrganizationsHandler handler, CancellationToken ct) =>
        Map(await handler.CreateAsync(request, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> EditAsync(long id, EditOrganizationRequest request, ManageOrganizationsHandler handler, CancellationToken ct) =>
        Map(await handler.EditAsync(id, request, ct));

    private static async Task<Results<Ok<MoveOrganizationResult>, ProblemHttpResult>> MoveAsync(long id, MoveOrganizationRequest request, ManageOrganizationsHandler handler, CancellationToken ct) =>
        Map(await handler.MoveAsync(id, request, ct));

    private static async Task<Results<Ok<CloseOrganizationResult>, ProblemHttpResult>> CloseAsync(long id, CloseOrganizationRequest request, ManageOrganizationsHandler handler, CancellationToken ct) =>
        Map(await handler.CloseAsync(id, request, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> ReopenAsync(long id, ReopenOrganizationRequest request, ManageOrganizationsHandler handler, CancellationToken ct) =>
        Map(await handler.ReopenAsync(id, request, ct));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(ExportOrganizationWorkbookHandler handler, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var result = await handler.HandleAsync(buffer, ct);
        return result.IsSuccess
            ? TypedResults.File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "单位库.xlsx")
            : result.Error!.ToProblem();
    }

    private static async Task<Results<Ok<ImportOrganizationsResult>, ProblemHttpResult>> ImportAsync(
        IFormFile file, bool? apply, ImportOrganizationWorkbookHandler handler, CancellationToken ct)
    {
        // Buffered within UploadLimits.MaxUploadBytes (the request body limit of this endpoint).
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return Map(await handler.HandleAsync(buffer, new ImportOrganizationsOptions(apply ?? false), ct));
    }
}

/// <summary>Query-string filters of the organisation lists.</summary>
public sealed record OrganizationFilter(
    OrganizationKind? Kind, string? Keyword, long? DepartmentId, Sector? Sector, int? Year,
    OrganizationSort? Sort, bool? Desc, int? Page, int? PageSize, bool? IncludeClosed)
{
    public ListOrganizationsQuery ToQuery(OrganizationKind? kind) => new()
    {
        Kind = kind,
        Keyword = Keyword,
        DepartmentId = DepartmentId,
        Sector = Sector,
        FiscalYear = Year,
        IncludeClosed = IncludeClosed ?? false,
        Sort = Sort ?? OrganizationSort.Code,
        Descending = Desc ?? false,
        Page = Page ?? 1,
        PageSize = PageSize ?? 20,
    };
}
