using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Application.Monitoring;

/// <summary>The columns real execution exports use for cumulative execution per project and month.</summary>
public static class ExecutionDataLayout
{
    public const string ProjectCode = "ProjectCode";
    public const string ProjectName = "ProjectName";
    public const string Month = "Month";
    public const string Executed = "Executed";

    public static readonly TableLayout Cumulative = new("预算执行数据", [
        new(ProjectCode, ["项目编码", "项目代码", "预算项目编码", "项目编号", "项目ID"], Required: true),
        new(ProjectName, ["项目名称", "预算项目名称"]),
        new(Month, ["月份", "期间", "执行月份", "截至月份", "会计期间", "统计期间", "所属期间"], Required: true),
        new(Executed, ["累计执行数", "累计支出", "累计执行金额", "累计支付金额", "累计支出数", "执行数", "支出数", "累计执行"], Required: true),
    ]);
}

/// <summary>A row to import: where it is (for messages), its cells, and whether its amounts are in 万元.</summary>
public sealed record ImportLine(string At, TableRecord Record, bool InWanYuan);

public sealed record ImportExecutionResult(long BatchId, bool AlreadyImported, int Rows, long TotalFen, IReadOnlyList<string> Notes)
{
    public string TotalWanYuan => new Money(TotalFen).ToWanYuanString();
}

public sealed record ExecutionBatchDto(
    long Id, int FiscalYear, ExecutionSource Source, string SourceName, int RowCount, long TotalFen, DateTime ImportedAt, string ImportedBy,
    string ContentChecksum, bool IsActive, DateTime? RolledBackAt, string? RolledBackBy, string? RollbackReason,
    ExecutionBatchKind Kind, int ThroughMonth, string? ExternalId)
{
    public string TotalWanYuan => new Money(TotalFen).ToWanYuanString();
}

