using BudgetPerformance.Application.Auditing;
using BudgetPerformance.Application.Auth;
using BudgetPerformance.Application.Common;
using BudgetPerformance.Application.Dashboard;
using BudgetPerformance.Application.Indicators;
using BudgetPerformance.Application.RulePacks;
using BudgetPerformance.Application.Targets;
using BudgetPerformance.Application.Organizations;
using BudgetPerformance.Application.Projects;
using BudgetPerformance.Application.Users;
using BudgetPerformance.Domain.Organizations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BudgetPerformance.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(SecurityPolicy.Default);
        services.AddScoped<AccessScopeResolver>();
        services.AddScoped<SignInHandler>();
        services.AddScoped<ChangePasswordHandler>();
        services.AddScoped<SignOutHandler>();
        services.AddScoped<GetDashboardHandler>();
        services.AddScoped<ListFiscalYearsHandler>();
        services.AddScoped<ListOrganizationsHandler>();
        services.AddScoped<ListBudgetUnitOptionsHandler>();
        services.AddScoped<ListProjectsHandler>();
        services.AddScoped<GetProjectHandler>();
        services.AddScoped<ListAuditRecordsHandler>();
        services.AddScoped<VerifyAuditChainHandler>();
        services.AddScoped<ListUsersHandler>();
        services.AddScoped<ManageUsersHandler>();
        services.AddSingleton<RulePackCatalog>();
        services.AddScoped<RulePackResolver>();
        services.AddScoped<RulePackAdministration>();
        services.AddScoped<RulePackViewer>();
        services.AddScoped<ListRulePacksHandler>();
        services.AddScoped<EnsureRulePacksHandler>();
        services.AddScoped<ReviseTargetReviewSectionHandler>();
        services.AddScoped<InheritSectionHandler>();
        services.AddScoped<RebaseRulePackHandler>();
        services.AddScoped<DeriveRulePackHandler>();
        services.AddScoped<CompareRulePackVersionsHandler>();
        services.AddScoped<AssignRulePackHandler>();
        services.AddScoped<UnassignRulePackHandler>();
        services.AddScoped<ListRulePackAssignmentsHandler>();
        services.AddScoped<ListAssignableRegionsHandler>();
        services.AddScoped<RuleOutcomes.RuleOutcomeAccess>();
        services.AddScoped<RuleOutcomes.GetRuleOutcomeHandler>();
        services.AddScoped<RuleOutcomes.RederiveRuleOutcomeHandler>();
        services.AddScoped<SearchLibraryHandler>();
        services.AddScoped<AddLibraryIndicatorHandler>();
        services.AddScoped<DecideProposalHandler>();
        services.AddScoped<TargetCommands>();
        services.AddScoped<TargetMapper>();
        services.AddScoped<TargetStepRunner>();
        services.AddScoped<ProposalFollower>();
        services.AddScoped<Proposals.DeclareProposalHandler>();
        services.AddScoped<Proposals.ListProposalsHandler>();
        services.AddScoped<TargetReviewService>();
        services.AddScoped<GetTargetHandler>();
        services.AddScoped<FindTargetHandler>();
        services.AddScoped<FindDepartmentTargetHandler>();
        services.AddScoped<DeclareTargetHandler>();
        services.AddScoped<SaveTargetHandler>();
        services.AddScoped<PreviewTargetReviewHandler>();
        services.AddScoped<SubmitTargetHandler>();
        services.AddScoped<DepartmentReviewHandler>();
        services.AddScoped<FinanceReviewHandler>();
        services.AddScoped<ConfirmRefinementHandler>();
        services.AddScoped<ApproveTargetHandler>();
        services.AddScoped<PublishTargetHandler>();
        services.AddScoped<StartAdjustmentHandler>();
        services.AddScoped<ListTargetsHandler>();
        services.AddScoped<ListTargetVersionsHandler>();
        services.AddScoped<BudgetApprovalOverviewHandler>();
        services.AddScoped<ReviewAllTargetsHandler>();
        services.AddScoped<ApproveProjectBudgetHandler>();
        services.AddScoped<Targets.Workbooks.ImportTargetWorkbookHandler>();
        services.AddScoped<Targets.Workbooks.ExportTargetWorkbookHandler>();
        services.AddScoped<Targets.Workbooks.ExportTargetListHandler>();
        services.AddScoped<Indicators.MaintainLibraryIndicatorHandler>();
        return services;
    }
}
