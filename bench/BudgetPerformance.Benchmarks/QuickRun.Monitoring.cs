using System.Diagnostics;
using System.Globalization;
using System.Text;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Infrastructure.Bulk;
using BudgetPerformance.Infrastructure.Persistence;
using BudgetPerformance.Infrastructure.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// <c>quick monitoring</c>, at province scale (SQLite): importing <see cref="Payments"/> payment records from a CSV end to
/// end beside a plain prepared bulk insert of the same rows (rows/s and the ratio; the process's peak working set during
/// the import), then judging every project's warnings for August beside a plain GROUP BY of the same payment rows, then
/// storing the run, and the province reviewer's red list (first page and count) beside a plain SELECT of the same rows.
/// </summary>
public static partial class QuickRun
{
    private const int Payments = 1_000_000;
    private const int WarningMonth = 8;

    private static async Task MonitoringAsync(TextWriter output, int counties, int runs)
    {
        var source = await BenchDatabase.EnsureSqliteProvinceAsync(counties, output);
        var work = BenchDatabase.NewTempSqlitePath("monitoring");
        var plainCopy = BenchDatabase.NewTempSqlitePath("monitoring-plain");
        var csvPath = Path.Combine(Path.GetTempPath(), $"bp-bench-payments-{Guid.NewGuid():N}.csv");
        try
        {
            File.Copy(source, work);
            var options = BenchDatabase.SqliteOptions(work, pooling: true);
            var (admin, reviewer) = await EnsureProvinceAdminAsync(options);
            var codes = await ProjectCodesAsync(options);
            var watch = Stopwatch.StartNew();
            var bytes = WritePaymentsCsv(csvPath, codes);
            output.WriteLine("== 运行监控 / Monitoring at province scale (SQLite) ==");
            output.WriteLine(Invariant($"  province           : {codes.Count:N0} library projects; payments CSV {Payments:N0} rows, {bytes / 1024.0 / 1024.0:0.0} MB, written in {watch.Elapsed.TotalSeconds:0.0} s (not timed)"));

            // Reading alone (record by record, as the import does): where the import's time goes beside the insert.
            QuickTimer.Settle();
            watch.Restart();
            var readRows = 0;
            await using (var input = new FileStream(csvPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            {
                var opened = new TableSheetReader().OpenStream(input, "支付明细.csv", [PaymentLedgerLayout.Payments], new UploadLimits(), CancellationToken.None);
                foreach (var _ in opened.Value.Records(CancellationToken.None))
                {
                    readRows++;
                }
            }

            output.WriteLine(Invariant($"  read only          : {watch.Elapsed.TotalSeconds:0.00} s ({readRows:N0} records: encoding pass, header, record by record; no checks, no writes)"));

            // Import end to end: read the CSV record by record, check every row, write in chunks, one audit record.
            QuickTimer.Settle();
            var user = new BenchCurrentUser(admin);
            using var audit = BenchAudit.Create(options);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var baseline = Process.GetCurrentProcess().WorkingSet64;
            var heapBaseline = GC.GetTotalMemory(true);
            long peak = baseline;
            long heapPeak = heapBaseline;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, Process.GetCurrentProcess().WorkingSet64);
                    heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(false));
                    await Task.Delay(20);
                }
            });
            watch.Restart();
            ImportExecutionResult imported;
            var trail = audit.Trail(user);
            await using (var db = new AppDbContext(options, trail))
            {
                var handler = new ImportPaymentRecordsHandler(db, new FinanceAdministration(db, user, new AccessScopeResolver(db, user)), new TableSheetReader(),
                    new UploadGate(new UploadLimits(), TimeProvider.System), new BenchAuditEvents(options, audit, user), trail.Notes, TimeProvider.System);
                await using var input = new FileStream(csvPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                var result = await handler.HandleAsync(input, "支付明细.csv", BenchDatabase.FiscalYear);
                imported = result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.Message + string.Join(Environment.NewLine, result.Error.Details.Take(5)));
            }

            var importSeconds = watch.Elapsed.TotalSeconds;
            await sampling.CancelAsync();
            await sampler;
            if (imported.Rows != Payments)
            {
                throw new InvalidOperationException($"导入 {imported.Rows} 行，应为 {Payments} 行。");
            }

            // The raw limit: the same rows, already parsed, bulk-inserted by one prepared statement into a copy of the same database.
            File.Copy(source, plainCopy);
            var plainOptions = BenchDatabase.SqliteOptions(plainCopy, pooling: true);
            var rows = await PlainRowsAsync(plainOptions, csvPath);
            QuickTimer.Settle();
            watch.Restart();
            await using (var db = new AppDbContext(plainOptions))
            {
                await using var tx = await db.Database.BeginTransactionAsync();
                await BulkInserter.InsertAsync(db, rows);
                await tx.CommitAsync();
            }

            var plainSeconds = watch.Elapsed.TotalSeconds;
            rows.Clear();
            output.WriteLine(Invariant($"  import 1M payments : {importSeconds:0.00} s = {Payments / importSeconds:N0} rows/s (read, check, dedupe vouchers, write in chunks, one audit record)"));
            output.WriteLine(Invariant($"  plain bulk insert  : {plainSeconds:0.00} s = {Payments / plainSeconds:N0} rows/s (the same rows parsed beforehand; one prepared INSERT, one transaction)"));
            output.WriteLine(Invariant($"  ratio              : import at {plainSeconds / importSeconds:0.00}× the plain insert's rows/s (target ≥ 0.5×)"));
            output.WriteLine(Invariant($"  memory             : peak working set {peak / 1024.0 / 1024.0:0} MB during the import, {(peak - baseline) / 1024.0 / 1024.0:0} MB above the {baseline / 1024.0 / 1024.0:0} MB before it; managed heap at most {(heapPeak - heapBaseline) / 1024.0 / 1024.0:0} MB above its {heapBaseline / 1024.0 / 1024.0:0} MB (target ≤ 300 MB; a freshly generated province inflates the baseline: run again on the cached file)"));

            // Warnings for the province: judge every project (read + evaluate) beside a plain GROUP BY of the same payment rows.
            var regionIds = await RegionIdsAsync(options);
            QuickTimer.Settle();
            var judged = 0;
            var judge = await QuickTimer.TimeAsync(1, Math.Max(3, runs / 10), async () =>
            {
                await using var db = new AppDbContext(options);
                var handler = new RunWarningsHandler(db, new FinanceAdministration(db, user, new AccessScopeResolver(db, user)), new RulePackResolver(db, new RulePackCatalog()), DisposalRules(db), new NoAuditNotes(), TimeProvider.System);
                judged = (await handler.JudgeAsync(regionIds, BenchDatabase.FiscalYear, WarningMonth, DateTime.UtcNow, CancellationToken.None)).Count;
            });
            var groupBy = await QuickTimer.TimeAsync(1, Math.Max(3, runs / 10), () => PlainGroupByAsync(options));
            output.WriteLine(Invariant($"  judge warnings     : {QuickTimer.Describe(judge)}  ({judged:N0} projects, 1–{WarningMonth} 月, nothing stored)"));
            output.WriteLine(Invariant($"  plain GROUP BY     : {QuickTimer.Describe(groupBy)}  (SUM of the same payment rows by project, months 1–{WarningMonth})"));
            output.WriteLine(Invariant($"  ratio              : judging {QuickTimer.Median(judge) / QuickTimer.Median(groupBy):0.0}× the GROUP BY (target ≤ 3×, and ≤ 5 s)"));

            WarningRunDto? run = null;
            watch.Restart();
            await using (var db = new AppDbContext(options, audit.Trail(user)))
            {
                var handler = new RunWarningsHandler(db, new FinanceAdministration(db, user, new AccessScopeResolver(db, user)), new RulePackResolver(db, new RulePackCatalog()), DisposalRules(db), audit.Trail(user).Notes, TimeProvider.System);
                var result = await handler.HandleAsync(BenchDatabase.FiscalYear, WarningMonth);
                run = result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.Message);
            }

            output.WriteLine(Invariant($"  run and store      : {watch.Elapsed.TotalMilliseconds:N0} ms (judge + {run.Projects:N0} stamped outcomes and list rows); red {run.Red:N0}, yellow {run.Yellow:N0}, missing {run.Missing:N0}, green {run.Green:N0}, blue {run.Blue:N0}"));

            // The red list as the province reviewer reads it (count + first page), beside a plain SELECT of the same page.
            var reviewerUser = new BenchCurrentUser(reviewer);
            var total = 0;
            var redList = await QuickTimer.TimeAsync(3, runs, async () =>
            {
                await using var db = new AppDbContext(options);
                var page = await new WarningListsHandler(db, reviewerUser, new AccessScopeResolver(db, reviewerUser)).ListAsync(BenchDatabase.FiscalYear, WarningMonth, WarningLight.Red);
                total = page.IsSuccess ? page.Value.TotalCount : throw new InvalidOperationException(page.Error!.Message);
            });
            var plainRed = await QuickTimer.TimeAsync(3, runs, async () =>
            {
                await using var db = new AppDbContext(options);
                _ = await db.MonitoringWarnings.AsNoTracking().Where(w => w.RunId == run.Id && w.Light == WarningLight.Red).OrderBy(w => w.Id).Take(50).ToListAsync();
            });
            output.WriteLine(Invariant($"  red list           : {QuickTimer.Describe(redList)}  ({total:N0} red projects; count + first page of 50 with names, reviewer's scope; target median < 50 ms)"));
            output.WriteLine(Invariant($"  plain SELECT       : {QuickTimer.Describe(plainRed)}  (50 red rows of the run, no names, no scope)"));

            // A province-wide 1—8月 round: every library project's form prefilled (budget, execution in force, the rows of its
            // target in force), written in bulk — beside a plain read of the same targets and indicators it copies.
            QuickTimer.Settle();
            watch.Restart();
            var plainIndicators = 0;
            await using (var db = new AppDbContext(options))
            {
                plainIndicators = (await db.PerformanceTargets.AsNoTracking().Where(t => t.FiscalYear == BenchDatabase.FiscalYear && t.SubjectKind == Domain.Targets.TargetSubjectKind.Project)
                    .ToListAsync()).Sum(t => t.Indicators.Count);
            }

            var plainTargetsSeconds = watch.Elapsed.TotalSeconds;
            QuickTimer.Settle();
            watch.Restart();
            MonitoringRoundDto round;
            await using (var db = new AppDbContext(options, audit.Trail(user)))
            {
                var scopes = new AccessScopeResolver(db, user);
                var handler = new MonitoringRoundsHandler(db, new FinanceAdministration(db, user, scopes), scopes, user, new RulePackResolver(db, new RulePackCatalog()), audit.Trail(user).Notes, TimeProvider.System);
                var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
                var opened = await handler.OpenAsync(new OpenRound(BenchDatabase.FiscalYear, WarningMonth, today.AddDays(14)));
                round = opened.IsSuccess ? opened.Value : throw new InvalidOperationException(opened.Error!.Message);
            }

            var openSeconds = watch.Elapsed.TotalSeconds;
            var formRows = await FormIndicatorCountAsync(options, round.Id);
            output.WriteLine(Invariant($"  open a round       : {openSeconds:0.00} s ({round.Forms:N0} forms, {formRows:N0} indicator rows prefilled and written, one audit record)"));
            output.WriteLine(Invariant($"  plain read         : {plainTargetsSeconds:0.00} s (the same targets with their {plainIndicators:N0} indicators, no tracking); opening takes {openSeconds / plainTargetsSeconds:0.0}× it"));
            output.WriteLine();
        }
        finally
        {
            BenchDatabase.DeleteSqlite(work);
            BenchDatabase.DeleteSqlite(plainCopy);
            File.Delete(csvPath);
        }
    }

    private static async Task<int> FormIndicatorCountAsync(DbContextOptions<AppDbContext> options, long roundId)
    {
        await using var db = new AppDbContext(options);
        return (await db.MonitoringForms.AsNoTracking().Where(f => f.RoundId == roundId).ToListAsync()).Sum(f => f.Indicators.Count);
    }

    private static WarningCalendarsAndSections DisposalRules(AppDbContext db) => new(new WorkingCalendars(db), new RulePackResolver(db, new RulePackCatalog()));

    private sealed class NoAuditNotes : IAuditNotes
    {
        public void Describe(string action, long? userId = null, string? userName = null)
        {
        }

        public void Record(string action, string entityType, string entityId, string? before, string? after)
        {
        }
    }

    /// <summary>A finance administrator at the province's bureau (made once per copy), and the province reviewer.</summary>
    private static async Task<(Actor Admin, Actor Reviewer)> EnsureProvinceAdminAsync(DbContextOptions<AppDbContext> options)
    {
        var reviewer = await BenchDatabase.EnsureReviewerAsync(options);
        await using var db = new AppDbContext(options);
        var bureau = await db.Organizations.FirstAsync(o => o.Id == reviewer.OrganizationId);
        var user = User.Create("bench.admin", "基准测试管理员", bureau, Role.FinanceAdmin, "not-a-real-password-hash").Value;
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return (new Actor(user.Id, user.UserName, user.DisplayName, user.Roles, bureau.Id), reviewer);
    }

    private static async Task<List<(string Code, long BudgetFen)>> ProjectCodesAsync(DbContextOptions<AppDbContext> options)
    {
        await using var db = new AppDbContext(options);
        return (await db.Projects.AsNoTracking().InLibrary().Where(p => p.FiscalYear == BenchDatabase.FiscalYear).OrderBy(p => p.Id)
            .Select(p => new { p.Code, p.AdjustedTotalFen }).ToListAsync()).Select(p => (p.Code, p.AdjustedTotalFen)).ToList();
    }

    private static async Task<List<long>> RegionIdsAsync(DbContextOptions<AppDbContext> options)
    {
        await using var db = new AppDbContext(options);
        return await db.Regions.AsNoTracking().Select(r => r.Id).ToListAsync();
    }

    /// <summary>
    /// 1M payments January–August as a treasury exports them, spread over the projects; each project spends a share of
    /// its budget by August drawn around the time progress (two thirds), and about one project in eight is a slow spender
    /// (10–35%), as in the seed's 149 of 1,128.
    /// </summary>
    private static long WritePaymentsCsv(string path, List<(string Code, long BudgetFen)> projects)
    {
        var random = new Random(BenchDatabase.Seed);
        var owner = new int[Payments];
        var count = new int[projects.Count];
        for (var i = 0; i < Payments; i++)
        {
            owner[i] = random.Next(projects.Count);
            count[owner[i]]++;
        }

        var share = projects.Select(_ => random.NextDouble() < 0.125 ? 0.10 + (random.NextDouble() * 0.25) : 0.45 + (random.NextDouble() * 0.40)).ToArray();
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("支付日期,支付凭证号,项目编码,收款人全称,资金来源,支付金额（元）\n");
            for (var i = 0; i < Payments; i++)
            {
                var p = owner[i];
                var date = new DateOnly(BenchDatabase.FiscalYear, 1 + random.Next(WarningMonth), 1 + random.Next(28));
                var fen = Math.Max(1L, (long)(projects[p].BudgetFen * share[p] / count[p]));
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},ZF{BenchDatabase.FiscalYear}{i:D8},{projects[p].Code},收款单位{i % 5000},一般公共预算,{fen / 100m:0.00}\n"));
            }
        }

        return new FileInfo(path).Length;
    }

    /// <summary>The CSV's rows parsed beforehand into entities under one batch of the copy (not timed).</summary>
    private static async Task<List<PaymentRecord>> PlainRowsAsync(DbContextOptions<AppDbContext> options, string csvPath)
    {
        await using var db = new AppDbContext(options);
        var projects = await db.Projects.AsNoTracking().Where(p => p.FiscalYear == BenchDatabase.FiscalYear).Select(p => new { p.Code, p.Id }).ToDictionaryAsync(p => p.Code, p => p.Id);
        var region = await db.Regions.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        var batch = ExecutionBatch.Create(region, BenchDatabase.FiscalYear, ExecutionSource.File, "plain", new string('0', 64), 0, 0, DateTime.UtcNow, null, "基准", ExecutionBatchKind.Payments, WarningMonth);
        db.ExecutionBatches.Add(batch);
        await db.SaveChangesAsync();
        var rows = new List<PaymentRecord>(Payments);
        var id = 1L;
        foreach (var line in File.ReadLines(csvPath).Skip(1))
        {
            var f = line.Split(',');
            var record = PaymentRecord.Create(batch.Id, projects[f[2]], BenchDatabase.FiscalYear, DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                (long)(decimal.Parse(f[5], CultureInfo.InvariantCulture) * 100), f[1], f[3], f[4]);
            record.AssignId(id++);
            rows.Add(record);
        }

        return rows;
    }

    private static async Task PlainGroupByAsync(DbContextOptions<AppDbContext> options)
    {
        await using var db = new AppDbContext(options);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture,
            $"SELECT \"ProjectId\", SUM(\"AmountFen\") FROM \"PaymentRecords\" WHERE \"FiscalYear\" = {BenchDatabase.FiscalYear} AND \"Month\" <= {WarningMonth} GROUP BY \"ProjectId\"");
        await using var reader = await command.ExecuteReaderAsync();
        var groups = 0;
        while (await reader.ReadAsync())
        {
            groups++;
        }

        if (groups == 0)
        {
            throw new InvalidOperationException("GROUP BY 没有结果。");
        }
    }
}
