using BudgetPerformance.Application.Common;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Common;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using L = BudgetPerformance.Application.Organizations.Workbooks.OrganizationWorkbookLayout;

namespace BudgetPerformance.Application.Organizations.Workbooks;

/// <summary>Without <see cref="Apply"/> the import only says what it would change; with it, it changes that, all or nothing.</summary>
public sealed record ImportOrganizationsOptions(bool Apply = false);

/// <summary>One row that changes something: 新增, 更名, 划转, 修改, 撤销, 恢复 (several joined by “、”), and the details.</summary>
public sealed record OrganizationImportChange(string Sheet, int Row, string Code, string Name, string Change, string Detail);

public sealed record ImportOrganizationsResult(
    bool Applied, int Created, int Changed, int Unchanged, int ExpertsCreated, int ExpertsChanged, int ExpertsUnchanged,
    IReadOnlyList<OrganizationImportChange> Changes, IReadOnlyList<string> Notes);

/// <summary>
/// Imports the region's 单位库 from a workbook: a sheet of departments, budget units, agencies and the other
/// organisations, and a sheet of experts, laid out as people keep them (宽进严审). Every row is matched by its code to
/// what exists; a new code is a new organisation, a new name a 更名, a new 主管部门 a 划转, a 撤销 status a closure.
/// A blank kind, parent or sector is inferred where a careful reader would (and the inference is noted); what nobody
/// could read is an error naming the cell. Any error and nothing changes; the preview lists every change first.
/// Organisations not in the workbook stay as they are.
/// </summary>
public sealed class ImportOrganizationWorkbookHandler(
    IAppDbContext db, FinanceAdministration administration, ITableSheets tables, UploadGate uploads, IAuditEvents auditEvents, IAuditNotes audit,
    TimeProvider clock)
{

    /// <summary>Levels a parent chain may have before it is taken as a loop (a department, a unit, a 三级 unit).</summary>
    private const int MaxParentChain = 8;

    public async Task<Result<ImportOrganizationsResult>> HandleAsync(Stream input, ImportOrganizationsOptions? options = null, CancellationToken ct = default)
    {
        options ??= new ImportOrganizationsOptions();
        var admin = await administration.ResolveAsync(ct);
        if (admin is null)
        {
            return FinanceAdministration.Denied("导入单位库");
        }

        return await GuardedImport.RunAsync(uploads, auditEvents, admin.Actor.UserId, input, "导入单位库被拒绝", "OrganizationWorkbook",
            token => ImportAsync(input, options, admin, token), ct);
    }

    private async Task<Result<ImportOrganizationsResult>> ImportAsync(Stream input, ImportOrganizationsOptions options, FinanceAdministrator admin, CancellationToken ct)
    {
        var read = tables.Read(input, L.All, uploads.Limits, ct);
        var errors = read.Errors.ToList();
        var notes = read.Notes.ToList();
        if (read.Sheets.Count == 0 && errors.Count == 0)
        {
            errors.Add("工作簿中没有找到单位库：需要一个有“单位名称”（以及“单位编码”）列的工作表，或一个有“姓名”列的专家工作表。");
        }

        var context = await Context.LoadAsync(db, admin, ct);
        var planner = new Planner(context, errors);
        foreach (var sheet in read.Sheets.Where(s => s.Layout == L.Organizations))
        {
            planner.ReadOrganizations(sheet);
        }

        // A code held by an organisation of another region (outside this administrator's reach) cannot be taken.
        var newCodes = planner.Organizations.Where(o => o.Existing is null).Select(o => o.Code).ToList();
        var regionIds = admin.Scope.RegionIds;
        planner.RefuseCodesElsewhere(await db.Organizations.AsNoTracking().Where(o => newCodes.Contains(o.Code) && !regionIds.Contains(o.RegionId)).Select(o => o.Code).ToListAsync(ct));
        planner.ResolveOrganizations();
        foreach (var sheet in read.Sheets.Where(s => s.Layout == L.Experts))
        {
            planner.ReadExperts(sheet);
        }

        if (errors.Count > 0)
        {
            return ImportRefusal.Of($"单位库有 {errors.Count} 个问题，未做任何修改：", errors);
        }

        notes.AddRange(planner.Summaries());
        var result = planner.Result(applied: false, notes);
        if (!options.Apply || result.Changes.Count == 0)
        {
            return result;
        }

        await db.InTransactionAsync(async c =>
        {
            await ApplyAsync(planner, c);
            return true;
        }, ct);
        return result with { Applied = true };
    }

    private async Task ApplyAsync(Planner plan, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var label = $"导入单位库：新增 {plan.Organizations.Count(o => o.Existing is null)} 个单位、修改 {plan.Organizations.Count(o => o.Existing is not null && o.Changes.Count > 0)} 个";
        var codes = plan.Organizations.Where(o => o.Existing is not null && o.Changes.Count > 0).Select(o => o.Code).ToList();
        var tracked = await db.Organizations.Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, StringComparer.Ordinal, ct);
        var byCode = new Dictionary<string, Organization>(tracked, StringComparer.Ordinal);

        Organization ParentOf(OrgPlan p) =>
            byCode.TryGetValue(p.ParentCode!, out var parent) ? parent : plan.Context.ByCode[p.ParentCode!];

        foreach (var p in plan.Organizations.Where(p => p.Existing is null && p.Kind != OrganizationKind.BudgetUnit))
        {
            var org = Organization.Create(p.Code, p.Name, p.Kind, plan.Context.Regions[p.RegionId], sector: p.Sector).Value;
            Check(org.Edit(org.Revision, new OrganizationParticulars(p.Code, p.Name, org.Sector, p.ContactPerson, p.ContactPhone, p.Qualification)), p);
            db.Organizations.Add(org);
            byCode[p.Code] = org;
        }

        audit.Describe(label);
        await db.SaveChangesAsync(ct);

        // Reopened departments first, so their units can come back under them.
        foreach (var p in plan.Organizations.Where(p => p.Existing is { IsClosed: true } && p.Closed == false).OrderBy(p => p.Kind == OrganizationKind.BudgetUnit))
        {
            var org = tracked[p.Code];
            Check(org.Reopen(org.Revision, p.ParentCode is null ? null : ParentOf(p)), p);
        }

        foreach (var p in plan.Organizations.Where(p => p.Existing is not null && p.Changes.Count > 0))
        {
            var org = tracked[p.Code];
            var particulars = new OrganizationParticulars(
                p.Code, p.Name, p.Sector ?? org.Sector, p.ContactPerson ?? org.ContactPerson, p.ContactPhone ?? org.ContactPhone, p.Qualification ?? org.Qualification);
            if (!org.IsClosed && (org.Name != particulars.Name || org.Sector != particulars.Sector || org.ContactPerson != particulars.ContactPerson?.Trim()
                || org.ContactPhone != particulars.ContactPhone?.Trim() || org.Qualification != particulars.Qualification?.Trim()))
            {
                Check(org.Edit(org.Revision, particulars), p);
            }
        }

        foreach (var p in plan.Organizations.Where(p => p.Existing is null && p.Kind == OrganizationKind.BudgetUnit))
        {
            var org = Organization.Create(p.Code, p.Name, p.Kind, plan.Context.Regions[p.RegionId], ParentOf(p), p.Sector).Value;
            Check(org.Edit(org.Revision, new OrganizationParticulars(p.Code, p.Name, org.Sector, p.ContactPerson, p.ContactPhone, p.Qualification)), p);
            db.Organizations.Add(org);
            byCode[p.Code] = org;
        }

        audit.Describe(label);
        await db.SaveChangesAsync(ct);

        foreach (var p in plan.Organizations.Where(p => p.Existing is not null && p.Moves))
        {
            var unit = tracked[p.Code];
            Check(unit.MoveUnder(unit.Revision, ParentOf(p)), p);
            await UnitTransfer.CarryProjectsAsync(db, unit, ct);
        }

        audit.Describe(label);
        await db.SaveChangesAsync(ct);

        // Units close before their departments; a closed organisation's accounts end.
        foreach (var p in plan.Organizations.Where(p => p.Closes).OrderBy(p => p.Kind == OrganizationKind.Department))
        {
            var org = tracked[p.Code];
            var members = org.Kind switch
            {
                OrganizationKind.Department => await db.Organizations.CountAsync(o => o.ParentId == org.Id && !o.IsClosed, ct),
                OrganizationKind.ExpertPool => await db.Experts.CountAsync(e => e.PoolId == org.Id && !e.IsClosed, ct),
                _ => 0,
            };
            Check(org.Close(org.Revision, "单位库导入：状态为撤销", members, now), p);
            foreach (var user in await db.Users.Where(u => u.OrganizationId == org.Id && u.IsActive).ToListAsync(ct))
            {
                user.Deactivate();
            }

            audit.Describe(label);
            await db.SaveChangesAsync(ct);
        }

        await ApplyExpertsAsync(plan, byCode, now, ct);
    }

    private async Task ApplyExpertsAsync(Planner plan, Dictionary<string, Organization> byCode, DateTime now, CancellationToken ct)
    {
        if (!plan.Experts.Any(e => e.Existing is null || e.Changes.Count > 0))
        {
            return;
        }

        var pool = plan.Context.Pool!;
        var ids = plan.Experts.Where(e => e.Existing is not null).Select(e => e.Existing!.Id).ToList();
        var tracked = await db.Experts.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        Organization? EmployerOf(ExpertPlan e) => e.EmployerCode is null ? null : byCode.TryGetValue(e.EmployerCode, out var o) ? o : plan.Context.ByCode[e.EmployerCode];

        foreach (var e in plan.Experts.Where(e => e.Existing is null || e.Changes.Count > 0))
        {
            var expert = e.Existing is null
                ? Expert.Create(pool, e.Name, e.Specialty, e.Title ?? string.Empty, e.Employer ?? string.Empty, e.Code).Value
                : tracked[e.Existing.Id];
            if (expert.IsClosed && e.Closed == false)
            {
                Check(expert.Reopen(expert.Revision), e);
            }

            if (!expert.IsClosed)
            {
                Check(expert.Edit(expert.Revision, new ExpertParticulars(
                    e.Code, e.Name, e.Specialty, e.Title ?? expert.Title, e.Employer ?? expert.Employer, e.Phone ?? expert.Phone), EmployerOf(e)), e);
            }

            if (e.Closed == true && !expert.IsClosed)
            {
                Check(expert.Close(expert.Revision, "单位库导入：状态为移出", now), e);
                if (expert.UserId is { } userId && await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.IsActive, ct) is { } user)
                {
                    user.Deactivate();
                }
            }

            if (e.Existing is null)
            {
                db.Experts.Add(expert);
            }
        }

        audit.Describe($"导入专家库：新增 {plan.Experts.Count(e => e.Existing is null)} 位、修改 {plan.Experts.Count(e => e.Existing is not null && e.Changes.Count > 0)} 位");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The plan was checked against the same rules; a refusal here is a bug, and the transaction rolls back.</summary>
    private static void Check(Result result, object row)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"单位库导入计划与领域规则不一致（{row}）：{result.Error!.Message}");
        }
    }

    /// <summary>What exists in the administrator's regions, loaded once.</summary>
    private sealed record Context(
        FinanceAdministrator Admin, Dictionary<string, Organization> ByCode, Dictionary<long, Region> Regions, Dictionary<string, Region> RegionsByCode,
        Organization? Pool, List<Expert> PoolExperts, Dictionary<long, int> OpenExperts)
    {
        // Indexes, so a register of tens of thousands of rows is planned without scans per row.
        public Dictionary<long, Organization> ById { get; } = ByCode.Values.ToDictionary(o => o.Id);
        public ILookup<string, Organization> ByName { get; } = ByCode.Values.Where(o => o.Kind != OrganizationKind.FinanceBureau).ToLookup(o => o.Name, StringComparer.Ordinal);
        public ILookup<long, Organization> ByParent { get; } = ByCode.Values.Where(o => o.ParentId is not null).ToLookup(o => o.ParentId!.Value);

        public static async Task<Context> LoadAsync(IAppDbContext db, FinanceAdministrator admin, CancellationToken ct)
        {
            var regionIds = admin.Scope.RegionIds;
            var orgs = await db.Organizations.AsNoTracking().Where(o => regionIds.Contains(o.RegionId)).ToListAsync(ct);
            var regions = await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
            var pool = orgs.Where(o => o.RegionId == admin.HomeRegionId && o.Kind == OrganizationKind.ExpertPool && !o.IsClosed).MinBy(o => o.Id);
            var poolExperts = pool is null ? [] : await db.Experts.AsNoTracking().Where(e => e.PoolId == pool.Id).ToListAsync(ct);
            var openExperts = await db.Experts.AsNoTracking().Where(e => !e.IsClosed).GroupBy(e => e.PoolId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
            return new Context(
                admin, orgs.ToDictionary(o => o.Code, StringComparer.Ordinal), regions, regions.Values.ToDictionary(r => r.Code, StringComparer.Ordinal),
                pool, poolExperts, openExperts);
        }
    }

    private sealed class OrgPlan
    {
        public required TableSheet Sheet { get; init; }
        public required TableRecord Row { get; init; }
        public required string Code { get; init; }
        public required string Name { get; init; }
        public OrganizationKind? ExplicitKind { get; init; }
        public OrganizationKind Kind { get; set; }
        public long RegionId { get; set; }
        public string? ParentText { get; init; }
        public TableCell ParentCell { get; init; } = TableCell.Missing;
        public bool ParentByCode { get; init; }
        public string? ParentCode { get; set; }
        public Sector? Sector { get; set; }
        public string? ContactPerson { get; init; }
        public string? ContactPhone { get; init; }
        public string? Qualification { get; init; }
        public bool? Closed { get; init; }
        public Organization? Existing { get; init; }
        public List<string> Changes { get; } = [];
        public List<string> Details { get; } = [];
        public bool Moves { get; set; }
        public bool Closes => Closed == true && Existing is { IsClosed: false };

        public override string ToString() => $"工作表“{Sheet.SheetName}”第 {Row.Row} 行";
    }

    private sealed class ExpertPlan
    {
        public required TableSheet Sheet { get; init; }
        public required TableRecord Row { get; init; }
        public required string Code { get; set; }
        public required string Name { get; init; }
        public Sector Specialty { get; set; }
        public string? Title { get; init; }
        public string? Employer { get; init; }
        public string? EmployerCode { get; set; }
        public string? Phone { get; init; }
        public bool? Closed { get; init; }
        public Expert? Existing { get; set; }
        public List<string> Changes { get; } = [];
        public List<string> Details { get; } = [];

        public override string ToString() => $"工作表“{Sheet.SheetName}”第 {Row.Row} 行";
    }

    /// <summary>Reads the rows into a plan and checks it whole, collecting every problem before anything is saved.</summary>
    private sealed class Planner(Context context, List<string> errors)
    {
        private readonly Dictionary<string, OrgPlan> _byCode = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<OrgPlan>> _byName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _inferred = new(StringComparer.Ordinal);

        public Context Context => context;
        public List<OrgPlan> Organizations { get; } = [];
        public List<ExpertPlan> Experts { get; } = [];

        private static string Where(TableSheet sheet, TableRecord row, TableCell cell) => $"工作表“{sheet.SheetName}”第 {row.Row} 行{cell.At}";

        private void Infer(string what) => _inferred[what] = _inferred.GetValueOrDefault(what) + 1;

        /// <summary>The first optional cell longer than its field allows, as a message naming the cell.</summary>
        private static string? LengthProblem(TableSheet sheet, TableRecord row, params (string Key, int Max, string Name)[] fields)
        {
            foreach (var (key, max, name) in fields)
            {
                if (row[key].Text.Length > max)
                {
                    return $"{Where(sheet, row, row[key])}：{name}超过 {max} 个字。";
                }
            }

            return null;
        }

        /// <summary>An optional column's text; null (keep what is stored) when the column is absent or the cell blank.</summary>
        private static string? Optional(TableSheet sheet, TableRecord row, string key) => sheet.Fields.Contains(key) && !row[key].IsBlank ? row[key].Text : null;

        public void ReadOrganizations(TableSheet sheet)
        {
            if (!sheet.Fields.Contains(L.Code))
            {
                errors.Add($"工作表“{sheet.SheetName}”：缺少“单位编码”列（第 {sheet.HeaderRow} 行是表头）。单位编码是单位库的主键，用来识别已有单位。");
                return;
            }

            foreach (var row in sheet.Rows)
            {
                var code = row[L.Code];
                var name = row[L.Name];
                if (code.IsBlank || code.Text.Any(char.IsWhiteSpace) || code.Text.Length > Organization.MaxCodeLength)
                {
                    errors.Add($"{Where(sheet, row, code)}：单位编码{(code.IsBlank ? "为空" : $"“{code.Text}”无效（不超过 {Organization.MaxCodeLength} 个字符，不含空格）")}。");
                    continue;
                }

                if (name.IsBlank || name.Text.Length > Organization.MaxNameLength)
                {
                    errors.Add($"{Where(sheet, row, name)}：单位名称{(name.IsBlank ? "为空" : $"超过 {Organization.MaxNameLength} 个字")}。");
                    continue;
                }

                if (_byCode.TryGetValue(code.Text, out var twin))
                {
                    errors.Add($"{Where(sheet, row, code)}：单位编码 {code.Text} 与{twin}重复。");
                    continue;
                }

                var kindCell = row[L.Kind];
                var kind = OrganizationWords.KindOf(kindCell.Text);
                if (!kindCell.IsBlank && kind is null)
                {
                    errors.Add($"{Where(sheet, row, kindCell)}：单位类型“{kindCell.Text}”无法识别，可填写：主管部门（一级预算单位）、二级预算单位、第三方机构、专家库、审计机关、人大。");
                    continue;
                }

                var closed = ReadClosed(sheet, row);
                if (closed is { Readable: false })
                {
                    continue;
                }

                var (parentCell, byCode) = !row[L.ParentCode].IsBlank ? (row[L.ParentCode], true) : (row[L.ParentName], false);
                var parentText = parentCell.IsBlank ? null : parentCell.Text;
                if (parentText == code.Text || parentText == name.Text)
                {
                    // 一级单位 often name themselves as their own 主管部门.
                    parentText = null;
                    Infer("的上级单位填的是本单位，按没有上级读取");
                }

                context.ByCode.TryGetValue(code.Text, out var existing);
                if (existing is null && closed?.Value == true)
                {
                    // A register keeps its closed units; one the platform never had is history, not a new organisation.
                    Infer("是平台中没有的已撤销单位，未导入");
                    continue;
                }

                if (LengthProblem(sheet, row, (L.ContactPerson, 50, "联系人"), (L.ContactPhone, 30, "联系电话"), (L.Qualification, Organization.MaxQualificationLength, "资质和业务范围")) is { } tooLong)
                {
                    errors.Add(tooLong);
                    continue;
                }

                var plan = new OrgPlan
                {
                    Sheet = sheet, Row = row, Code = code.Text, Name = name.Text, ExplicitKind = kind, ParentText = parentText, ParentCell = parentCell,
                    ParentByCode = byCode, ContactPerson = Optional(sheet, row, L.ContactPerson), ContactPhone = Optional(sheet, row, L.ContactPhone),
                    Qualification = Optional(sheet, row, L.Qualification), Closed = closed?.Value, Existing = existing,
                };
                if (!ReadRegion(plan))
                {
                    continue;
                }

                _byCode[plan.Code] = plan;
                if (!_byName.TryGetValue(plan.Name, out var named))
                {
                    _byName[plan.Name] = named = [];
                }

                named.Add(plan);
                Organizations.Add(plan);
            }
        }

        private bool ReadRegion(OrgPlan p)
        {
            var cell = p.Row[L.RegionCode];
            if (cell.IsBlank)
            {
                p.RegionId = p.Existing?.RegionId ?? context.Admin.HomeRegionId;
                return true;
            }

            var digits = new string(cell.Text.TakeWhile(char.IsAsciiDigit).ToArray());
            if (!context.RegionsByCode.TryGetValue(digits, out var region))
            {
                errors.Add($"{Where(p.Sheet, p.Row, cell)}：行政区划代码“{cell.Text}”不存在，或不在您管理的范围内。");
                return false;
            }

            if (p.Existing is not null && p.Existing.RegionId != region.Id)
            {
                errors.Add($"{Where(p.Sheet, p.Row, cell)}：“{p.Name}”属于其他行政区划，不能通过导入改变。");
                return false;
            }

            p.RegionId = region.Id;
            return true;
        }

        private (bool Readable, bool? Value)? ReadClosed(TableSheet sheet, TableRecord row)
        {
            var flag = row[L.ClosedFlag];
            if (!flag.IsBlank)
            {
                var yes = OrganizationWords.YesNo(flag.Text);
                if (yes is null)
                {
                    errors.Add($"{Where(sheet, row, flag)}：“{flag.Text}”无法识别，是否撤销请填“是”或“否”。");
                    return (false, null);
                }

                return (true, yes);
            }

            var status = row[L.Status];
            if (!sheet.Fields.Contains(L.Status) && !sheet.Fields.Contains(L.ClosedFlag))
            {
                return null;
            }

            var closed = OrganizationWords.IsClosed(status.Text);
            if (closed is null)
            {
                errors.Add($"{Where(sheet, row, status)}：状态“{status.Text}”无法识别，可填写“正常”或“撤销”（也认“启用”“在用”“注销”“停用”等）。");
                return (false, null);
            }

            return (true, closed);
        }

        public void RefuseCodesElsewhere(IReadOnlyCollection<string> codes)
        {
            foreach (var p in Organizations.Where(p => codes.Contains(p.Code)).ToList())
            {
                errors.Add($"{Where(p.Sheet, p.Row, p.Row[L.Code])}：单位编码 {p.Code} 已被其他地区的单位使用。");
                Organizations.Remove(p);
                _byCode.Remove(p.Code);
                _byName[p.Name].Remove(p);
            }
        }

        /// <summary>Kinds, parents, sectors and changes, once every row is known (a unit may come before its department).</summary>
        public void ResolveOrganizations()
        {
            foreach (var p in Organizations)
            {
                p.Kind = p.ExplicitKind ?? p.Existing?.Kind ?? (p.ParentText is not null || PrefixParent(p, resolved: false) is not null ? OrganizationKind.BudgetUnit : OrganizationKind.Department);
                if (p.ExplicitKind is null && p.Existing is null)
                {
                    Infer(p.Kind == OrganizationKind.BudgetUnit ? "没有填单位类型，因有上级单位按二级预算单位读取" : "没有填单位类型，因没有上级单位按主管部门读取");
                }
            }

            foreach (var p in Organizations)
            {
                Resolve(p);
            }

            // A department closes only when none of its units stays open.
            foreach (var p in Organizations.Where(p => p.Kind == OrganizationKind.Department && p.Closed == true))
            {
                var id = p.Existing?.Id;
                var open = Organizations.Where(u => u.Kind == OrganizationKind.BudgetUnit && u.ParentCode == p.Code && u.Closed != true && u.Existing is not { IsClosed: true })
                    .Select(u => u.Name)
                    .Concat(id is null ? [] : context.ByParent[id.Value].Where(o => !o.IsClosed && !_byCode.ContainsKey(o.Code)).Select(o => o.Name))
                    .ToList();
                if (open.Count > 0)
                {
                    errors.Add($"{p}：主管部门“{p.Name}”标为撤销，但其下的 {string.Join("、", open.Take(5))}{(open.Count > 5 ? $" 等 {open.Count} 个单位" : string.Empty)}仍在使用，请一并撤销或划转。");
                }
            }

            foreach (var p in Organizations.Where(p => p.Kind == OrganizationKind.ExpertPool && p.Closes && context.OpenExperts.GetValueOrDefault(p.Existing!.Id) > 0))
            {
                errors.Add($"{p}：专家库“{p.Name}”中还有在库专家，请先将他们移出。");
            }
        }

        private void Resolve(OrgPlan p)
        {
            var at = Where(p.Sheet, p.Row, p.Row[L.Kind]);
            if (p.Kind == OrganizationKind.FinanceBureau)
            {
                errors.Add($"{at}：财政局不在单位库中导入。");
                return;
            }

            if (p.Existing is { } existing)
            {
                if (existing.Kind != p.Kind)
                {
                    errors.Add($"{at}：“{p.Name}”现为{BudgetTerms.Of(existing.Kind)}，单位类型不能通过导入改为{BudgetTerms.Of(p.Kind)}（可撤销后以新编码新建）。");
                    return;
                }
            }
            else if (context.ByName[p.Name].FirstOrDefault(o => o.RegionId == p.RegionId && !_byCode.ContainsKey(o.Code)) is { } namesake)
            {
                errors.Add($"{Where(p.Sheet, p.Row, p.Row[L.Code])}：“{p.Name}”与单位库中现有的单位同名（编码 {namesake.Code}）。如是编码变更，请在单位管理中修改编码；如是另一个单位，请使用能区分的名称。");
                return;
            }

            if (_byName.TryGetValue(p.Name, out var named) && named.Count > 1 && named[0] == p)
            {
                errors.Add($"{p}：单位名称“{p.Name}”在工作簿中出现了 {named.Count} 次（{string.Join("、", named.Skip(1))}）。");
            }

            if (!ResolveParent(p) || !ResolveSector(p))
            {
                return;
            }

            Compare(p);
        }

        private bool ResolveParent(OrgPlan p)
        {
            if (p.Kind != OrganizationKind.BudgetUnit)
            {
                if (p.ParentText is not null)
                {
                    errors.Add($"{Where(p.Sheet, p.Row, p.ParentCell)}：{BudgetTerms.Of(p.Kind)}“{p.Name}”不应有上级单位“{p.ParentText}”{(p.ExplicitKind is null ? string.Empty : "（如是二级预算单位，请改单位类型）")}。");
                    return false;
                }

                return true;
            }

            (string Code, string Name, OrganizationKind Kind, long RegionId, bool Closed, string? ParentCode)? parent = null;
            if (p.ParentText is { } text)
            {
                parent = Find(text, p.ParentByCode, p.RegionId);
                if (parent is null)
                {
                    errors.Add($"{Where(p.Sheet, p.Row, p.ParentCell)}：上级单位“{text}”在工作簿和单位库中都找不到。");
                    return false;
                }

                if (parent.Value.Kind == OrganizationKind.BudgetUnit && parent.Value.ParentCode is { } grand && Find(grand, true, p.RegionId) is { } department)
                {
                    // A 三级 unit is kept under the department its own parent answers to.
                    Infer("的上级是二级预算单位，按其主管部门管理");
                    parent = department;
                }
            }
            else if (PrefixParent(p, resolved: true) is { } prefix)
            {
                Infer("没有填上级单位，按单位编码前缀推断主管部门");
                parent = prefix;
            }

            if (parent is not { } found)
            {
                errors.Add($"{Where(p.Sheet, p.Row, p.ParentCell)}：二级预算单位“{p.Name}”须填写主管部门（上级单位编码或名称）。");
                return false;
            }

            if (found.Kind != OrganizationKind.Department)
            {
                errors.Add($"{Where(p.Sheet, p.Row, p.ParentCell)}：上级单位“{found.Name}”是{BudgetTerms.Of(found.Kind)}，不是主管部门。");
                return false;
            }

            if (found.RegionId != p.RegionId)
            {
                errors.Add($"{Where(p.Sheet, p.Row, p.ParentCell)}：上级单位“{found.Name}”属于其他行政区划。");
                return false;
            }

            // Under a closed department a unit may only stay, and only as closed itself.
            if (found.Closed && (p.Closed != true || p.Existing is null || CodeOf(p.Existing.ParentId ?? 0) != found.Code))
            {
                errors.Add($"{Where(p.Sheet, p.Row, p.ParentCell)}：主管部门“{found.Name}”已撤销，不能在其下保留、划入或新建单位。");
                return false;
            }

            p.ParentCode = found.Code;
            return true;
        }

        /// <summary>
        /// An organisation named by code or name: in the workbook (as it will be) or in the 单位库. A chain of parents
        /// that comes back on itself (A under B, B under A) ends at <paramref name="depth"/> instead of running forever.
        /// </summary>
        private (string Code, string Name, OrganizationKind Kind, long RegionId, bool Closed, string? ParentCode)? Find(string text, bool byCode, long regionId, int depth = 0)
        {
            if (depth > MaxParentChain)
            {
                return null;
            }

            OrgPlan? plan = null;
            if (byCode)
            {
                _byCode.TryGetValue(text, out plan);
            }
            else if (_byName.TryGetValue(text, out var named))
            {
                plan = named.FirstOrDefault(n => n.RegionId == regionId) ?? named[0];
            }

            if (plan is not null)
            {
                return (plan.Code, plan.Name, plan.Kind, plan.RegionId, plan.Closed ?? plan.Existing?.IsClosed ?? false,
                    plan.ParentCode ?? (plan.ParentText is { } t ? Find(t, plan.ParentByCode, plan.RegionId, depth + 1)?.Code : plan.Existing?.ParentId is { } pid ? CodeOf(pid) : null));
            }

            var org = byCode
                ? context.ByCode.GetValueOrDefault(text)
                : context.ByName[text].FirstOrDefault(o => o.RegionId == regionId);
            return org is null ? null : (org.Code, org.Name, org.Kind, org.RegionId, org.IsClosed, org.ParentId is { } parentId ? CodeOf(parentId) : null);
        }

        private string? CodeOf(long id) => context.ById.GetValueOrDefault(id)?.Code;

        /// <summary>
        /// The department whose code is the longest proper prefix of the unit's (101 教育局 → 101001 第一中学). Before kinds
        /// are <paramref name="resolved"/>, a row without a kind or a parent counts as a department.
        /// </summary>
        private (string Code, string Name, OrganizationKind Kind, long RegionId, bool Closed, string? ParentCode)? PrefixParent(OrgPlan p, bool resolved)
        {
            // Every proper prefix of the code, longest first: a handful of lookups, not a scan.
            string? best = null;
            for (var length = p.Code.Length - 1; length > 0 && best is null; length--)
            {
                var prefix = p.Code[..length];
                if (_byCode.TryGetValue(prefix, out var d))
                {
                    best = (resolved ? d.Kind : d.ExplicitKind ?? d.Existing?.Kind ?? (d.ParentText is null ? OrganizationKind.Department : OrganizationKind.BudgetUnit)) == OrganizationKind.Department ? prefix : null;
                }
                else if (context.ByCode.TryGetValue(prefix, out var o) && o.Kind == OrganizationKind.Department && o.RegionId == p.RegionId)
                {
                    best = prefix;
                }
            }

            return best is null ? null : Find(best, true, p.RegionId);
        }

        private bool ResolveSector(OrgPlan p)
        {
            if (p.Kind is not (OrganizationKind.Department or OrganizationKind.BudgetUnit))
            {
                return true;
            }

            var cell = p.Row[L.Sector];
            if (!cell.IsBlank)
            {
                p.Sector = OrganizationWords.SectorOf(cell.Text);
                if (p.Sector is null)
                {
                    errors.Add($"{Where(p.Sheet, p.Row, cell)}：行业领域“{cell.Text}”无法识别，可填写：{string.Join("、", Enum.GetValues<Sector>().Select(BudgetTerms.Of))}。");
                    return false;
                }

                return true;
            }

            p.Sector = p.Existing?.Sector;
            if (p.Sector is null && p.Kind == OrganizationKind.BudgetUnit && p.ParentCode is { } parent)
            {
                p.Sector = _byCode.TryGetValue(parent, out var plan) ? plan.Sector ?? plan.Existing?.Sector ?? OrganizationWords.SectorFromName(plan.Name) : context.ByCode.GetValueOrDefault(parent)?.Sector;
                if (p.Sector is not null)
                {
                    Infer("没有填行业领域，按主管部门的行业领域读取");
                }
            }

            if (p.Sector is null && OrganizationWords.SectorFromName(p.Name) is { } guessed)
            {
                p.Sector = guessed;
                Infer("没有填行业领域，按单位名称推断");
            }

            if (p.Sector is null)
            {
                errors.Add($"{Where(p.Sheet, p.Row, cell)}：“{p.Name}”须填写行业领域（如 教育、卫生健康、农业农村）。");
                return false;
            }

            return true;
        }

        private void Compare(OrgPlan p)
        {
            if (p.Existing is not { } e)
            {
                p.Changes.Add("新增");
                p.Details.Add(BudgetTerms.Of(p.Kind) + (p.ParentCode is { } parent ? $"，隶属 {NameOf(parent)}" : string.Empty));
                return;
            }

            if (e.IsClosed && p.Closed == false)
            {
                p.Changes.Add("恢复");
            }

            if (e.Name != p.Name)
            {
                p.Changes.Add("更名");
                p.Details.Add($"“{e.Name}” → “{p.Name}”");
            }

            if (p.Kind == OrganizationKind.BudgetUnit && CodeOf(e.ParentId ?? 0) != p.ParentCode)
            {
                p.Moves = true;
                p.Changes.Add("划转");
                p.Details.Add($"{NameOf(CodeOf(e.ParentId ?? 0))} → {NameOf(p.ParentCode)}（本年度及以后未结束年度的项目随转）");
            }

            var edits = new List<string>();
            if (p.Sector is { } sector && sector != e.Sector)
            {
                edits.Add($"行业领域 {(e.Sector is { } old ? BudgetTerms.Of(old) : "（空）")} → {BudgetTerms.Of(sector)}");
            }

            AddIfChanged(edits, "联系人", e.ContactPerson, p.ContactPerson);
            AddIfChanged(edits, "联系电话", e.ContactPhone, p.ContactPhone);
            if (e.Kind == OrganizationKind.ThirdPartyAgency)
            {
                AddIfChanged(edits, "资质和业务范围", e.Qualification, p.Qualification);
            }

            if (edits.Count > 0)
            {
                p.Changes.Add("修改");
                p.Details.AddRange(edits);
            }

            if (p.Closes)
            {
                p.Changes.Add("撤销");
                p.Details.Add("该单位的账户将停用");
            }

            if (e.IsClosed && p.Closed != false && p.Changes.Count > 0)
            {
                errors.Add($"{p}：“{p.Name}”已撤销，不能修改；如要恢复，请在状态列填“正常”。");
            }
        }

        private static void AddIfChanged(List<string> edits, string field, string? old, string? now)
        {
            if (now is not null && (string.IsNullOrWhiteSpace(now) ? null : now.Trim()) != old)
            {
                edits.Add($"{field} {old ?? "（空）"} → {(now.Length == 0 ? "（空）" : now)}");
            }
        }

        private string NameOf(string? code) =>
            code is null ? "（无）" : _byCode.TryGetValue(code, out var plan) ? plan.Name : context.ByCode.GetValueOrDefault(code)?.Name ?? code;

        public void ReadExperts(TableSheet sheet)
        {
            if (context.Pool is null)
            {
                errors.Add($"工作表“{sheet.SheetName}”：本地区还没有专家库，请先在单位库中新建一个类型为“专家库”的单位。");
                return;
            }

            if (_byCode.TryGetValue(context.Pool.Code, out var poolRow) && poolRow.Closed == true && sheet.Rows.Count > 0)
            {
                errors.Add($"{poolRow}：专家库“{poolRow.Name}”标为撤销，同一工作簿中的专家不能再入库或修改。");
                return;
            }

            var codes = new Dictionary<string, ExpertPlan>(StringComparer.Ordinal);
            foreach (var row in sheet.Rows)
            {
                var name = row[L.Name];
                if (name.IsBlank || name.Text.Length > 50)
                {
                    errors.Add($"{Where(sheet, row, name)}：专家姓名{(name.IsBlank ? "为空" : "超过 50 个字")}。");
                    continue;
                }

                var code = row[L.Code];
                if (!code.IsBlank && (code.Text.Any(char.IsWhiteSpace) || code.Text.Length > Expert.MaxCodeLength))
                {
                    errors.Add($"{Where(sheet, row, code)}：专家编号“{code.Text}”无效（不超过 {Expert.MaxCodeLength} 个字符，不含空格）。");
                    continue;
                }

                var closed = sheet.Fields.Contains(L.Status) ? OrganizationWords.IsClosed(row[L.Status].Text) : false;
                if (closed is null && !new[] { "移出", "已移出", "退出", "已退出" }.Contains(row[L.Status].Text.Trim()))
                {
                    errors.Add($"{Where(sheet, row, row[L.Status])}：状态“{row[L.Status].Text}”无法识别，可填写“在库”或“移出”。");
                    continue;
                }

                if (LengthProblem(sheet, row, (L.Title, 50, "职称"), (L.Employer, 100, "工作单位"), (L.ContactPhone, 30, "联系电话")) is { } tooLong)
                {
                    errors.Add(tooLong);
                    continue;
                }

                var plan = new ExpertPlan
                {
                    Sheet = sheet, Row = row, Code = code.Text, Name = name.Text, Title = Optional(sheet, row, L.Title), Employer = Optional(sheet, row, L.Employer),
                    Phone = Optional(sheet, row, L.ContactPhone), Closed = sheet.Fields.Contains(L.Status) ? closed ?? true : null,
                };
                if (!MatchExpert(plan, codes) || !ReadSpecialty(plan) || !ReadEmployer(plan))
                {
                    continue;
                }

                CompareExpert(plan);
                Experts.Add(plan);
            }

            NumberNewExperts();
        }

        private bool MatchExpert(ExpertPlan e, Dictionary<string, ExpertPlan> codes)
        {
            if (e.Code.Length > 0)
            {
                if (codes.TryGetValue(e.Code, out var twin))
                {
                    errors.Add($"{Where(e.Sheet, e.Row, e.Row[L.Code])}：专家编号 {e.Code} 与{twin}重复。");
                    return false;
                }

                codes[e.Code] = e;
                e.Existing = context.PoolExperts.FirstOrDefault(x => x.Code == e.Code);
                return true;
            }

            // Without a number, the same name at the same employer is the same expert.
            var matches = context.PoolExperts.Where(x => x.Name == e.Name && (e.Employer is null || x.Employer == e.Employer)).ToList();
            if (matches.Count > 1)
            {
                errors.Add($"{Where(e.Sheet, e.Row, e.Row[L.Name])}：专家库中有 {matches.Count} 位“{e.Name}”（编号 {string.Join("、", matches.Select(m => m.Code))}），请填写专家编号。");
                return false;
            }

            if (Experts.Any(x => x.Existing is not null && matches.Count == 1 && x.Existing.Id == matches[0].Id))
            {
                errors.Add($"{Where(e.Sheet, e.Row, e.Row[L.Name])}：专家“{e.Name}”在工作簿中出现了不止一次。");
                return false;
            }

            e.Existing = matches.SingleOrDefault();
            e.Code = e.Existing?.Code ?? string.Empty;
            if (e.Existing is not null)
            {
                if (codes.TryGetValue(e.Code, out var twin))
                {
                    errors.Add($"{Where(e.Sheet, e.Row, e.Row[L.Name])}：专家“{e.Name}”（编号 {e.Code}）与{twin}是同一位专家。");
                    return false;
                }

                codes[e.Code] = e;
            }

            if (e.Existing is null)
            {
                Infer("位新专家没有专家编号，由专家库按顺序编号");
            }

            return true;
        }

        private bool ReadSpecialty(ExpertPlan e)
        {
            var cell = e.Row[L.Sector];
            var specialty = cell.IsBlank ? e.Existing?.Specialty : OrganizationWords.SectorOf(cell.Text);
            if (specialty is null)
            {
                errors.Add($"{Where(e.Sheet, e.Row, cell)}：专家“{e.Name}”的专业领域{(cell.IsBlank ? "为空" : $"“{cell.Text}”无法识别")}，可填写：{string.Join("、", Enum.GetValues<Sector>().Select(BudgetTerms.Of))}。");
                return false;
            }

            e.Specialty = specialty.Value;
            return true;
        }

        private bool ReadEmployer(ExpertPlan e)
        {
            var codeCell = e.Row[L.EmployerCode];
            if (!codeCell.IsBlank)
            {
                if (!_byCode.ContainsKey(codeCell.Text) && !context.ByCode.ContainsKey(codeCell.Text))
                {
                    errors.Add($"{Where(e.Sheet, e.Row, codeCell)}：工作单位编码 {codeCell.Text} 在工作簿和单位库中都找不到。");
                    return false;
                }

                e.EmployerCode = codeCell.Text;
            }
            else if (e.Employer is { Length: > 0 } employer)
            {
                e.EmployerCode = _byName.TryGetValue(employer, out var named) ? named[0].Code
                    : context.ByName[employer].FirstOrDefault()?.Code;
                if (e.EmployerCode is not null)
                {
                    Infer("位专家的工作单位与单位库中的单位同名，已关联（评价和审核该单位时回避）");
                }
            }
            else if (e.Employer is null && e.Existing?.EmployerOrganizationId is { } id)
            {
                e.EmployerCode = CodeOf(id);
            }

            if (e.EmployerCode is { } c)
            {
                var kind = _byCode.TryGetValue(c, out var plan) ? plan.Kind : context.ByCode[c].Kind;
                if (kind is not (OrganizationKind.Department or OrganizationKind.BudgetUnit or OrganizationKind.ThirdPartyAgency))
                {
                    e.EmployerCode = null;
                }
            }

            return true;
        }

        private void CompareExpert(ExpertPlan e)
        {
            if (e.Existing is not { } x)
            {
                e.Changes.Add("新增");
                e.Details.Add($"{BudgetTerms.Of(e.Specialty)}{(e.Employer is { Length: > 0 } w ? "，" + w : string.Empty)}");
                return;
            }

            if (x.IsClosed && e.Closed == false)
            {
                e.Changes.Add("恢复");
            }

            var edits = new List<string>();
            AddIfChanged(edits, "姓名", x.Name, e.Name);
            if (x.Specialty != e.Specialty)
            {
                edits.Add($"专业领域 {BudgetTerms.Of(x.Specialty)} → {BudgetTerms.Of(e.Specialty)}");
            }

            AddIfChanged(edits, "职称", x.Title.Length == 0 ? null : x.Title, e.Title);
            AddIfChanged(edits, "工作单位", x.Employer.Length == 0 ? null : x.Employer, e.Employer);
            AddIfChanged(edits, "联系电话", x.Phone, e.Phone);
            if (e.EmployerCode is { } code && x.EmployerOrganizationId != context.ByCode.GetValueOrDefault(code)?.Id)
            {
                edits.Add($"关联工作单位 {NameOf(code)}");
            }

            if (edits.Count > 0)
            {
                e.Changes.Add("修改");
                e.Details.AddRange(edits);
            }

            if (e.Closed == true && !x.IsClosed)
            {
                e.Changes.Add("移出");
            }

            if (x.IsClosed && e.Closed != false && e.Changes.Count > 0)
            {
                errors.Add($"{e}：专家“{e.Name}”已移出专家库，不能修改；如要恢复，请在状态列填“在库”。");
            }
        }

        private void NumberNewExperts()
        {
            var prefix = context.Pool!.Code + "-";
            var taken = context.PoolExperts.Select(x => x.Code).Concat(Experts.Select(x => x.Code)).ToHashSet(StringComparer.Ordinal);
            var next = 1;
            foreach (var e in Experts.Where(x => x.Code.Length == 0))
            {
                while (taken.Contains($"{prefix}{next:D3}"))
                {
                    next++;
                }

                e.Code = $"{prefix}{next:D3}";
                taken.Add(e.Code);
            }
        }

        public IEnumerable<string> Summaries() =>
            _inferred.Select(x => x.Key.StartsWith('位') ? $"{x.Value} {x.Key}。" : $"{x.Value} 行{x.Key}。");

        public ImportOrganizationsResult Result(bool applied, List<string> allNotes)
        {
            var changes = Organizations.Where(p => p.Changes.Count > 0)
                .Select(p => new OrganizationImportChange(p.Sheet.SheetName, p.Row.Row, p.Code, p.Name, string.Join("、", p.Changes), string.Join("；", p.Details)))
                .Concat(Experts.Where(e => e.Changes.Count > 0)
                    .Select(e => new OrganizationImportChange(e.Sheet.SheetName, e.Row.Row, e.Code, e.Name, string.Join("、", e.Changes), string.Join("；", e.Details))))
                .ToList();
            return new ImportOrganizationsResult(
                applied,
                Organizations.Count(p => p.Existing is null), Organizations.Count(p => p.Existing is not null && p.Changes.Count > 0), Organizations.Count(p => p.Changes.Count == 0),
                Experts.Count(e => e.Existing is null), Experts.Count(e => e.Existing is not null && e.Changes.Count > 0), Experts.Count(e => e.Changes.Count == 0),
                changes, allNotes);
        }
    }
}
