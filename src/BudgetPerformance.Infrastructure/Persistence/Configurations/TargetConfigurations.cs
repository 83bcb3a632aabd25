using System.Text.Json;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Indicators;
using BudgetPerformance.Domain.Organizations;
using BudgetPerformance.Domain.RulePacks;
using BudgetPerformance.Domain.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPerformance.Infrastructure.Persistence.Configurations;

/// <summary>Stores a value object as JSON text (the same on SQLite and PostgreSQL).</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// An indicator's number keeps the digits as entered ("95.0" stays "95.0", "97" stays "97"): stored as invariant text,
    /// because decimal columns hand back a different scale on each provider.
    /// </summary>
    public static PropertyBuilder<decimal?> AsExactText(this PropertyBuilder<decimal?> property) =>
        property.HasConversion(
                v => v.HasValue ? v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                s => s == null ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            .HasMaxLength(40);

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) where T : class? =>
        property.HasConversion(
                v => JsonSerializer.Serialize(v, Options),
                s => JsonSerializer.Deserialize<T>(s, Options)!,
                new ValueComparer<T>(
                    (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                    v => v == null ? 0 : JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!))
            .HasColumnType("text");
}

public sealed class LibraryIndicatorConfiguration : IEntityTypeConfiguration<LibraryIndicator>
{
    public void Configure(EntityTypeBuilder<LibraryIndicator> b)
    {
        b.Property(x => x.Name).HasMaxLength(LibraryIndicator.MaxNameLength).IsRequired();
        b.Property(x => x.Unit).HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(IndicatorValue.MaxTextLength);
        b.Property(x => x.Number).AsExactText();
        b.Property(x => x.ScoringStandard).HasMaxLength(500).IsRequired();
        b.Property(x => x.Keywords).HasMaxLength(200);
        b.Property(x => x.ReviewComment).HasMaxLength(500);
        b.Ignore(x => x.TypicalValue);
        b.Ignore(x => x.IsCommon);
        b.HasIndex(x => new { x.Status, x.Sector });
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.ProposedByOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PerformanceTargetConfiguration : IEntityTypeConfiguration<PerformanceTarget>
{
    public void Configure(EntityTypeBuilder<PerformanceTarget> b)
    {
        b.Property(x => x.SubjectName).HasMaxLength(200).IsRequired();
        b.Property(x => x.OverallGoal).HasMaxLength(PerformanceTarget.MaxGoalLength).IsRequired();
        b.Property(x => x.AnnualGoal).HasMaxLength(PerformanceTarget.MaxGoalLength).IsRequired();
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.Property(x => x.IndicatorSignature).HasMaxLength(32).IsRequired();
        b.HasOne(x => x.LastReview).WithMany().HasForeignKey(x => x.LastReviewId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsAdjustment);
        b.Ignore(x => x.IsEditable);
        b.Ignore(x => x.IsApprovedForBudget);
        b.Ignore(x => x.TotalWeight);
        b.HasIndex(x => new { x.SubjectKind, x.SubjectId, x.Version }).IsUnique();
        b.HasIndex(x => new { x.FiscalYear, x.RegionId, x.Status });
        b.HasIndex(x => new { x.DepartmentId, x.Status });
        b.HasIndex(x => new { x.OwnerUnitId, x.Status });
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PerformanceTarget>().WithMany().HasForeignKey(x => x.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);

        b.OwnsMany(x => x.Indicators, i =>
        {
            i.ToTable("TargetIndicators");
            i.WithOwner().HasForeignKey("TargetId");
            i.HasKey(x => x.Id);
            i.Property(x => x.Name).HasMaxLength(TargetIndicator.MaxNameLength).IsRequired();
            i.Property(x => x.Unit).HasMaxLength(20);
            i.Property(x => x.Text).HasMaxLength(IndicatorValue.MaxTextLength);
            i.Property(x => x.Number).AsExactText();
            i.Property(x => x.LastYearActual).AsExactText();
            i.Property(x => x.ScoringStandard).HasMaxLength(500).IsRequired();
            i.Property(x => x.Written).HasMaxLength(IndicatorValue.MaxTextLength);
            i.Property(x => x.ReadingNotes).HasMaxLength(4000);
            i.Ignore(x => x.Value);
            i.Ignore(x => x.Weight);
            i.Ignore(x => x.Notes);
            i.HasIndex("TargetId", nameof(TargetIndicator.Position));
        });
        b.Navigation(x => x.Indicators).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.OwnsMany(x => x.History, h =>
        {
            h.ToTable("TargetReviewSteps");
            h.WithOwner().HasForeignKey("TargetId");
            h.HasKey(x => x.Id);
            h.Property(x => x.Action).HasMaxLength(60).IsRequired();
            h.Property(x => x.ActorName).HasMaxLength(50).IsRequired();
            h.Property(x => x.Comment).HasMaxLength(1000);
        });
        b.Navigation(x => x.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
