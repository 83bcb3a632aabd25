using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPerformance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RuleSpine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Old values are kept in side tables, converted by the application on start (LegacyData).
            migrationBuilder.Sql("CREATE TABLE \"LegacyTargetReviews\" AS SELECT \"Id\", \"LastAutoReview\" FROM \"PerformanceTargets\" WHERE \"LastAutoReview\" IS NOT NULL");
            migrationBuilder.Sql("CREATE TABLE \"LegacyRulePackSettings\" AS SELECT \"Id\", \"Settings\" FROM \"RulePacks\"");

            migrationBuilder.DropColumn(
                name: "LastAutoReview",
                table: "PerformanceTargets");

            migrationBuilder.DropColumn(
                name: "Settings",
                table: "RulePacks");

            migrationBuilder.AddColumn<string>(
                name: "Sections",
                table: "RulePacks",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ChangeNote",
                table: "RulePacks",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "RulePacks",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "OwnerRegionId",
                table: "RulePacks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParentCode",
                table: "RulePacks",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ParentVersion",
                table: "RulePacks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AssignedAt",
                table: "RulePackAssignments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "AssignedBy",
                table: "RulePackAssignments",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "LatestAsOf",
                table: "RulePackAssignments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PinnedVersion",
                table: "RulePackAssignments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastReviewId",
                table: "PerformanceTargets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "AuditRecords",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "PreviousHash",
                table: "AuditRecords",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "Hash",
                table: "AuditRecords",
                type: "TEXT",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<int>(
                name: "KeyId",
                table: "AuditRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "AuditRecords",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditCheckpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KeyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Signature = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditCheckpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RuleOutcomes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubjectRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<long>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    PackId = table.Column<long>(type: "INTEGER", nullable: false),
                    PackCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PackVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    PackLabel = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SectionPackCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SectionPackVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemaVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    EngineVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ProducedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Verdict = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    WarningCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "text", nullable: false),
                    Input = table.Column<byte[]>(type: "BLOB", nullable: false),
                    InputHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleOutcomes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RulePacks_OwnerRegionId",
                table: "RulePacks",
                column: "OwnerRegionId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceTargets_LastReviewId",
                table: "PerformanceTargets",
                column: "LastReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_OccurredAt",
                table: "AuditRecords",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditCheckpoints_Sequence",
                table: "AuditCheckpoints",
                column: "Sequence");

            migrationBuilder.CreateIndex(
                name: "IX_RuleOutcomes_Stage_FiscalYear_RegionId_Verdict",
                table: "RuleOutcomes",
                columns: new[] { "Stage", "FiscalYear", "RegionId", "Verdict" });

            migrationBuilder.CreateIndex(
                name: "IX_RuleOutcomes_SubjectType_SubjectId",
                table: "RuleOutcomes",
                columns: new[] { "SubjectType", "SubjectId" });

            migrationBuilder.AddForeignKey(
                name: "FK_PerformanceTargets_RuleOutcomes_LastReviewId",
                table: "PerformanceTargets",
                column: "LastReviewId",
                principalTable: "RuleOutcomes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RulePacks_Regions_OwnerRegionId",
                table: "RulePacks",
                column: "OwnerRegionId",
                principalTable: "Regions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PerformanceTargets_RuleOutcomes_LastReviewId",
                table: "PerformanceTargets");

            migrationBuilder.DropForeignKey(
                name: "FK_RulePacks_Regions_OwnerRegionId",
                table: "RulePacks");

            migrationBuilder.DropTable(
                name: "AuditCheckpoints");

            migrationBuilder.DropTable(
                name: "RuleOutcomes");

            migrationBuilder.DropIndex(
                name: "IX_RulePacks_OwnerRegionId",
                table: "RulePacks");

            migrationBuilder.DropIndex(
                name: "IX_PerformanceTargets_LastReviewId",
                table: "PerformanceTargets");

            migrationBuilder.DropIndex(
                name: "IX_AuditRecords_OccurredAt",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "ChangeNote",
                table: "RulePacks");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "RulePacks");

            migrationBuilder.DropColumn(
                name: "OwnerRegionId",
                table: "RulePacks");

            migrationBuilder.DropColumn(
                name: "ParentCode",
                table: "RulePacks");

            migrationBuilder.DropColumn(
                name: "ParentVersion",
                table: "RulePacks");

            migrationBuilder.DropColumn(
                name: "AssignedAt",
                table: "RulePackAssignments");

            migrationBuilder.DropColumn(
                name: "AssignedBy",
                table: "RulePackAssignments");

            migrationBuilder.DropColumn(
                name: "LatestAsOf",
                table: "RulePackAssignments");

            migrationBuilder.DropColumn(
                name: "PinnedVersion",
                table: "RulePackAssignments");

            migrationBuilder.DropColumn(
                name: "LastReviewId",
                table: "PerformanceTargets");

            migrationBuilder.DropColumn(
                name: "KeyId",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "Sections",
                table: "RulePacks");

            migrationBuilder.AddColumn<string>(
                name: "Settings",
                table: "RulePacks",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.Sql("DROP TABLE IF EXISTS \"LegacyRulePackSettings\"");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"LegacyTargetReviews\"");

            migrationBuilder.AddColumn<string>(
                name: "LastAutoReview",
                table: "PerformanceTargets",
                type: "text",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "AuditRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "PreviousHash",
                table: "AuditRecords",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Hash",
                table: "AuditRecords",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 64,
                oldNullable: true);
        }
    }
}
