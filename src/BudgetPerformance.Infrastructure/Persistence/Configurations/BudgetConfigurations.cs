using BudgetPerformance.Domain.Auditing;
using BudgetPerformance.Domain.Budgets;
using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPerformance.Infrastructure.Persistence.Configurations;

public sealed class FiscalYearConfiguration : IEntityTypeConfiguration<FiscalYear>
{
    public void Configure(EntityTypeBuilder<FiscalYear> b)
    {
        b.HasIndex(x => new { x.RegionId, x.Year }).IsUnique();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.Property(x => x.Code).HasMaxLength(40).IsRequired();
        b.Property(x => x.Name).HasMaxLength(Project.MaxNameLength).IsRequired();
        b.Property(x => x.Manager).HasMaxLength(50).IsRequired();
        b.Property(x => x.ManagerPhone).HasMaxLength(30);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasIndex(x => new { x.FiscalYear, x.Code }).IsUnique();
        b.HasIndex(x => new { x.FiscalYear, x.RegionId, x.Code });
        b.HasIndex(x => new { x.FiscalYear, x.AdjustedTotalFen });
        b.HasIndex(x => new { x.DepartmentId, x.FiscalYear });
        b.HasIndex(x => new { x.OwnerUnitId, x.FiscalYear });
        b.HasIndex(x => x.PolicyId);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Policy>().WithMany().HasForeignKey(x => x.PolicyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> b)
    {
        b.Property(x => x.Code).HasMaxLength(40).IsRequired();
        b.Property(x => x.Name).HasMaxLength(100).IsRequired();
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasIndex(x => new { x.FiscalYear, x.Code }).IsUnique();
        b.HasIndex(x => new { x.RegionId, x.FiscalYear });
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.LeadDepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DepartmentBudgetConfiguration : IEntityTypeConfiguration<DepartmentBudget>
{
    public void Configure(EntityTypeBuilder<DepartmentBudget> b)
    {
        b.HasIndex(x => new { x.DepartmentId, x.FiscalYear }).IsUnique();
        b.HasIndex(x => new { x.RegionId, x.FiscalYear });
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.Property(x => x.UserName).HasMaxLength(AuditRecord.MaxUserNameLength).IsRequired();
        b.Property(x => x.Action).HasMaxLength(AuditRecord.MaxActionLength).IsRequired();
        b.Property(x => x.EntityType).HasMaxLength(60).IsRequired();
        b.Property(x => x.EntityId).HasMaxLength(60).IsRequired();
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.Source).HasMaxLength(AuditRecord.MaxSourceLength);
        b.Ignore(x => x.IsSealed);
        // Unsealed records (null) are many; sealed positions are unique.
        b.HasIndex(x => x.Sequence).IsUnique();
        b.HasIndex(x => new { x.EntityType, x.EntityId });
        b.HasIndex(x => x.OccurredAt);
    }
}

public sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> b)
    {
        b.Property(x => x.Hash).HasMaxLength(64).IsRequired();
        b.Property(x => x.Signature).HasMaxLength(64).IsRequired();
        b.HasIndex(x => x.Sequence);
    }
}
