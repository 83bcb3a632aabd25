using System.Reflection;
using BudgetPerformance.Domain.Auditing;

namespace BudgetPerformance.Domain.Tests.Auditing;

public sealed class AuditChainTests
{
    private static readonly DateTime At = new(2026, 11, 23, 8, 30, 0, DateTimeKind.Utc);
    private static readonly AuditKey Key = AuditKey.Generate(1);
    private static readonly AuditKeyRing Keys = new([Key], 1);

    private static List<AuditRecord> Chain(int length, AuditKey? key = null, List<AuditRecord>? list = null)
    {
        list ??= [];
        for (var i = 0; i < length; i++)
        {
            var last = list.LastOrDefault();
            list.Add(AuditRecord.Append(last?.Sequence ?? 0, last?.Hash ?? AuditChain.GenesisHash, key ?? Key, At.AddSeconds(list.Count), 7, "jxk", "修改", "Project",
                (100 + list.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), "{\"Name\":\"旧\"}", "{\"Name\":\"新\"}"));
        }

        return list;
    }

    private static void Set(AuditRecord record, string property, object value) =>
        typeof(AuditRecord).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(record, value);

    [Fact]
    public void Verify_AnUntouchedChain_IsIntact()
    {
        var result = AuditChain.Verify(Chain(5), Keys);

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.RecordsChecked);
    }

    [Theory]
    [InlineData("After", "{\"Name\":\"改过\"}")]
    [InlineData("UserName", "someone")]
    [InlineData("EntityId", "999")]
    [InlineData("Source", "10.0.0.9 · curl")]
    public void Verify_AnEditedField_BreaksAtThatRecord(string property, string value)
    {
        var chain = Chain(5);
        Set(chain[2], property, value);

        var result = AuditChain.Verify(chain, Keys);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAtSequence);
        Assert.Contains("被篡改", result.Message);
    }

    [Fact]
    public void Verify_ARecordRehashedWithTheKeyAfterEditing_BreaksTheNextLink()
    {
        var chain = Chain(5);
        Set(chain[1], "After", "{\"Name\":\"伪造\"}");
        Set(chain[1], "Hash", AuditChain.ComputeHash(chain[1], Key));

        var result = AuditChain.Verify(chain, Keys);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAtSequence);
        Assert.Contains("前序哈希", result.Message);
    }

    [Fact]
    public void Verify_AnEditedRecordWithEveryLaterHashRecomputedWithoutTheKey_IsDetected()
    {
        var chain = Chain(5);
        var forger = AuditKey.Generate(1); // the same key id, another secret: what someone without the key file can do
        Set(chain[1], "After", "{\"Name\":\"伪造\"}");
        for (var i = 1; i < chain.Count; i++)
        {
            Set(chain[i], "PreviousHash", chain[i - 1].Hash!);
            Set(chain[i], "Hash", AuditChain.ComputeHash(chain[i], forger));
        }

        var result = AuditChain.Verify(chain, Keys);

        Assert.False(result.IsIntact);
        Assert.Equal(2, result.BrokenAtSequence);
    }

    [Fact]
    public void Verify_AKeyedChainRewrittenAsUnkeyed_IsRefused()
    {
        var chain = Chain(3, key: AuditKey.Unkeyed);
        Chain(2, list: chain);
        var tail = chain[^1];
        Set(tail, "KeyId", 0);
        Set(tail, "Hash", AuditChain.ComputeHash(tail, AuditKey.Unkeyed));

        var result = AuditChain.Verify(chain, Keys);

        Assert.False(result.IsIntact);
        Assert.Equal(5, result.BrokenAtSequence);
        Assert.Contains("改写为旧格式", result.Message);
    }

    [Fact]
    public void Verify_AnOldUnkeyedPrefix_FollowedByKeyedRecords_IsIntact() =>
        Assert.True(AuditChain.Verify(Chain(2, list: Chain(3, key: AuditKey.Unkeyed)), Keys).IsIntact);

    [Fact]
    public void Verify_RecordsSealedWithARotatedKey_VerifyWithTheWholeRing()
    {
        var next = AuditKey.Generate(2);
        var chain = Chain(2, list: Chain(3));
        Chain(2, next, chain);

        Assert.True(AuditChain.Verify(chain, new AuditKeyRing([Key, next], 2)).IsIntact);
        Assert.Contains("不在密钥环中", AuditChain.Verify(chain, Keys).Message);
    }

    [Fact]
    public void Verify_ADeletedRecord_IsAGap()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);

        var result = AuditChain.Verify(chain, Keys);

        Assert.False(result.IsIntact);
        Assert.Contains("序号不连续", result.Message);
    }

    [Fact]
    public void Verify_TheNewestRecordsDeleted_IsCaughtByTheCheckpoint()
    {
        var chain = Chain(6);
        var checkpoint = AuditCheckpoint.Sign(6, chain[5].Hash!, At.AddMinutes(1), Key);
        chain.RemoveRange(4, 2);

        var result = AuditChain.Verify(chain, Keys, [checkpoint]);

        Assert.False(result.IsIntact);
        Assert.Contains("审计链被截断", result.Message);
        Assert.Contains("现在只有 4 条", result.Message);
        Assert.True(AuditChain.Verify(Chain(6), Keys, [AuditCheckpoint.Sign(3, Chain(6)[2].Hash!, At, Key)]).IsIntact);
    }

    [Fact]
    public void Verify_ACheckpointWithAnotherHash_OrAForgedSignature_IsReported()
    {
        var chain = Chain(4);
        var wrong = AuditCheckpoint.Sign(2, chain[3].Hash!, At, Key);
        var forged = AuditCheckpoint.Sign(2, chain[1].Hash!, At, AuditKey.Generate(1));

        Assert.Contains("与检查点", AuditChain.Verify(chain, Keys, [wrong]).Message);
        Assert.Contains("签名无效", AuditChain.Verify(chain, Keys, [forged]).Message);
    }

    [Fact]
    public void Append_TruncatesTimeToMicroseconds_SoStoredTimesHashTheSame()
    {
        var record = AuditRecord.Append(0, AuditChain.GenesisHash, Key, At.AddTicks(7), null, "系统", "新增", "Region", "1", null, "{}");

        Assert.Equal(At, record.OccurredAt);
        Assert.Equal(AuditChain.GenesisHash, record.PreviousHash);
    }

    [Fact]
    public void Seal_IsRefusedForARecordAlreadySealed()
    {
        var record = AuditRecord.Pending(At, null, "系统", "新增", "Region", "1", null, "{}");
        record.Seal(0, AuditChain.GenesisHash, Key);

        Assert.Throws<InvalidOperationException>(() => record.Seal(1, record.Hash!, Key));
    }
}