/// <summary>
/// Imports cumulative budget execution per project and month from a file of the 一体化 system (.xlsx, or .csv in
/// UTF-8 or GBK), mapped by header text; amounts in 元 unless the header says 万元. Every row is checked (project known
/// in the region, period of the fiscal year, amount a number ≥ 0, no project-month twice); one bad row and nothing is
/// saved, every problem named by row and column. The same content imported again adds nothing and says so. The
/// batch — who, when, source, rows, total, checksum — is one audit record.
/// </summary>
public sealed class ImportExecutionDataHandler(
    IAppDbContext db, FinanceAdministration administration, ITableSheets tables, UploadGate uploads, IAuditEvents events, IAuditNotes audit, TimeProvider clock)
{
    public const int MaxErrors = ImportRefusal.MaxShown;

    public async Task<Result<ImportExecutionResult>> HandleAsync(Stream input, string fileName, int fiscalYear, CancellationToken ct = default)
    {
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return FinanceAdministration.Denied("导入预算执行数据");
        }

        var sender = ExecutionSender.Of(admin);
        return await GuardedImport.RunAsync(uploads, events, sender.GateKey, input, "导入预算执行数据被拒绝", "ExecutionBatch", token =>
        {
            var read = tables.ReadFile(input, fileName, [ExecutionDataLayout.Cumulative], uploads.Limits, token);
            if (read.Errors.Count > 0)
            {
                return Task.FromResult<Result<ImportExecutionResult>>(Refusal([.. read.Errors]));
            }

            var lines = read.Sheets.SelectMany(sheet => sheet.Rows.Select(row => new ImportLine(
                $"{(sheet.SheetName.Length > 0 ? $"工作表“{sheet.SheetName}”" : "文件")}第 {row.Row} 行", row,
                sheet.HeaderTexts.GetValueOrDefault(ExecutionDataLayout.Executed, string.Empty).Contains('万', StringComparison.Ordinal)))).ToList();
            return ImportAsync(sender, lines, fileName, fiscalYear, null, read.Notes, token);
        }, ct);
    }

    /// <summary>
    /// Imports cumulative execution rows from <paramref name="sender"/> (a file's rows, or a system's pushed records):
    /// all or nothing, every problem named where it is.
    /// </summary>
    public async Task<Result<ImportExecutionResult>> ImportAsync(
        ExecutionSender sender, IReadOnlyList<ImportLine> lines, string sourceName, int fiscalYear, string? externalId, IReadOnlyList<string> notes, CancellationToken ct)
    {
        if (externalId is not null && await BatchByExternalIdAsync(sender.RegionId, fiscalYear, externalId, ct) is { } sent)
        {
            return AlreadyImported(sent, notes, $"批次号“{externalId}”");
        }

        var errors = new List<string>();
        var rows = new List<(long ProjectId, int Month, long Fen)>();
        var seen = new Dictionary<(long, int), string>();
        var codes = lines.Select(l => l.Record[ExecutionDataLayout.ProjectCode].Text).Where(c => c.Length > 0).Distinct().ToList();
        var projects = new Dictionary<string, long>(StringComparer.Ordinal);
        var regionIds = sender.RegionIds;
        foreach (var chunk in codes.Chunk(500))
        {
            foreach (var p in await db.Projects.AsNoTracking().Where(p => chunk.Contains(p.Code) && p.FiscalYear == fiscalYear && regionIds.Contains(p.RegionId))
                         .Select(p => new { p.Code, p.Id }).ToListAsync(ct))
            {
                projects[p.Code] = p.Id;
            }
        }

        foreach (var line in lines)
        {
            var row = line.Record;
            var at = line.At;
            var code = row[ExecutionDataLayout.ProjectCode];
            var period = row[ExecutionDataLayout.Month];
            var amount = row[ExecutionDataLayout.Executed];
            if (!projects.TryGetValue(code.Text, out var projectId))
            {
                errors.Add($"{at}{code.At}：{(code.IsBlank ? "项目编码为空" : $"项目编码“{code.Text}”不是本地区 {fiscalYear} 年度的项目")}。");
                continue;
            }

            var month = ExecutionBatch.ReadMonth(period.Text, fiscalYear);
            if (!month.IsSuccess)
            {
                errors.Add($"{at}{period.At}：{month.Error!.Message}");
                continue;
            }

            if (ExecutionValues.ReadAmount(amount.Text, line.InWanYuan) is not { } fen)
            {
                errors.Add($"{at}{amount.At}：金额“{amount.Text}”不是有效的数字（应为 0 至 1 万亿元之间的金额，{(line.InWanYuan ? "单位万元" : "单位元")}）。");
                continue;
            }

            if (seen.TryGetValue((projectId, month.Value), out var first))
            {
                errors.Add($"{at}：项目“{code.Text}”{month.Value} 月的累计执行数与{first}重复。");
                continue;
            }

            seen[(projectId, month.Value)] = at;
            rows.Add((projectId, month.Value, fen));
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add("没有预算执行数据（需要“项目编码”“月份”“累计执行数”等列）。");
        }

        if (errors.Count > 0)
        {
            return Refusal(errors);
        }

        var region = sender.RegionId;
        long total;
        try
        {
            total = rows.Aggregate(0L, (sum, r) => checked(sum + r.Fen));
        }
        catch (OverflowException)
        {
            return Error.Validation("预算执行数据的合计金额超出可记录的范围，未导入任何数据；请分批导入。", "File");
        }

        var checksum = Checksum(rows);
        if (await ActiveBatchAsync(region, fiscalYear, checksum, ct) is { } duplicate)
        {
            return AlreadyImported(duplicate, notes, "相同内容");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var batch = ExecutionBatch.Create(region, fiscalYear, sender.Source, sourceName, checksum, rows.Count, total, now, sender.UserId, sender.Name,
            ExecutionBatchKind.Cumulative, rows.Max(r => r.Month), externalId);
        try
        {
            await db.InTransactionAsync(async c =>
            {
                db.ExecutionBatches.Add(batch);
                var action = $"导入预算执行数据：{sourceName}（{rows.Count} 行，合计 {new Money(batch.TotalFen).ToWanYuanString()} 万元）";
                if (sender.UserId is null)
                {
                    audit.Describe(action, null, sender.Name);
                }
                else
                {
                    audit.Describe(action);
                }

                await db.SaveChangesAsync(c);
                await db.BulkInsertAsync(rows.Select(r => ProjectExecution.Create(batch, r.ProjectId, r.Month, r.Fen)).ToList(), c);
                return true;
            }, ct);
        }
        catch (Exception exception) when (db.IsConflict(exception))
        {
            // The same content (or batch id) arrived at the same moment by another request (the unique indexes on active batches).
            db.ExecutionBatches.Entry(batch).State = EntityState.Detached;
            return await ActiveBatchAsync(region, fiscalYear, checksum, ct) is { } winner
                ? AlreadyImported(winner, notes, "相同内容")
                : Error.Conflict("另一项导入正在写入相同的数据，请稍后查看导入批次。");
        }

        return new ImportExecutionResult(batch.Id, false, batch.RowCount, batch.TotalFen, notes);
    }

    private static Error Refusal(List<string> errors) => ImportRefusal.Of($"预算执行数据有 {errors.Count} 个问题，未导入任何数据：", errors);

    private Task<ExecutionBatch?> BatchByExternalIdAsync(long region, int fiscalYear, string externalId, CancellationToken ct) =>
        db.ExecutionBatches.AsNoTracking()
            .Where(b => b.RegionId == region && b.FiscalYear == fiscalYear && b.Kind == ExecutionBatchKind.Cumulative && b.ExternalId == externalId && b.RolledBackAt == null)
            .FirstOrDefaultAsync(ct);

    private Task<ExecutionBatch?> ActiveBatchAsync(long region, int fiscalYear, string checksum, CancellationToken ct) =>
        db.ExecutionBatches.AsNoTracking()
            .Where(b => b.RegionId == region && b.FiscalYear == fiscalYear && b.ContentChecksum == checksum && b.RolledBackAt == null)
            .FirstOrDefaultAsync(ct);

    private static ImportExecutionResult AlreadyImported(ExecutionBatch duplicate, IReadOnlyList<string> notes, string what) =>
        new(duplicate.Id, true, duplicate.RowCount, duplicate.TotalFen,
            [.. notes, $"{what}已于 {BeijingTime.Format(duplicate.ImportedAt)} 由 {duplicate.ImportedBy} 导入（第 {duplicate.Id} 批），本次未重复导入。"]);

    /// <summary>SHA-256 over the rows sorted by project and month: the same content in any order or file format is equal.</summary>
    public static string Checksum(IEnumerable<(long ProjectId, int Month, long Fen)> rows)
    {
        var text = new StringBuilder();
        foreach (var (projectId, month, fen) in rows.OrderBy(r => r.ProjectId).ThenBy(r => r.Month))
        {
            text.Append(CultureInfo.InvariantCulture, $"{projectId}|{month}|{fen}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>The execution batches of the region, newest first, and the roll-back of a wrong one (finance).</summary>
public sealed class ExecutionBatchesHandler(IAppDbContext db, FinanceAdministration administration, ICurrentUser currentUser, AccessScopeResolver scopes, IAuditNotes audit, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<ExecutionBatchDto>>> ListAsync(int? fiscalYear, CancellationToken ct = default)
    {
        var actor = await currentUser.GetActorAsync();
        var scope = await scopes.ResolveAsync(ct);
        if (actor is null || !actor.Has(Domain.Organizations.Role.FinanceAdmin | Domain.Organizations.Role.FinanceReviewer) || scope.Kind != Domain.Organizations.AccessScopeKind.Region)
        {
            return Error.Forbidden("预算执行数据批次仅向财政局工作人员开放。");
        }

        var regionIds = scope.RegionIds;
        var batches = db.ExecutionBatches.AsNoTracking().Where(b => regionIds.Contains(b.RegionId));
        if (fiscalYear is { } year)
        {
            batches = batches.Where(b => b.FiscalYear == year);
        }

        return (await batches.OrderByDescending(b => b.Id).Take(500).ToListAsync(ct))
            .Select(b => new ExecutionBatchDto(b.Id, b.FiscalYear, b.Source, b.SourceName, b.RowCount, b.TotalFen, b.ImportedAt, b.ImportedBy, b.ContentChecksum,
                b.IsActive, b.RolledBackAt, b.RolledBackBy, b.RollbackReason, b.Kind, b.ThroughMonth, b.ExternalId)).ToList();
    }

    public async Task<Result> RollBackAsync(long id, string reason, CancellationToken ct = default)
    {
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return FinanceAdministration.Denied("撤销预算执行数据");
        }

        var batch = await db.ExecutionBatches.FirstOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null || !admin.Scope.SeesRegion(batch.RegionId))
        {
            return Error.NotFound($"预算执行数据批次（编号 {id}）不存在。");
        }

        var rolled = batch.RollBack(reason, admin.Actor.DisplayName, clock.GetUtcNow().UtcDateTime);
        if (!rolled.IsSuccess)
        {
            return rolled;
        }

        audit.Describe($"撤销预算执行数据：第 {batch.Id} 批（{batch.SourceName}，{batch.RowCount} 行；{batch.RollbackReason}）");
        return await db.SaveOrConflictAsync("该批数据刚被他人撤销。", ct);
    }
}

/// <summary>A project's cumulative execution at the end of a month, as the data in force gives it.</summary>
public sealed record ProjectExecutionDto(long ProjectId, string ProjectCode, string ProjectName, int Month, long BudgetFen, long ExecutedFen, long BatchId, ExecutionBatchKind Kind)
{
    public string BudgetWanYuan => new Money(BudgetFen).ToWanYuanString();
    public string ExecutedWanYuan => new Money(ExecutedFen).ToWanYuanString();

    /// <summary>预算执行率 = 累计执行数 ÷ 全年（调整后）预算数; null for a zero budget.</summary>
    public decimal? ExecutionRate => BudgetFen > 0 ? Math.Round((decimal)ExecutedFen / BudgetFen, 4) : null;
}

/// <summary>The execution data in force per project and month, visible to the signed-in user.</summary>
public sealed class ListProjectExecutionsHandler(IAppDbContext db, ICurrentUser currentUser, AccessScopeResolver scopes)
{
    public const int MaxRows = 5_000;

    public async Task<Result<IReadOnlyList<ProjectExecutionDto>>> HandleAsync(int fiscalYear, int month, CancellationToken ct = default)
    {
        if (month is < 1 or > 12)
        {
            return Error.Validation("月份应为 1–12。", nameof(month));
        }

        var actor = await currentUser.GetActorAsync();
        var scope = await scopes.ResolveAsync(ct);
        if (actor is null || scope.Kind == Domain.Organizations.AccessScopeKind.None)
        {
            return Error.Forbidden("请先登录。");
        }

        var projects = db.Projects.AsNoTracking().VisibleTo(scope).Where(p => p.FiscalYear == fiscalYear);
        var figures = await ExecutionInForce.ForMonthAsync(db, projects, fiscalYear, month, ct);
        var rows = new List<ProjectExecutionDto>();
        await foreach (var p in projects.OrderBy(p => p.Code).Select(p => new { p.Id, p.Code, p.Name, p.AdjustedTotalFen }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (figures.TryGetValue(p.Id, out var figure))
            {
                rows.Add(new ProjectExecutionDto(p.Id, p.Code, p.Name, month, p.AdjustedTotalFen, figure.ExecutedFen, figure.BatchId, figure.Kind));
                if (rows.Count == MaxRows)
                {
                    break;
                }
            }
        }

        return rows;
    }
}

/// <summary>A project's cumulative execution to the end of a month and the batch it comes from.</summary>
public readonly record struct ExecutionFigure(long ExecutedFen, long BatchId, ExecutionBatchKind Kind);

/// <summary>
/// The execution data in force (ADR 011). For a project and month: the cumulative figure of the newest batch not rolled
/// back that delivered one (a corrected delivery replaces the earlier one; rolling it back brings the earlier one back);
/// else, where a payment ledger (支付明细) reaching that month covers the project's region and has payments in that
/// region, the sum of its payments from January to the month across the ledgers not rolled back — 0 when it has none.
/// Else there is no figure (missing data).
/// What the warnings and every list read.
/// </summary>
public static class ExecutionInForce
{
    public static async Task<Dictionary<long, ExecutionFigure>> ForMonthAsync(IAppDbContext db, IQueryable<Domain.Budgets.Project> projects, int fiscalYear, int month, CancellationToken ct)
    {
        var figures = new Dictionary<long, ExecutionFigure>();
        var ledgers = await db.ExecutionBatches.AsNoTracking()
            .Where(b => b.RolledBackAt == null && b.FiscalYear == fiscalYear && b.Kind == ExecutionBatchKind.Payments && b.ThroughMonth >= month)
            .Select(b => new { b.Id, b.RegionId }).ToListAsync(ct);
        if (ledgers.Count > 0)
        {
            var regions = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Code }).ToListAsync(ct);
            var codes = regions.ToDictionary(r => r.Id, r => r.Code);
            var covered = new Dictionary<long, long>();
            foreach (var ledger in ledgers.OrderBy(l => l.Id))
            {
                foreach (var region in regions.Where(r => Domain.Organizations.RegionCode.IsWithin(r.Code, codes[ledger.RegionId])))
                {
                    covered[region.Id] = ledger.Id;
                }
            }

            var coveredIds = covered.Keys.ToList();
            var inCovered = (await projects.Where(p => coveredIds.Contains(p.RegionId)).Select(p => new { p.Id, p.RegionId }).ToListAsync(ct))
                .ToDictionary(p => p.Id, p => p.RegionId);

            // Summed by project over the active ledgers' rows alone (no join): the projects are matched in memory.
            var ledgerIds = await db.ExecutionBatches.AsNoTracking()
                .Where(b => b.RolledBackAt == null && b.FiscalYear == fiscalYear && b.Kind == ExecutionBatchKind.Payments)
                .Select(b => b.Id).ToListAsync(ct);
            var paid = await db.PaymentRecords.AsNoTracking()
                .Where(r => r.FiscalYear == fiscalYear && ledgerIds.Contains(r.BatchId))
                .GroupBy(r => r.ProjectId)
                .Select(g => new { ProjectId = g.Key, Fen = g.Sum(x => x.Month <= month ? x.AmountFen : 0), BatchId = g.Max(x => x.BatchId) }).ToListAsync(ct);

            // A ledger speaks for the regions it has payments in: there, a project without payments spent nothing.
            var spokenFor = paid.Where(p => inCovered.ContainsKey(p.ProjectId)).Select(p => inCovered[p.ProjectId]).ToHashSet();
            foreach (var (id, regionId) in inCovered.Where(p => spokenFor.Contains(p.Value)))
            {
                figures[id] = new ExecutionFigure(0, covered[regionId], ExecutionBatchKind.Payments);
            }

            foreach (var p in paid.Where(p => inCovered.ContainsKey(p.ProjectId)))
            {
                figures[p.ProjectId] = new ExecutionFigure(p.Fen, p.BatchId, ExecutionBatchKind.Payments);
            }
        }

        var active = from e in db.ProjectExecutions.AsNoTracking()
                     join b in db.ExecutionBatches.AsNoTracking() on e.BatchId equals b.Id
                     where b.RolledBackAt == null && e.FiscalYear == fiscalYear && e.Month == month
                     select e;
        var newest = from e in active
                     group e by e.ProjectId into g
                     select new { ProjectId = g.Key, BatchId = g.Max(x => x.BatchId) };
        var cumulative = await (from e in active
                                join n in newest on new { e.ProjectId, e.BatchId } equals new { n.ProjectId, n.BatchId }
                                join p in projects on e.ProjectId equals p.Id
                                select new { e.ProjectId, e.ExecutedFen, e.BatchId }).ToListAsync(ct);
        foreach (var e in cumulative)
        {
            figures[e.ProjectId] = new ExecutionFigure(e.ExecutedFen, e.BatchId, ExecutionBatchKind.Cumulative);
        }

        return figures;
    }
}
