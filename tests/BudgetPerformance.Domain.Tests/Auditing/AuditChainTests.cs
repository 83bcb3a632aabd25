using System.Reflection;
using BudgetPerformance.Domain.Auditing;

namespace BudgetPerformance.Domain.Tests.Auditing;

public sealed class AuditChainTests
{
    private static readonly DateTime At = new(2026, 11, 23, 8, 30, 0, DateTimeKind.Utc);

    private static List<AuditRecord> Chain(int length)
    {
        var list = new List<AuditRecord>();
        for (var i = 0; i < length; i++)
        {
            list.Add(AuditRecord.Append(list.LastOrDefault(), At.AddSeconds(i), 7, "jxk", "修改", "Project", (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "{\"Name\":\"旧\"}", "{\"Name\":\"新\"}"));
        }

        return list;
    }

    private static void Set(AuditRecord record, string property, object value) =>
        typeof(AuditRecord).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(record, value);

    [Fact]
    public void Verify_AnUntouchedChain_IsIntact()
    {
        var result = AuditChain.Verify(Chain(5));

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.RecordsChecked);
    }

    [Theory]
    [InlineData("After", "{\"Name\":\"改过\"}")]
    [InlineData("UserName", "someone")]
    [InlineData("EntityId", "999")]
    public void Verify_AnEditedField_BreaksAtThatRecord(string property, string value)
    {
        var chain = Chain(5);
        Set(chain[2], property, value);

        var result = AuditChain.Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAtSequence);
        Assert.Contains("被篡改", result.Message);
    }

    [Fact]
    public void Verify_ARecordRehashedAfterEditing_BreaksTheNextLink()
    {
        var chain = Chain(5);
        Set(chain[1], "After", "{\"Name\":\"伪造\"}");
        Set(chain[1], "Hash", AuditChain.ComputeHash(chain[1]));

        var result = AuditChain.Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAtSequence);
        Assert.Contains("前序哈希", result.Message);
    }

    [Fact]
    public void Verify_ADeletedRecord_IsAGap()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);

        var result = AuditChain.Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Contains("序号不连续", result.Message);
    }

    [Fact]
    public void Append_TruncatesTimeToMicroseconds_SoStoredTimesHashTheSame()
    {
        var record = AuditRecord.Append(null, At.AddTicks(7), null, "系统", "新增", "Region", "1", null, "{}");

        Assert.Equal(At, record.OccurredAt);
        Assert.Equal(AuditChain.GenesisHash, record.PreviousHash);
    }
}
