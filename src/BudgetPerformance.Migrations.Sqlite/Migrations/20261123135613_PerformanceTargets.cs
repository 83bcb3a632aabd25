using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPerformance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PerformanceTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "BudgetApprovedAt",
                table: "Projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsBudgetApproved",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "LibraryIndicators",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sector = table.Column<int>(type: "INTEGER", nullable: true),
                    Level1 = table.Column<int>(type: "INTEGER", nullable: false),
                    Level2 = table.Column<int>(type: "INTEGER", nullable: false),
                    Operator = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ValueSource = table.Column<int>(type: "INTEGER", nullable: false),
                    ScoringStandard = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedByOrganizationId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryIndicators_Organizations_ProposedByOrganizationId",
                        column: x => x.ProposedByOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceTargets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubjectKind = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<long>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousVersionId = table.Column<long>(type: "INTEGER", nullable: true),
                    Framework = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OverallGoal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AnnualGoal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorSignature = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LastAutoReview = table.Column<string>(type: "text", nullable: true),
                    FinanceGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceTargets_Organizations_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceTargets_Organizations_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceTargets_PerformanceTargets_PreviousVersionId",
                        column: x => x.PreviousVersionId,
                        principalTable: "PerformanceTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PerformanceTargets_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RulePackAssignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<long>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: true),
                    RulePackCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RulePackAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RulePackAssignments_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RulePacks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Settings = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RulePacks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TargetIndicators",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Level1 = table.Column<int>(type: "INTEGER", nullable: false),
                    Level2 = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Operator = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WeightHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    ValueSource = table.Column<int>(type: "INTEGER", nullable: false),
                    ScoringStandard = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LibraryIndicatorId = table.Column<long>(type: "INTEGER", nullable: true),
                    LastYearActual = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TargetId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetIndicators_PerformanceTargets_TargetId",
                        column: x => x.TargetId,
                        principalTable: "PerformanceTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetReviewSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FromStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    ToStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<long>(type: "INTEGER", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: true),
                    Completeness = table.Column<int>(type: "INTEGER", nullable: true),
                    Relevance = table.Column<int>(type: "INTEGER", nullable: true),
                    Appropriateness = table.Column<int>(type: "INTEGER", nullable: true),
                    Feasibility = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TargetId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetReviewSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetReviewSteps_PerformanceTargets_TargetId",
                        column: x => x.TargetId,
                        principalTable: "PerformanceTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryIndicators_ProposedByOrganizationId",
                table: "LibraryIndicators",
                column: "ProposedByOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryIndicators_Status_Sector",
                table: "LibraryIndicators",
                columns: new[] { "Status", "Sector" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTargets_DepartmentId_Status",
                table: "PerformanceTargets",
                columns: new[] { "DepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTargets_FiscalYear_RegionId_Status",
                table: "PerformanceTargets",
                columns: new[] { "FiscalYear", "RegionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTargets_OwnerUnitId_Status",
                table: "PerformanceTargets",
                columns: new[] { "OwnerUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTargets_PreviousVersionId",
                table: "PerformanceTargets",
                column: "PreviousVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTargets_RegionId",
                table: "PerformanceTargets",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTargets_SubjectKind_SubjectId_Version",
                table: "PerformanceTargets",
                columns: new[] { "SubjectKind", "SubjectId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RulePackAssignments_RegionId_FiscalYear",
                table: "RulePackAssignments",
                columns: new[] { "RegionId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RulePacks_Code_Version",
                table: "RulePacks",
                columns: new[] { "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetIndicators_TargetId_Position",
                table: "TargetIndicators",
                columns: new[] { "TargetId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_TargetReviewSteps_TargetId",
                table: "TargetReviewSteps",
                column: "TargetId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LibraryIndicators");

            migrationBuilder.DropTable(
                name: "RulePackAssignments");

            migrationBuilder.DropTable(
                name: "RulePacks");

            migrationBuilder.DropTable(
                name: "TargetIndicators");

            migrationBuilder.DropTable(
                name: "TargetReviewSteps");

            migrationBuilder.DropTable(
                name: "PerformanceTargets");

            migrationBuilder.DropColumn(
                name: "BudgetApprovedAt",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "IsBudgetApproved",
                table: "Projects");
        }
    }
}
