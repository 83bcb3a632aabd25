using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPerformance.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WarningSupersededBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MonitoringWarnings_FiscalYear_Month_IsCurrent_Light_Departm~",
                table: "MonitoringWarnings");

            migrationBuilder.AddColumn<long>(
                name: "SupersededBy",
                table: "MonitoringWarnings",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Rows already superseded stay so (by an earlier run not recorded: -1).
            migrationBuilder.Sql("UPDATE \"MonitoringWarnings\" SET \"SupersededBy\" = -1 WHERE NOT \"IsCurrent\"");

            migrationBuilder.DropColumn(
                name: "IsCurrent",
                table: "MonitoringWarnings");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringWarnings_FiscalYear_Month_SupersededBy_Light_Depa~",
                table: "MonitoringWarnings",
                columns: new[] { "FiscalYear", "Month", "SupersededBy", "Light", "DepartmentId", "ProjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MonitoringWarnings_FiscalYear_Month_SupersededBy_Light_Depa~",
                table: "MonitoringWarnings");

            migrationBuilder.DropColumn(
                name: "SupersededBy",
                table: "MonitoringWarnings");

            migrationBuilder.AddColumn<bool>(
                name: "IsCurrent",
                table: "MonitoringWarnings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringWarnings_FiscalYear_Month_IsCurrent_Light_Departm~",
                table: "MonitoringWarnings",
                columns: new[] { "FiscalYear", "Month", "IsCurrent", "Light", "DepartmentId", "ProjectId" });
        }
    }
}
