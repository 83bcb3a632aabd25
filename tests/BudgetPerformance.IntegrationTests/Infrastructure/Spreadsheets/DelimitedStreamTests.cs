using System.Diagnostics;
using System.Text;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Monitoring;
using BudgetPerformance.Infrastructure.Spreadsheets;

namespace BudgetPerformance.IntegrationTests.Infrastructure.Spreadsheets;

/// <summary>
/// A large delimited file read record by record: the header found in its first lines (a title above it, a unit in a
/// header), every record in order with its line number, memory flat as the file grows.
/// </summary>
public sealed class DelimitedStreamTests
{
    static DelimitedStreamTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Ledger(int rows, bool title)
    {
        var text = new StringBuilder(title ? "国库支付明细（2026年）\n" : string.Empty).Append("支付日期,支付凭证号,项目编码,收款人全称,资金来源,支付金额（元）\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append($"2026-06-01,ZF{i:D8},P{i % 7},收款单位,一般公共预算,{i}.50\n");
        }

        return text.ToString();
    }

    /// <remarks>
    /// 5,000 rows are several reads of 64 KB: a Chinese character split between two reads must still be UTF-8 (seen in
    /// the 1M-row benchmark, where the file was taken for GBK and its header not found).
    /// </remarks>
    [Theory]
    [InlineData(false, "utf-8")]
    [InlineData(true, "utf-8")]
    [InlineData(true, "utf-8-bom")]
    [InlineData(true, "gb18030")]
    public void AFileOnDisk_IsReadRecordByRecord_WithItsLineNumbers(bool title, string encoding)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bp-test-stream-{Guid.NewGuid():N}.csv");
        const int rows = 5_000;
        File.WriteAllText(path, Ledger(rows, title), encoding switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-8-bom" => new UTF8Encoding(true),
            _ => Encoding.GetEncoding(encoding),
        });
        try
        {
            using var input = new FileStream(path, FileMode.Open, FileAccess.Read);
            var opened = new TableSheetReader().OpenStream(input, "支付明细.csv", [PaymentLedgerLayout.Payments], new UploadLimits(), CancellationToken.None);

            Assert.True(opened.IsSuccess, opened.Error?.Message);
            var records = opened.Value.Records(CancellationToken.None).ToList();
            Assert.True(new FileInfo(path).Length > 4 * 65_536);
            Assert.Equal(rows, records.Count);
            var first = title ? 3 : 2;
            Assert.Equal((first, "ZF00000000", "0.50"), (records[0].Record.Row, records[0].Record[PaymentLedgerLayout.VoucherNo].Text, records[0].Record[PaymentLedgerLayout.Amount].Text));
            Assert.Equal($"F{first + rows - 1}", records[^1].Record[PaymentLedgerLayout.Amount].Reference);
            Assert.All(records, r => Assert.Equal("收款单位", r.Record[PaymentLedgerLayout.Payee].Text));
            Assert.Equal(encoding == "gb18030", opened.Value.Notes.Any(n => n.Contains("GBK", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MemoryStaysFlat_AsTheFileGrows()
    {
        long Allocated(int rows)
        {
            var path = Path.Combine(Path.GetTempPath(), $"bp-test-stream-{Guid.NewGuid():N}.csv");
            File.WriteAllText(path, Ledger(rows, title: true), Encoding.UTF8);
            try
            {
                GC.Collect();
                var before = GC.GetTotalMemory(true);
                long peak = 0;
                using var input = new FileStream(path, FileMode.Open, FileAccess.Read);
                var opened = new TableSheetReader().OpenStream(input, "支付明细.csv", [PaymentLedgerLayout.Payments], new UploadLimits(), CancellationToken.None);
                var count = 0;
                foreach (var _ in opened.Value.Records(CancellationToken.None))
                {
                    if (++count % 10_000 == 0)
                    {
                        peak = Math.Max(peak, GC.GetTotalMemory(false) - before);
                    }
                }

                Assert.Equal(rows, count);
                return peak;
            }
            finally
            {
                File.Delete(path);
            }
        }

        var small = Allocated(20_000);
        var large = Allocated(200_000);
        // Ten times the rows, not ten times the memory: what is held is one record (and garbage the GC takes back).
        Assert.True(large < small * 3 + 16 * 1024 * 1024, $"20,000 行 {small / 1024} KB，200,000 行 {large / 1024} KB");
    }
}
