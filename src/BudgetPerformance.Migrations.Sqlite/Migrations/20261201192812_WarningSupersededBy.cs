using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPerformance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WarningSupersededBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "IsCurrent",
                table: "MonitoringWarnings",
                newName: "SupersededBy");

            // The renamed column held 1 for current rows: current is now 0, superseded by an earlier run not recorded -1.
            migrationBuilder.Sql("UPDATE \"MonitoringWarnings\" SET \"SupersededBy\" = CASE WHEN \"SupersededBy\" = 1 THEN 0 ELSE -1 END");

            migrationBuilder.RenameIndex(
                name: "IX_MonitoringWarnings_FiscalYear_Month_IsCurrent_Light_DepartmentId_ProjectId",
                table: "MonitoringWarnings",
                newName: "IX_MonitoringWarnings_FiscalYear_Month_SupersededBy_Light_DepartmentId_ProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "SupersededBy",
                table: "MonitoringWarnings",
                newName: "IsCurrent");

            migrationBuilder.RenameIndex(
                name: "IX_MonitoringWarnings_FiscalYear_Month_SupersededBy_Light_DepartmentId_ProjectId",
                table: "MonitoringWarnings",
                newName: "IX_MonitoringWarnings_FiscalYear_Month_IsCurrent_Light_DepartmentId_ProjectId");
        }
    }
}
