using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BudgetPerformance.Migrations.Postgres.Migrations
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
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ChangeNote",
                table: "RulePacks",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "RulePacks",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "OwnerRegionId",
                table: "RulePacks",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParentCode",
                table: "RulePacks",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ParentVersion",
                table: "RulePacks",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AssignedAt",
                table: "RulePackAssignments",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "AssignedBy",
                table: "RulePackAssignments",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "LatestAsOf",
                table: "RulePackAssignments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PinnedVersion",
                table: "RulePackAssignments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastReviewId",
                table: "PerformanceTargets",
                type: "bigint",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "AuditRecords",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AlterColumn<string>(
                name: "PreviousHash",
                table: "AuditRecords",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "Hash",
                table: "AuditRecords",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<int>(
                name: "KeyId",
                table: "AuditRecords",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "AuditRecords",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditCheckpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    KeyId = table.Column<int>(type: "integer", nullable: false),
                    Signature = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditCheckpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RuleOutcomes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    SubjectType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<long>(type: "bigint", nullable: false),
                    SubjectRevision = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<long>(type: "bigint", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    PackId = table.Column<long>(type: "bigint", nullable: false),
                    PackCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PackVersion = table.Column<int>(type: "integer", nullable: false),
                    PackLabel = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SectionPackCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SectionPackVersion = table.Column<int>(type: "integer", nullable: false),
                    SchemaVersion = table.Column<int>(type: "integer", nullable: false),
                    EngineVersion = table.Column<int>(type: "integer", nullable: false),
                    ProducedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Verdict = table.Column<int>(type: "integer", nullable: false),
                    ErrorCount = table.Column<int>(type: "integer", nullable: false),
                    WarningCount = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<string>(type: "text", nullable: false),
                    Input = table.Column<byte[]>(type: "bytea", nullable: false),
                    InputHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
                type: "text",
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
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "PreviousHash",
                table: "AuditRecords",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Hash",
                table: "AuditRecords",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);
        }
    }
}
