using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.RulePacks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPerformance.Infrastructure.Persistence.Configurations;

public sealed class RulePackConfiguration : IEntityTypeConfiguration<RulePack>
{
    public void Configure(EntityTypeBuilder<RulePack> b)
    {
        b.Property(x => x.Code).HasMaxLength(40).IsRequired();
        b.Property(x => x.Name).HasMaxLength(60).IsRequired();
        b.Property(x => x.Basis).HasMaxLength(500).IsRequired();
        b.Property(x => x.ParentCode).HasMaxLength(40);
        b.Property(x => x.CreatedBy).HasMaxLength(50).IsRequired();
        b.Property(x => x.ChangeNote).HasMaxLength(RulePack.MaxNoteLength).IsRequired();
        b.Property(x => x.Sections)
            .HasConversion(v => v.ToJson(), s => PackSections.FromJson(s), new ValueComparer<PackSections>((a, c) => a!.ToJson() == c!.ToJson(), v => v.ToJson().GetHashCode(StringComparison.Ordinal), v => PackSections.FromJson(v.ToJson())))
            .HasColumnType("text").IsRequired();
        b.Ignore(x => x.Label);
        b.Ignore(x => x.IsShipped);
        b.HasIndex(x => new { x.Code, x.Version }).IsUnique();
        b.HasIndex(x => x.OwnerRegionId);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.OwnerRegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RulePackAssignmentConfiguration : IEntityTypeConfiguration<RulePackAssignment>
{
    public void Configure(EntityTypeBuilder<RulePackAssignment> b)
    {
        b.Property(x => x.RulePackCode).HasMaxLength(40).IsRequired();
        b.Property(x => x.AssignedBy).HasMaxLength(50).IsRequired();
        b.Ignore(x => x.VersionRule);
        b.HasIndex(x => new { x.RegionId, x.FiscalYear }).IsUnique();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RuleOutcomeConfiguration : IEntityTypeConfiguration<RuleOutcome>
{
    public void Configure(EntityTypeBuilder<RuleOutcome> b)
    {
        b.Property(x => x.SubjectType).HasMaxLength(40).IsRequired();
        b.Property(x => x.PackCode).HasMaxLength(40).IsRequired();
        b.Property(x => x.PackLabel).HasMaxLength(80).IsRequired();
        b.Property(x => x.SectionPackCode).HasMaxLength(40).IsRequired();
        b.Property(x => x.Findings).AsJson().IsRequired();
        // Inputs are kept for ever and read rarely (to recompute a result): stored compressed.
        b.Property(x => x.Input).HasConversion(v => CompressedText.Compress(v), v => CompressedText.Decompress(v)).IsRequired();
        b.Property(x => x.InputHash).HasMaxLength(64).IsRequired();
        b.Ignore(x => x.Blocks);
        b.Ignore(x => x.Stamp);
        b.HasIndex(x => new { x.SubjectType, x.SubjectId });
        b.HasIndex(x => new { x.Stage, x.FiscalYear, x.RegionId, x.Verdict });
    }
}

/// <summary>UTF-8 text compressed with Brotli (fastest level): a review input of a few kilobytes shrinks several times.</summary>
internal static class CompressedText
{
    public static byte[] Compress(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var buffer = new byte[System.IO.Compression.BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        return System.IO.Compression.BrotliEncoder.TryCompress(bytes, buffer, out var written, quality: 1, window: 22)
            ? buffer[..written]
            : throw new InvalidOperationException("压缩审核输入失败。");
    }

    public static string Decompress(byte[] data)
    {
        if (data.Length == 0)
        {
            return string.Empty;
        }

        using var input = new MemoryStream(data);
        using var brotli = new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
