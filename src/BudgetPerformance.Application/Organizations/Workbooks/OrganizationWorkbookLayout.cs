using BudgetPerformance.Application.Common;

namespace BudgetPerformance.Application.Organizations.Workbooks;

/// <summary>
/// The 单位库 workbook: a sheet of organisations and a sheet of experts, with the header texts that budget-system
/// exports and hand-kept registers use for each column. The export writes the first header of each field, so an
/// exported workbook imports again unchanged.
/// </summary>
public static class OrganizationWorkbookLayout
{
    public const string Code = "Code";
    public const string Name = "Name";
    public const string Kind = "Kind";
    public const string RegionCode = "RegionCode";
    public const string ParentCode = "ParentCode";
    public const string ParentName = "ParentName";
    public const string Sector = "Sector";
    public const string ContactPerson = "ContactPerson";
    public const string ContactPhone = "ContactPhone";
    public const string Qualification = "Qualification";
    public const string Status = "Status";
    public const string ClosedFlag = "ClosedFlag";
    public const string Title = "Title";
    public const string Employer = "Employer";
    public const string EmployerCode = "EmployerCode";

    public static readonly TableLayout Organizations = new("单位", [
        new(Code, ["单位编码", "单位代码", "预算单位编码", "预算单位代码", "单位编号", "统一社会信用代码", "社会信用代码", "机构代码", "编码", "代码"]),
        new(Name, ["单位名称", "预算单位名称", "机构名称", "单位全称", "名称", "单位"], Required: true),
        new(Kind, ["单位类型", "单位级次", "级次", "单位层级", "层级", "预算级次", "机构类型", "单位类别", "类型"]),
        new(ParentCode, ["上级单位编码", "上级编码", "上级单位代码", "主管部门编码", "主管部门代码", "所属部门编码"]),
        new(ParentName, ["上级单位", "上级单位名称", "主管部门", "主管部门名称", "上级主管部门", "所属主管部门", "所属部门", "归口部门"]),
        new(Sector, ["行业领域", "所属行业", "行业", "所属领域", "领域", "行业类别"]),
        new(RegionCode, ["行政区划代码", "区划代码", "行政区划编码", "行政区划"]),
        new(ContactPerson, ["联系人", "绩效联系人", "财务联系人", "经办人"]),
        new(ContactPhone, ["联系电话", "电话", "手机", "手机号码", "联系方式"]),
        new(Qualification, ["资质和业务范围", "资质及业务范围", "执业资质", "资质等级", "资质", "业务范围"]),
        new(Status, ["状态", "单位状态", "使用状态"]),
        new(ClosedFlag, ["是否撤销", "是否注销", "是否停用"]),
    ]);

    public static readonly TableLayout Experts = new("专家", [
        new(Code, ["专家编号", "专家编码", "编号"]),
        new(Name, ["姓名", "专家姓名"], Required: true),
        new(Sector, ["专业领域", "专业", "行业领域", "擅长领域", "评审领域", "专长"]),
        new(Title, ["职称", "专业技术职称", "职务职称", "职务/职称"]),
        new(Employer, ["工作单位", "所在单位", "工作单位名称", "单位名称", "单位"]),
        new(EmployerCode, ["工作单位编码", "所在单位编码"]),
        new(ContactPhone, ["联系电话", "电话", "手机", "手机号码", "联系方式"]),
        new(Status, ["状态", "在库状态"]),
    ]);

    public static readonly IReadOnlyList<TableLayout> All = [Organizations, Experts];

    /// <summary>The header the export writes for a field: the first one the layout knows.</summary>
    public static string HeaderOf(TableLayout layout, string key) => layout.Fields.First(f => f.Key == key).Headers[0];
}
