using System.Text.Json.Nodes;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace BudgetPerformance.Infrastructure.Persistence;

/// <summary>
/// Carries data written before rule packs had sections and reviews were stored as outcomes into the new form, once:
/// old pack settings become schema-1 target-review sections, and each target's last review becomes a stored outcome
/// (engine version 1, without an input to recompute it from). The migration moved the old values into side tables
/// (LegacyRulePackSettings, LegacyTargetReviews); each row is removed once converted.
/// </summary>
public static class LegacyData
{
    public sealed record LegacyPack(long Id, string? LegacySettings);

    public sealed record LegacyReview(long Id, long RegionId, int FiscalYear, string LegacyAutoReview);

    public static async Task UpgradeAsync(AppDbContext db, CancellationToken ct)
    {
        var packs = await db.Database.SqlQueryRaw<LegacyPack>(
            "SELECT l.\"Id\", l.\"Settings\" AS \"LegacySettings\" FROM \"LegacyRulePackSettings\" l JOIN \"RulePacks\" p ON p.\"Id\" = l.\"Id\" WHERE p.\"Sections\" = ''").ToListAsync(ct);
        foreach (var pack in packs)
        {
            var settings = JsonNode.Parse(pack.LegacySettings ?? "{}")?["TargetReview"] ?? throw new InvalidOperationException($"规则方案 #{pack.Id} 的旧设置无法读取。");
            var sections = new PackSections(new Dictionary<RuleStage, PackSection> { [RuleStage.TargetReview] = PackSection.Carried(1, settings.AsObject()) });
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"RulePacks\" SET \"Sections\" = {0}, \"CreatedBy\" = {1}, \"ChangeNote\" = {2} WHERE \"Id\" = {3}",
                [sections.ToJson(), "平台", "规则方案改为分阶段结构之前的版本", pack.Id], ct);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"LegacyRulePackSettings\" WHERE \"Id\" = {0}", [pack.Id], ct);
        }
    }

    public static async Task UpgradeReviewsAsync(AppDbContext db, CancellationToken ct)
    {
        var reviews = await db.Database.SqlQueryRaw<LegacyReview>(
            "SELECT t.\"Id\", t.\"RegionId\", t.\"FiscalYear\", l.\"LastAutoReview\" AS \"LegacyAutoReview\" FROM \"LegacyTargetReviews\" l JOIN \"PerformanceTargets\" t ON t.\"Id\" = l.\"Id\" WHERE t.\"LastReviewId\" IS NULL").ToListAsync(ct);
        if (reviews.Count == 0)
        {
            return;
        }

        var packs = await db.RulePacks.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        foreach (var chunk in reviews.Chunk(500))
        {
            var outcomes = new List<(long TargetId, RuleOutcome Outcome)>();
            foreach (var r in chunk)
            {
                var old = JsonNode.Parse(r.LegacyAutoReview)!;
                var pack = packs.GetValueOrDefault(old["RulePackId"]!.GetValue<long>());
                var at = old["At"]!.GetValue<DateTime>();
                var stamp = new RuleStamp(pack?.Id ?? 0, pack?.Code ?? "unknown", pack?.Version ?? 0, old["RulePackLabel"]?.GetValue<string>() ?? "—",
                    pack?.Code ?? "unknown", pack?.Version ?? 0, RuleStage.TargetReview, 1, 1, DateTime.SpecifyKind(at, DateTimeKind.Utc));
                var findings = (old["Findings"] as JsonArray ?? []).Select(f => new RuleFinding(
                    f!["Rule"]!.GetValue<string>(), TargetReview.Describe(f["Rule"]!.GetValue<string>()), (FindingSeverity)f["Severity"]!.GetValue<int>(),
                    f["Message"]!.GetValue<string>(), f["Indicator"]?.GetValue<string>())).ToList();
                var subject = new OutcomeSubject(PerformanceTarget.OutcomeSubjectType, r.Id, old["TargetRevision"]!.GetValue<int>(), r.RegionId, r.FiscalYear);
                var outcome = RuleOutcome.Record(stamp, subject, findings, findings.Count == 0 ? 0 : (int)findings.Max(f => f.Severity), string.Empty);
                db.RuleOutcomes.Add(outcome);
                outcomes.Add((r.Id, outcome));
            }

            await db.SaveChangesAsync(ct);
            foreach (var (targetId, outcome) in outcomes)
            {
                await db.Database.ExecuteSqlRawAsync("UPDATE \"PerformanceTargets\" SET \"LastReviewId\" = {0} WHERE \"Id\" = {1}", [outcome.Id, targetId], ct);
                await db.Database.ExecuteSqlRawAsync("DELETE FROM \"LegacyTargetReviews\" WHERE \"Id\" = {0}", [targetId], ct);
            }

            db.ChangeTracker.Clear();
        }
    }
}
