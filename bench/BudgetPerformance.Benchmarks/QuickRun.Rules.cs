using System.Diagnostics;
using BudgetPerformance.Domain.Targets;
using BudgetPerformance.Infrastructure.DemoData;

namespace BudgetPerformance.Benchmarks;

/// <summary>
/// <c>quick rules</c>: what each row of the review table costs over the province's targets generated in memory (the
/// national pack), beside one full <see cref="TargetReview.Run"/> of the same inputs: where review time goes.
/// </summary>
public static partial class QuickRun
{
    private static void RuleCosts(TextWriter output, int counties)
    {
        var section = BenchDatabase.InMemoryNationalSection();
        var data = DemoDataGenerator.GenerateProvince(BenchDatabase.Seed, BenchDatabase.FiscalYear, counties, provinceCode: BenchDatabase.ProvinceCode, sectionFor: _ => section);
        var budgets = data.Projects.ToDictionary(p => p.Id, p => p.AdjustedTotalFen);
        var regions = data.Targets.GroupBy(t => t.RegionId).Select(g =>
        {
            var inputs = g.Select(t => (Name: t.SubjectName, Input: TargetReviewInput.From(t, t.SubjectKind == TargetSubjectKind.Project ? budgets.GetValueOrDefault(t.SubjectId) : null))).ToList();
            return (Inputs: inputs.Select(i => i.Input).ToList(), Copies: new CopyIndex(inputs.Select(i => i.Input.AsPeer(i.Name))));
        }).ToList();
        var settings = section.Settings;
        QuickTimer.Settle();

        var full = new List<double>();
        for (var run = 0; run < 4; run++)
        {
            var w = Stopwatch.StartNew();
            foreach (var (inputs, copies) in regions)
            {
                foreach (var input in inputs)
                {
                    TargetReview.Run(input, settings, copies);
                }
            }

            full.Add(w.Elapsed.TotalMilliseconds);
        }

        // The raw limit: one plain pass over the same inputs that reads every indicator's name and value text.
        var plain = new List<double>();
        long touched = 0;
        for (var run = 0; run < 4; run++)
        {
            var w = Stopwatch.StartNew();
            foreach (var (inputs, _) in regions)
            {
                foreach (var input in inputs)
                {
                    touched += input.AnnualGoal.Length;
                    foreach (var i in input.Indicators)
                    {
                        touched += i.Name.Length + i.Value.ToString().Length;
                    }
                }
            }

            plain.Add(w.Elapsed.TotalMilliseconds);
        }

        var costs = new List<(string Code, string Name, double Ms, int Findings, string? Sample)>();
        foreach (var rule in TargetReview.Rules)
        {
            var findings = 0;
            string? sample = null;
            var w = Stopwatch.StartNew();
            foreach (var (inputs, copies) in regions)
            {
                foreach (var input in inputs)
                {
                    var found = TargetReview.RunRule(rule, input, settings, copies);
                    findings += found.Count;
                    sample ??= found.Count > 0 ? found[0].Message : null;
                }
            }

            costs.Add((rule.Code, rule.Name, w.Elapsed.TotalMilliseconds, findings, sample));
        }

        output.WriteLine("== 审核规则耗时 / Cost of each review rule (in memory, national pack) ==");
        output.WriteLine(Invariant($"  targets           : {data.Targets.Count} targets, {data.Targets.Sum(t => t.Indicators.Count)} indicators"));
        var fullMs = QuickTimer.Median(full.Skip(1));
        var plainMs = QuickTimer.Median(plain.Skip(1));
        output.WriteLine(Invariant($"  full review       : median {fullMs,9:0.0} ms (3 runs after 1 warm-up)"));
        output.WriteLine(Invariant($"  plain pass (raw)  : median {plainMs,9:0.0} ms reading every goal, name and value once ({touched / 4:N0} characters); review = {fullMs / plainMs:0.0}×"));
        output.WriteLine(Invariant($"  rules one by one  : sum {costs.Sum(c => c.Ms),9:0.0} ms"));
        foreach (var (code, name, ms, count, sample) in costs.OrderByDescending(c => c.Ms))
        {
            output.WriteLine(Invariant($"    {code,-4} {ms,9:0.0} ms {count,9} findings  {name}"));
            if (sample is not null)
            {
                output.WriteLine($"                                    e.g. {sample}");
            }
        }

        output.WriteLine();
    }
}
