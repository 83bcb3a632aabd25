using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Domain.Tests.Organizations;

/// <summary>
/// 回避 over one department (D, id 1) with two units (U1 id 2, U2 id 3), another department (E, id 4) and an agency
/// (A, id 5): which tie conflicts with which subject.
/// </summary>
public sealed class ConflictOfInterestTests
{
    private static readonly Dictionary<string, (long Id, long? Department, string Name)> Orgs = new()
    {
        ["D"] = (1, 1, "教育体育局"),
        ["U1"] = (2, 1, "第一中学"),
        ["U2"] = (3, 1, "第二中学"),
        ["E"] = (4, 4, "卫生健康委员会"),
        ["A"] = (5, null, "某会计师事务所"),
    };

    [Theory]
    [InlineData("U1", "U1", true, "")]
    [InlineData("U1", "D", true, "所属单位")]
    [InlineData("D", "U1", true, "主管部门")]
    [InlineData("D", "D", true, "")]
    [InlineData("U1", "U2", false, null)]
    [InlineData("D", "E", false, null)]
    [InlineData("E", "U1", false, null)]
    [InlineData("A", "A", true, "")]
    [InlineData("A", "D", false, null)]
    public void Find_TieBySubject(string tie, string subject, bool conflicts, string? how)
    {
        var t = Orgs[tie];
        var s = Orgs[subject];

        var found = ConflictOfInterest.Find([new PartyTie(t.Id, t.Department, t.Name, "工作单位")], new ConflictSubject(s.Id, s.Department, s.Name));

        Assert.Equal(conflicts, found.Count == 1);
        if (conflicts)
        {
            Assert.StartsWith($"工作单位：{t.Name}", found[0], StringComparison.Ordinal);
            Assert.Contains(how!, found[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Find_GivesEveryConflictingTie_AndNoneForNoTies()
    {
        var school = Orgs["U1"];
        var ties = new[]
        {
            new PartyTie(2, 1, "第一中学", "现任职"),
            new PartyTie(1, 1, "教育体育局", "为其提供过有偿服务"),
            new PartyTie(4, 4, "卫生健康委员会", "曾任职"),
        };

        var found = ConflictOfInterest.Find(ties, new ConflictSubject(school.Id, school.Department, school.Name));

        Assert.Equal(["现任职：第一中学", "为其提供过有偿服务：教育体育局（“第一中学”的主管部门）"], found);
        Assert.Empty(ConflictOfInterest.Find([], new ConflictSubject(school.Id, school.Department, school.Name)));
    }
}
