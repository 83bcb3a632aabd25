using BudgetPerformance.Domain.Organizations;

namespace BudgetPerformance.Domain.Tests.Organizations;

/// <summary>The state changes an administrator makes to organisations and experts, and what each refuses.</summary>
public sealed class OrganizationAdministrationTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc);
    private readonly OrganizationBuilder _b = new();

    [Fact]
    public void Edit_RenamesAndCountsTheRevision_AndAStaleRevisionIsRefused()
    {
        var dept = _b.Department();

        var renamed = dept.Edit(0, new OrganizationParticulars("D100", "临河县教育局", Sector.Education, "王明", "0564-1"));
        var stale = dept.Edit(0, new OrganizationParticulars("D100", "临河县教育和体育局", Sector.Education));

        Assert.True(renamed.IsSuccess);
        Assert.Equal(("临河县教育局", "D100", "王明", 1), (dept.Name, dept.Code, dept.ContactPerson, dept.Revision));
        Assert.Contains("已被他人修改", stale.Error!.Message);
        Assert.Equal("临河县教育局", dept.Name);
    }

    [Theory]
    [InlineData("", "临河县教育局", "单位编码")]
    [InlineData("D 1", "临河县教育局", "单位编码")]
    [InlineData("D1", "", "单位名称")]
    [InlineData("D1", "临河县教育局", null)]
    public void Edit_ChecksCodeAndName(string code, string name, string? error)
    {
        var dept = _b.Department();

        var result = dept.Edit(0, new OrganizationParticulars(code, name, Sector.Education));

        Assert.Equal(error is null, result.IsSuccess);
        if (error is not null)
        {
            Assert.Contains(error, result.Error!.Message);
        }
    }

    [Fact]
    public void Edit_RefusesADepartmentWithoutSector_AndKeepsQualificationForAgenciesOnly()
    {
        var dept = _b.Department();
        var agency = _b.Other(OrganizationKind.ThirdPartyAgency, "某会计师事务所");

        Assert.Contains("行业领域", dept.Edit(0, new OrganizationParticulars("D1", "临河县教育局", null)).Error!.Message);
        Assert.True(agency.Edit(0, new OrganizationParticulars("O9", "某会计师事务所", Sector.Education, Qualification: "会计师事务所执业证书")).IsSuccess);
        Assert.True(dept.Edit(0, new OrganizationParticulars("D1", "临河县教育局", Sector.Education, Qualification: "无关")).IsSuccess);
        Assert.Equal("会计师事务所执业证书", agency.Qualification);
        Assert.Null(agency.Sector);
        Assert.Null(dept.Qualification);
    }

    [Fact]
    public void MoveUnder_TakesAUnitToAnotherOpenDepartment_AndRefusesTheRest()
    {
        var education = _b.Department();
        var health = _b.Department("临河县卫生健康委员会", Sector.HealthCare);
        var school = _b.Unit(education);
        var agency = _b.Other(OrganizationKind.ThirdPartyAgency, "某会计师事务所");

        Assert.Contains("已隶属于", school.MoveUnder(0, education).Error!.Message);
        Assert.Contains("只有二级预算单位", education.MoveUnder(0, health).Error!.Message);
        Assert.Contains("主管部门", school.MoveUnder(0, agency).Error!.Message);
        Assert.True(school.MoveUnder(0, health).IsSuccess);
        Assert.Equal(health.Id, school.ParentId);
        Assert.Equal(health.Id, school.DepartmentId);
        Assert.Contains("已被他人修改", school.MoveUnder(0, education).Error!.Message);
    }

    [Theory]
    [InlineData(0, "机构改革", true)]
    [InlineData(2, "机构改革", false)]
    [InlineData(0, " ", false)]
    public void Close_ADepartmentOnlyWithoutOpenUnits_AndWithAReason(int openUnits, string reason, bool closes)
    {
        var dept = _b.Department();

        var result = dept.Close(0, reason, openUnits, Now);

        Assert.Equal(closes, result.IsSuccess);
        Assert.Equal(closes, dept.IsClosed);
        if (closes)
        {
            Assert.Equal((Now, "机构改革"), (dept.ClosedAt!.Value, dept.ClosedReason!));
        }
    }

    [Fact]
    public void Reopen_AUnitNeedsItsDepartmentOpen_AndAClosedOneTakesNoEdits()
    {
        var dept = _b.Department();
        var school = _b.Unit(dept);
        Assert.True(school.Close(0, "撤并", 0, Now).IsSuccess);
        Assert.True(dept.Close(0, "撤并", 0, Now).IsSuccess);

        Assert.Contains("不能修改", school.Edit(school.Revision, new OrganizationParticulars("U1", "新名", Sector.Education)).Error!.Message);
        Assert.Contains("请先恢复主管部门", school.Reopen(school.Revision, dept).Error!.Message);
        Assert.True(dept.Reopen(dept.Revision, null).IsSuccess);
        Assert.True(school.Reopen(school.Revision, dept).IsSuccess);
        Assert.False(school.IsClosed);
        Assert.Null(school.ClosedReason);
    }

    [Fact]
    public void FinanceBureau_IsNeverClosed()
    {
        var bureau = _b.Other(OrganizationKind.FinanceBureau, "临河县财政局");

        Assert.False(bureau.Close(0, "测试", 0, Now).IsSuccess);
    }

    [Fact]
    public void Expert_NeedsANumber_AnEmployerThatCanBeRecusedFrom_AndIsClosedWithAReason()
    {
        var pool = _b.Other(OrganizationKind.ExpertPool, "临河县专家库");
        var school = _b.Unit(_b.Department());
        var audit = _b.Other(OrganizationKind.AuditOffice, "临河县审计局");

        Assert.Contains("专家编号", Expert.Create(pool, "张三", Sector.Education, "教授", "某大学", "").Error!.Message);
        Assert.Contains("不是专家库", Expert.Create(school, "张三", Sector.Education, "教授", "某大学", "E1").Error!.Message);
        var expert = Expert.Create(pool, "张三", Sector.Education, "教授", "某大学", "E1").Value;
        Assert.Contains("不能作为需要回避的工作单位", expert.Edit(0, new ExpertParticulars("E1", "张三", Sector.Education, "教授", null), audit).Error!.Message);
        Assert.True(expert.Edit(0, new ExpertParticulars("E1", "张三", Sector.Education, "教授", null, "139"), school).IsSuccess);
        Assert.Equal((school.Name, school.Id, "139"), (expert.Employer, expert.EmployerOrganizationId!.Value, expert.Phone!));
        Assert.False(expert.Close(1, "", Now).IsSuccess);
        Assert.True(expert.Close(1, "本人申请", Now).IsSuccess);
        Assert.Contains("不能修改", expert.Edit(2, new ExpertParticulars("E1", "张三", Sector.Education, "教授", null), null).Error!.Message);
        Assert.True(expert.Reopen(2).IsSuccess);
    }

    [Theory]
    [InlineData(RelationKind.Employment, null, true)]
    [InlineData(RelationKind.Other, null, false)]
    [InlineData(RelationKind.Other, "同学关系", true)]
    [InlineData((RelationKind)99, null, false)]
    public void DeclaredRelation_OtherNeedsANote_AndWithdrawalKeepsTheRecord(RelationKind kind, string? note, bool valid)
    {
        var school = _b.Unit(_b.Department());

        var declared = DeclaredRelation.Create(RelationParty.Expert, 7, school, kind, note, Now, 1);

        Assert.Equal(valid, declared.IsSuccess);
        if (valid)
        {
            Assert.False(declared.Value.Withdraw(" ", Now).IsSuccess);
            Assert.True(declared.Value.Withdraw("已离职", Now).IsSuccess);
            Assert.False(declared.Value.IsInForce);
            Assert.False(declared.Value.Withdraw("再次", Now).IsSuccess);
        }
    }

    [Theory]
    [InlineData(5L, false, true)]
    [InlineData(6L, false, false)]
    [InlineData(6L, true, true)]
    public void DeclaredRelation_IsWithdrawnByItsDeclarerOrAnAdministrator(long userId, bool administrator, bool may)
    {
        var relation = DeclaredRelation.Create(RelationParty.Agency, 9, _b.Department(), RelationKind.PaidService, null, Now, 5).Value;

        Assert.Equal(may, relation.MayBeWithdrawnBy(userId, administrator));
    }
}
