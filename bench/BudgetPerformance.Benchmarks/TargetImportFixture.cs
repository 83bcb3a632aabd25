using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Application.Targets.Workbooks;
using BudgetPerformance.Infrastructure.Auditing;
using BudgetPerformance.Infrastructure.DemoData;
using BudgetPerformance.Infrastructure.Persistence;
using BudgetPerformance.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// A migrated SQLite template holding <see cref="TargetImportData"/> (built once), and the 1,000-sheet workbook written
/// once with <see cref="TargetWorkbookWriter"/>. Every import runs on a fresh copy of the template, so each starts with
/// the same 1,000 empty drafts.
/// </summary>
public sealed class TargetImportFixture : IDisposable
{
    private TargetImportFixture(string templatePath, byte[] workbook, Actor unitUser, int sheets, int indicatorRows)
    {
        TemplatePath = templatePath;
        Workbook = workbook;
        UnitUser = unitUser;
        Sheets = sheets;
        IndicatorRows = indicatorRows;
    }

    public string TemplatePath { get; }
    public byte[] Workbook { get; }

    /// <summary>The unit's own user (<c>Role.BudgetUnit</c>): 谁申请资金、谁设置目标.</summary>
    public Actor UnitUser { get; }
    public int Sheets { get; }
    public int IndicatorRows { get; }

    public static async Task<TargetImportFixture> CreateAsync(CancellationToken ct = default)
    {
        var path = BenchDatabase.NewTempSqlitePath("import-template");
        try
        {
            var data = await TargetImportData.LoadAsync(BenchDatabase.SqliteOptions(path, pooling: false), "导入基准：1 个预算单位，1,000 个项目", ct);

            var sheets = TargetImportData.Sheets(data);
            using var buffer = new MemoryStream();
            TargetWorkbookWriter.Write(buffer, sheets);
            var user = data.Users.Single();
            return new TargetImportFixture(
                path, buffer.ToArray(), new Actor(user.Id, user.UserName, user.DisplayName, user.Roles, user.OrganizationId),
                sheets.Count, sheets.Sum(s => s.Indicators.Count));
        }
        catch
        {
            BenchDatabase.DeleteSqlite(path);
            throw;
        }
    }

    /// <summary>A fresh copy of the template (the drafts still empty); the caller deletes it with <see cref="BenchDatabase.DeleteSqlite"/>.</summary>
    public string CopyTemplate()
    {
        var copy = BenchDatabase.NewTempSqlitePath("import");
        File.Copy(TemplatePath, copy);
        return copy;
    }

    /// <summary>Only reading the workbook: open the package, find the form on each sheet, read every field and row.</summary>
    public TargetWorkbookReadResult Read()
    {
        using var input = new MemoryStream(Workbook, writable: false);
        var read = new TargetWorkbooks().Read(input, new Application.Common.UploadLimits(), CancellationToken.None);
        return read.IsClean && read.Sheets.Count == Sheets
            ? read
            : throw new InvalidOperationException($"工作簿读取结果不符：{read.Sheets.Count} 张表，{read.Errors.Count} 处问题。");
    }

    /// <summary>
    /// One import request as the web layer serves it, into the database at <paramref name="databasePath"/>: a context with
    /// the real audit trail, the unit user, and <see cref="ImportTargetWorkbookHandler"/> reading, validating, reviewing and
    /// saving all 1,000 targets. Fails unless every draft was updated.
    /// </summary>
    public async Task<ImportTargetsResult> ImportAsync(string databasePath, CancellationToken ct = default)
    {
        var user = new BenchCurrentUser(UnitUser);
        var options = BenchDatabase.SqliteOptions(databasePath, pooling: true);
        using var audit = BenchAudit.Create(options);
        await using var db = new AppDbContext(options, audit.Trail(user));
        var packs = new RulePackResolver(db, new RulePackCatalog());
        var handler = new ImportTargetWorkbookHandler(
            db, user, new AccessScopeResolver(db, user), new TargetReviewService(db, packs, TimeProvider.System), new TargetWorkbooks(), TimeProvider.System,
            new UploadGate(new UploadLimits(), TimeProvider.System), new BenchAuditEvents(options, audit, user));
        using var input = new MemoryStream(Workbook, writable: false);
        var result = await handler.HandleAsync(input, null, ct);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(result.Error!.Message + Environment.NewLine + string.Join(Environment.NewLine, result.Error.Details.Take(5)));
        }

        return result.Value.Updated == Sheets && result.Value.Created == 0
            ? result.Value
            : throw new InvalidOperationException($"导入结果不符：新建 {result.Value.Created}，更新 {result.Value.Updated}，应更新 {Sheets}。");
    }

    /// <summary>How many audit records an import wrote (the template holds none).</summary>
    public static async Task<int> AuditRecordsAsync(string databasePath, CancellationToken ct = default)
    {
        await using var db = new AppDbContext(BenchDatabase.SqliteOptions(databasePath, pooling: true));
        return await db.AuditRecords.CountAsync(ct);
    }

    public void Dispose() => BenchDatabase.DeleteSqlite(TemplatePath);
}

/// <summary>The platform's audit events (a refused import would be one) written through a context of their own, as in the host.</summary>
internal sealed class BenchAuditEvents(DbContextOptions<AppDbContext> options, BenchAudit audit, ICurrentUser user) : IAuditEvents
{
    public async Task RecordAsync(string action, string entityType, string entityId, string? detail, CancellationToken ct = default)
    {
        var trail = audit.Trail(user);
        await using var db = new AppDbContext(options, trail);
        trail.Notes.Describe(action);
        trail.Notes.Record(action, entityType, entityId, null, detail);
        await db.SaveChangesAsync(ct);
    }
}
