using BudgetPerformance.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetPerformance.Infrastructure.Persistence.Configurations;

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.Property(x => x.Code).HasMaxLength(6).IsRequired();
        b.Property(x => x.Name).HasMaxLength(50).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.Property(x => x.Code).HasMaxLength(30).IsRequired();
        b.Property(x => x.Name).HasMaxLength(100).IsRequired();
        b.Property(x => x.ContactPerson).HasMaxLength(50);
        b.Property(x => x.ContactPhone).HasMaxLength(30);
        b.Property(x => x.Qualification).HasMaxLength(Organization.MaxQualificationLength);
        b.Property(x => x.ClosedReason).HasMaxLength(Organization.MaxReasonLength);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.Ignore(x => x.DepartmentId);
        b.Ignore(x => x.IsBudgetUnit);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => new { x.RegionId, x.Kind });
        b.HasIndex(x => x.ParentId);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.Property(x => x.UserName).HasMaxLength(50).IsRequired();
        b.Property(x => x.DisplayName).HasMaxLength(50).IsRequired();
        b.Property(x => x.PasswordHash).HasMaxLength(200).IsRequired();
        b.Property(x => x.SecurityStamp).HasMaxLength(32).IsRequired();
        b.HasIndex(x => x.UserName).IsUnique();
        b.HasIndex(x => x.OrganizationId);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> b)
    {
        b.Property(x => x.Name).HasMaxLength(50).IsRequired();
        b.Property(x => x.Title).HasMaxLength(50).IsRequired();
        b.Property(x => x.Employer).HasMaxLength(100).IsRequired();
        b.Property(x => x.Code).HasMaxLength(Expert.MaxCodeLength).IsRequired();
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.ClosedReason).HasMaxLength(Organization.MaxReasonLength);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasIndex(x => new { x.PoolId, x.Code }).IsUnique();
        b.HasIndex(x => x.EmployerOrganizationId);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.PoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.EmployerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DeclaredRelationConfiguration : IEntityTypeConfiguration<DeclaredRelation>
{
    public void Configure(EntityTypeBuilder<DeclaredRelation> b)
    {
        b.Property(x => x.Note).HasMaxLength(DeclaredRelation.MaxNoteLength);
        b.Property(x => x.WithdrawnReason).HasMaxLength(Organization.MaxReasonLength);
        b.Ignore(x => x.IsInForce);
        b.HasIndex(x => new { x.PartyKind, x.PartyId });
        b.HasIndex(x => x.OrganizationId);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(x => x.DeclaredByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ExecutionBatchConfiguration : IEntityTypeConfiguration<Domain.Monitoring.ExecutionBatch>
{
    public void Configure(EntityTypeBuilder<Domain.Monitoring.ExecutionBatch> b)
    {
        b.Property(x => x.SourceName).HasMaxLength(Domain.Monitoring.ExecutionBatch.MaxSourceNameLength).IsRequired();
        b.Property(x => x.ContentChecksum).HasMaxLength(64).IsRequired();
        b.Property(x => x.ImportedBy).HasMaxLength(50).IsRequired();
        b.Property(x => x.RolledBackBy).HasMaxLength(50);
        b.Property(x => x.RollbackReason).HasMaxLength(500);
        b.Property(x => x.ExternalId).HasMaxLength(Domain.Monitoring.ExecutionBatch.MaxExternalIdLength);
        b.Ignore(x => x.IsActive);
        b.Property(x => x.Revision).IsConcurrencyToken();
        // One active batch per content: the same data sent twice at once cannot both land.
        b.HasIndex(x => new { x.RegionId, x.FiscalYear, x.ContentChecksum }).IsUnique().HasFilter("\"RolledBackAt\" IS NULL");
        // One active batch per sender's batch id (批次号).
        b.HasIndex(x => new { x.RegionId, x.FiscalYear, x.Kind, x.ExternalId }).IsUnique().HasFilter("\"RolledBackAt\" IS NULL AND \"ExternalId\" IS NOT NULL");
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProjectExecutionConfiguration : IEntityTypeConfiguration<Domain.Monitoring.ProjectExecution>
{
    public void Configure(EntityTypeBuilder<Domain.Monitoring.ProjectExecution> b)
    {
        b.HasIndex(x => x.BatchId);
        b.HasIndex(x => new { x.ProjectId, x.FiscalYear, x.Month });
        b.HasOne<Domain.Monitoring.ExecutionBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Budgets.Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PaymentRecordConfiguration : IEntityTypeConfiguration<Domain.Monitoring.PaymentRecord>
{
    public void Configure(EntityTypeBuilder<Domain.Monitoring.PaymentRecord> b)
    {
        b.Property(x => x.VoucherNo).HasMaxLength(Domain.Monitoring.PaymentRecord.MaxVoucherLength).IsRequired();
        b.Property(x => x.Payee).HasMaxLength(Domain.Monitoring.PaymentRecord.MaxPayeeLength);
        b.Property(x => x.FundSource).HasMaxLength(Domain.Monitoring.PaymentRecord.MaxFundSourceLength);
        b.HasIndex(x => x.BatchId);
        b.HasIndex(x => new { x.FiscalYear, x.ProjectId, x.Month });
        b.HasOne<Domain.Monitoring.ExecutionBatch>().WithMany().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Budgets.Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SystemAccountConfiguration : IEntityTypeConfiguration<SystemAccount>
{
    public void Configure(EntityTypeBuilder<SystemAccount> b)
    {
        b.Property(x => x.Name).HasMaxLength(SystemAccount.MaxNameLength).IsRequired();
        b.Property(x => x.TokenHash).HasMaxLength(64).IsRequired();
        b.Property(x => x.TokenHint).HasMaxLength(20).IsRequired();
        b.Property(x => x.CreatedBy).HasMaxLength(50).IsRequired();
        b.Property(x => x.RevokedBy).HasMaxLength(50);
        b.Ignore(x => x.IsActive);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WarningRunConfiguration : IEntityTypeConfiguration<Domain.Monitoring.WarningRun>
{
    public void Configure(EntityTypeBuilder<Domain.Monitoring.WarningRun> b)
    {
        b.Property(x => x.ProducedBy).HasMaxLength(50).IsRequired();
        b.HasIndex(x => new { x.FiscalYear, x.Month, x.RegionId });
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MonitoringWarningConfiguration : IEntityTypeConfiguration<Domain.Monitoring.MonitoringWarning>
{
    public void Configure(EntityTypeBuilder<Domain.Monitoring.MonitoringWarning> b)
    {
        b.Property(x => x.Rules).HasMaxLength(60).IsRequired();
        // The red list: the current rows of a month of one light, in the list's order (department, project), a page at a time.
        b.HasIndex(x => new { x.FiscalYear, x.Month, x.SupersededBy, x.Light, x.DepartmentId, x.ProjectId });
        b.Ignore(x => x.IsCurrent);
        b.HasIndex(x => x.RunId);
        b.HasIndex(x => new { x.ProjectId, x.FiscalYear, x.Month });
        b.HasOne<Domain.Monitoring.WarningRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Budgets.Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProjectDisposalConfiguration : IEntityTypeConfiguration<Domain.Monitoring.ProjectDisposal>
{
    public void Configure(EntityTypeBuilder<Domain.Monitoring.ProjectDisposal> b)
    {
        b.Property(x => x.Measures).HasMaxLength(Domain.Monitoring.ProjectDisposal.MaxTextLength);
        b.Property(x => x.NewSchedule).HasMaxLength(Domain.Monitoring.ProjectDisposal.MaxTextLength);
        b.Property(x => x.Reason).HasMaxLength(Domain.Monitoring.ProjectDisposal.MaxTextLength + 100);
        b.Property(x => x.ChosenBy).HasMaxLength(50);
        b.Property(x => x.DecidedBy).HasMaxLength(50);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.Ignore(x => x.HoldsPayments);
        b.Ignore(x => x.IsOpen);
        b.HasIndex(x => new { x.Status, x.Deadline });
        // One disposal per project and warning month: two runs at once cannot both open one.
        b.HasIndex(x => new { x.ProjectId, x.FiscalYear, x.Month }).IsUnique();
        b.HasOne<Domain.Budgets.Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CalendarDayConfiguration : IEntityTypeConfiguration<Domain.Monitoring.CalendarDay>
{
    public void Configure(EntityTypeBuilder<Domain.Monitoring.CalendarDay> b)
    {
        b.Property(x => x.Name).HasMaxLength(Domain.Monitoring.CalendarDay.MaxNameLength).IsRequired();
        b.HasIndex(x => new { x.RegionId, x.Date }).IsUnique();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MonitoringRoundConfiguration : IEntityTypeConfiguration<Domain.Monitoring.MonitoringRound>
{
    public void Configure(EntityTypeBuilder<Domain.Monitoring.MonitoringRound> b)
    {
        b.Property(x => x.Name).HasMaxLength(Domain.Monitoring.MonitoringRound.MaxNameLength).IsRequired();
        b.Property(x => x.OpenedBy).HasMaxLength(50).IsRequired();
        b.Property(x => x.ClosedBy).HasMaxLength(50);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.Period);
        // One round per region and period: two opened at once cannot both land.
        b.HasIndex(x => new { x.RegionId, x.FiscalYear, x.Month }).IsUnique();
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MonitoringFormConfiguration : IEntityTypeConfiguration<Domain.Monitoring.MonitoringForm>
{
    public void Configure(EntityTypeBuilder<Domain.Monitoring.MonitoringForm> b)
    {
        b.Property(x => x.SubjectCode).HasMaxLength(50).IsRequired();
        b.Property(x => x.SubjectName).HasMaxLength(220).IsRequired();
        b.Property(x => x.ExecutionNote).HasMaxLength(Domain.Monitoring.MonitoringForm.MaxTextLength);
        b.Property(x => x.ReturnReason).HasMaxLength(Domain.Monitoring.MonitoringForm.MaxTextLength + 60);
        b.Property(x => x.SubmittedBy).HasMaxLength(50);
        b.Property(x => x.ReviewedBy).HasMaxLength(50);
        b.Property(x => x.ConfirmedBy).HasMaxLength(50);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.Ignore(x => x.IsEditable);
        b.Ignore(x => x.IsFilled);
        b.HasIndex(x => new { x.RoundId, x.SubjectKind, x.SubjectId }).IsUnique();
        b.HasIndex(x => new { x.RoundId, x.DepartmentId, x.Status });
        b.HasIndex(x => new { x.UnitId, x.FiscalYear });
        b.HasIndex(x => new { x.SubjectKind, x.SubjectId, x.FiscalYear, x.Month });
        b.HasOne<Domain.Monitoring.MonitoringRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(x => x.Indicators, i =>
        {
            i.ToTable("MonitoringFormIndicators");
            i.WithOwner().HasForeignKey("FormId");
            i.HasKey(x => x.Id);
            i.Property(x => x.Name).HasMaxLength(Domain.Targets.TargetIndicator.MaxNameLength).IsRequired();
            i.Property(x => x.TargetWritten).HasMaxLength(Domain.Indicators.IndicatorValue.MaxTextLength + 40).IsRequired();
            i.Property(x => x.Unit).HasMaxLength(20);
            i.Property(x => x.TargetNumber).AsExactText();
            i.Property(x => x.ProgressToDate).AsExactText();
            i.Property(x => x.FullYearForecast).AsExactText();
            i.Property(x => x.CauseNote).HasMaxLength(Domain.Monitoring.MonitoringForm.MaxTextLength);
            i.Property(x => x.Measures).HasMaxLength(Domain.Monitoring.MonitoringForm.MaxTextLength);
            i.HasIndex("FormId", nameof(Domain.Monitoring.MonitoringFormIndicator.Position));
        });
        b.Navigation(x => x.Indicators).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
