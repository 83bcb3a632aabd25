using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPerformance.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReviewMends : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProjectDisposals_ProjectId_FiscalYear",
                table: "ProjectDisposals");

            migrationBuilder.DropIndex(
                name: "IX_MonitoringWarnings_RunId_Light_DepartmentId_ProjectId",
                table: "MonitoringWarnings");

            migrationBuilder.DropIndex(
                name: "IX_ExecutionBatches_RegionId_FiscalYear_ExternalId",
                table: "ExecutionBatches");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "SystemAccounts",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(50)",
                oldMaxLength: 50);

            migrationBuilder.AddColumn<bool>(
                name: "IsCurrent",
                table: "MonitoringWarnings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDisposals_ProjectId_FiscalYear_Month",
                table: "ProjectDisposals",
                columns: new[] { "ProjectId", "FiscalYear", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringWarnings_FiscalYear_Month_IsCurrent_Light_Departm~",
                table: "MonitoringWarnings",
                columns: new[] { "FiscalYear", "Month", "IsCurrent", "Light", "DepartmentId", "ProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringWarnings_RunId",
                table: "MonitoringWarnings",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionBatches_RegionId_FiscalYear_Kind_ExternalId",
                table: "ExecutionBatches",
                columns: new[] { "RegionId", "FiscalYear", "Kind", "ExternalId" },
                unique: true,
                filter: "\"RolledBackAt\" IS NULL AND \"ExternalId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProjectDisposals_ProjectId_FiscalYear_Month",
                table: "ProjectDisposals");

            migrationBuilder.DropIndex(
                name: "IX_MonitoringWarnings_FiscalYear_Month_IsCurrent_Light_Departm~",
                table: "MonitoringWarnings");

            migrationBuilder.DropIndex(
                name: "IX_MonitoringWarnings_RunId",
                table: "MonitoringWarnings");

            migrationBuilder.DropIndex(
                name: "IX_ExecutionBatches_RegionId_FiscalYear_Kind_ExternalId",
                table: "ExecutionBatches");

            migrationBuilder.DropColumn(
                name: "IsCurrent",
                table: "MonitoringWarnings");

            migrationBuilder.AlterColumn<string>(
                name: "Name",
                table: "SystemAccounts",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDisposals_ProjectId_FiscalYear",
                table: "ProjectDisposals",
                columns: new[] { "ProjectId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringWarnings_RunId_Light_DepartmentId_ProjectId",
                table: "MonitoringWarnings",
                columns: new[] { "RunId", "Light", "DepartmentId", "ProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionBatches_RegionId_FiscalYear_ExternalId",
                table: "ExecutionBatches",
                columns: new[] { "RegionId", "FiscalYear", "ExternalId" },
                unique: true,
                filter: "\"RolledBackAt\" IS NULL AND \"ExternalId\" IS NOT NULL");
        }
    }
}
