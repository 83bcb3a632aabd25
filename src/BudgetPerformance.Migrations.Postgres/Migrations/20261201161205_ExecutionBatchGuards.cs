using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPerformance.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ExecutionBatchGuards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExecutionBatches_RegionId_FiscalYear_ContentChecksum",
                table: "ExecutionBatches");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "ExecutionBatches",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionBatches_RegionId_FiscalYear_ContentChecksum",
                table: "ExecutionBatches",
                columns: new[] { "RegionId", "FiscalYear", "ContentChecksum" },
                unique: true,
                filter: "\"RolledBackAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExecutionBatches_RegionId_FiscalYear_ContentChecksum",
                table: "ExecutionBatches");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "ExecutionBatches");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionBatches_RegionId_FiscalYear_ContentChecksum",
                table: "ExecutionBatches",
                columns: new[] { "RegionId", "FiscalYear", "ContentChecksum" });
        }
    }
}
