using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Domain.Monitoring;
using BudgetPerformance.IntegrationTests.Support;

namespace BudgetPerformance.IntegrationTests.Monitoring;

/// <summary>
/// A unit fills its 监控表 offline: the round's .xlsx comes back in as it went out; a .csv written the way people write
/// (可能, 经费、其他, a unit after the number) is read; one unreadable cell or another unit's form and nothing is saved.
/// </summary>
public sealed class MonitoringFormImportTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    static MonitoringFormImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory, MemberData(nameof(Providers))]
    public async Task AUnitImportsItsFilledTables_AllOrNothing_NamingTheCell(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var finance = await app.SignedInClientAsync("jxk");
        using var school = await app.SignedInClientAsync("yizhong");
        using var hospital = await app.SignedInClientAsync("rmyy");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var round = (await (await finance.PostAsJsonAsync("/api/monitoring/rounds", new OpenRound(2026, 6, today.AddDays(7)), Json.Options)).Content.ReadFromJsonAsync<MonitoringRoundDto>(Json.Options))!;
        var mine = (await school.GetFromJsonAsync<PagedResult<MonitoringFormListItem>>($"/api/monitoring/rounds/{round.Id}/forms?pageSize=500", Json.Options))!.Items;
        var theirs = (await hospital.GetFromJsonAsync<PagedResult<MonitoringFormListItem>>($"/api/monitoring/rounds/{round.Id}/forms", Json.Options))!.Items[0];
        MonitoringFormDto form = null!;
        foreach (var item in mine)
        {
            form = (await school.GetFromJsonAsync<MonitoringFormDto>($"/api/monitoring/forms/{item.Id}", Json.Options))!;
            if (form.Indicators.Any(i => !i.IsQualitative && i.TargetNumber > 0) && form.Indicators.Any(i => i.IsQualitative))
            {
                break;
            }
        }

        // The round's own .xlsx, unchanged, comes back in: every form of the school read, nothing refused.
        var exported = await school.GetByteArrayAsync($"/api/monitoring/rounds/{round.Id}/export");
        var same = await UploadAsync(school, round.Id, exported, "监控表.xlsx");
        Assert.True(same.StatusCode == HttpStatusCode.OK, await same.Content.ReadAsStringAsync());
        Assert.Equal(mine.Count, (await same.Content.ReadFromJsonAsync<ImportMonitoringFormsResult>(Json.Options))!.Forms);

        // A .csv as a unit writes it: 万元 with a comma, a unit after the number, words for the likelihood and causes.
        var quantified = form.Indicators.First(i => !i.IsQualitative && i.TargetNumber > 0);
        var lines = new StringBuilder("监控表编号,项目编码,全年预计执行数（万元）,预算执行偏差原因及改进措施,指标编号,三级指标,1—6月执行情况,全年预计完成情况,完成目标可能性,偏差原因,偏差原因说明,改进措施\n");
        foreach (var i in form.Indicators)
        {
            var progress = i.IsQualitative ? "部分达成" : $"{(i.TargetNumber ?? 0) * 0.3m:0.##}{i.Unit}";
            var doubtful = i.IndicatorId == quantified.IndicatorId || i.IsQualitative;
            lines.Append(CultureInfo.InvariantCulture, $"{form.Form.Id},{form.Form.SubjectCode},\"1,234.5\",资金下达晚，9月集中支付,{i.IndicatorId},{i.Name},{progress},{(i.IsQualitative ? "" : i.TargetNumber?.ToString(CultureInfo.InvariantCulture))},{(doubtful ? "可能" : "确定能")},{(doubtful ? "经费、其他" : "")},{(doubtful ? "资金下达晚" : "")},{(doubtful ? "加快支付" : "")}\n");
        }

        var imported = await UploadAsync(school, round.Id, Encoding.UTF8.GetBytes(lines.ToString()), "监控表.csv");
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var read = (await school.GetFromJsonAsync<MonitoringFormDto>($"/api/monitoring/forms/{form.Form.Id}", Json.Options))!;
        Assert.Equal((MonitoringFormStatus.Draft, 1_234_500_000L), (read.Form.Status, read.Form.ForecastFen));
        var row = read.Indicators.Single(i => i.IndicatorId == quantified.IndicatorId);
        Assert.Equal((quantified.TargetNumber * 0.3m, AchievementLikelihood.Possible, DeviationCause.Funding | DeviationCause.Other), (row.ProgressToDate, row.Likelihood, row.Causes));
        Assert.Equal(QualitativeState.PartlyAchieved, read.Indicators.First(i => i.IsQualitative).State);

        // The official layout (a sheet per form) comes back in with its head block: a changed forecast is set back by it.
        var official = await school.GetByteArrayAsync($"/api/monitoring/rounds/{round.Id}/export");
        var changed = $"监控表编号,全年预计执行数（万元）\n{form.Form.Id},999\n";
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(school, round.Id, Encoding.UTF8.GetBytes(changed), "改.csv")).StatusCode);
        Assert.Equal(999_000_000L, (await school.GetFromJsonAsync<MonitoringFormDto>($"/api/monitoring/forms/{form.Form.Id}", Json.Options))!.Form.ForecastFen);
        var back = await UploadAsync(school, round.Id, official, "监控表（官方格式）.xlsx");
        Assert.True(back.StatusCode == HttpStatusCode.OK, await back.Content.ReadAsStringAsync());
        read = (await school.GetFromJsonAsync<MonitoringFormDto>($"/api/monitoring/forms/{form.Form.Id}", Json.Options))!;
        Assert.Equal(1_234_500_000L, read.Form.ForecastFen);
        Assert.Equal("资金下达晚，9月集中支付", read.ExecutionNote);
        Assert.Equal(quantified.TargetNumber * 0.3m, read.Indicators.Single(i => i.IndicatorId == quantified.IndicatorId).ProgressToDate);

        // One unreadable word and another unit's form: nothing saved, each named by row and column.
        var bad = new StringBuilder("监控表编号,指标编号,1—6月执行情况,完成目标可能性\n");
        bad.Append(CultureInfo.InvariantCulture, $"{form.Form.Id},{quantified.IndicatorId},1,大概\n");
        bad.Append(CultureInfo.InvariantCulture, $"{theirs.Id},,,\n");
        var refused = await UploadAsync(school, round.Id, Encoding.UTF8.GetBytes(bad.ToString()), "监控表（有误）.csv");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("第 2 行", problem, StringComparison.Ordinal);
        Assert.Contains("“大概”", problem, StringComparison.Ordinal);
        Assert.Contains($"监控表编号 {theirs.Id} 不是本轮次中您可以填报的监控表", problem, StringComparison.Ordinal);
        var after = (await school.GetFromJsonAsync<MonitoringFormDto>($"/api/monitoring/forms/{form.Form.Id}", Json.Options))!;
        Assert.Equal(read.Form.Revision, after.Form.Revision);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(finance, round.Id, Encoding.UTF8.GetBytes(lines.ToString()), "监控表.csv")).StatusCode);
    }

    /// <summary>
    /// A table as a unit keeps it: GBK, a title line above the header, remarks in the headers, a blank line, full-width
    /// digits, 万元 written in the cell, traditional characters in the words and in one header.
    /// </summary>
    [Theory, MemberData(nameof(Providers))]
    public async Task ATableWrittenByHand_InGbkWithRemarksAndTraditionalWords_IsRead(string provider)
    {
        await using var app = await SharedPlatforms.StartAsync(provider);
        using var finance = await app.SignedInClientAsync("jxk");
        using var school = await app.SignedInClientAsync("yizhong");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var round = (await (await finance.PostAsJsonAsync("/api/monitoring/rounds", new OpenRound(2026, 6, today.AddDays(7)), Json.Options)).Content.ReadFromJsonAsync<MonitoringRoundDto>(Json.Options))!;
        MonitoringFormDto form = null!;
        foreach (var item in (await school.GetFromJsonAsync<PagedResult<MonitoringFormListItem>>($"/api/monitoring/rounds/{round.Id}/forms?pageSize=500", Json.Options))!.Items)
        {
            form = (await school.GetFromJsonAsync<MonitoringFormDto>($"/api/monitoring/forms/{item.Id}", Json.Options))!;
            if (form.Indicators.Any(i => !i.IsQualitative && i.TargetNumber >= 10) && form.Indicators.Any(i => i.IsQualitative))
            {
                break;
            }
        }

        var quantified = form.Indicators.First(i => !i.IsQualitative && i.TargetNumber >= 10);
        var qualitative = form.Indicators.First(i => i.IsQualitative);
        static string FullWidth(decimal value) => new([.. value.ToString("0.##", CultureInfo.InvariantCulture).Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c)]);
        var text = new StringBuilder("临河县第一中学 2026年1—6月项目支出绩效目标执行监控表（填报用）\r\n");
        text.Append("監控表編號,项目编码,全年预计执行数（万元）,三级指标,指标编号,执行情况（截至6月末）,完成目标可能性（确定能/有可能/完全不可能）,偏差原因（可多选）,改進措施\r\n");
        text.Append("\r\n");
        text.Append(CultureInfo.InvariantCulture, $"{form.Form.Id},{form.Form.SubjectCode},120.5万元,{quantified.Name},{quantified.IndicatorId},{FullWidth(quantified.TargetNumber!.Value / 2)}{quantified.Unit},有可能,\"經費、人員\",加快進度\r\n");
        text.Append(CultureInfo.InvariantCulture, $"{form.Form.Id},{form.Form.SubjectCode},,{qualitative.Name},{qualitative.IndicatorId},達成,確定能,,\r\n");
        var imported = await UploadAsync(school, round.Id, Encoding.GetEncoding("GB18030").GetBytes(text.ToString()), "第一中学监控表.csv");
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());

        var read = (await school.GetFromJsonAsync<MonitoringFormDto>($"/api/monitoring/forms/{form.Form.Id}", Json.Options))!;
        Assert.Equal(120_500_000L, read.Form.ForecastFen);
        var row = read.Indicators.Single(i => i.IndicatorId == quantified.IndicatorId);
        Assert.Equal((quantified.TargetNumber / 2, AchievementLikelihood.Possible, DeviationCause.Funding | DeviationCause.Staffing, "加快進度"),
            (row.ProgressToDate, row.Likelihood, row.Causes, row.Measures));
        var state = read.Indicators.Single(i => i.IndicatorId == qualitative.IndicatorId);
        Assert.Equal((QualitativeState.Achieved, AchievementLikelihood.Certain), (state.State, state.Likelihood));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, long roundId, byte[] bytes, string name)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", name);
        return await client.PostAsync($"/api/monitoring/rounds/{roundId}/import", content);
    }
}
