using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPerformance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExecutionBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExecutionBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<long>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentChecksum = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RowCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedByUserId = table.Column<long>(type: "INTEGER", nullable: true),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RolledBackAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RolledBackBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RollbackReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExecutionBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExecutionBatches_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectExecutions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    ExecutedFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectExecutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectExecutions_ExecutionBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "ExecutionBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectExecutions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionBatches_RegionId_FiscalYear_ContentChecksum",
                table: "ExecutionBatches",
                columns: new[] { "RegionId", "FiscalYear", "ContentChecksum" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectExecutions_BatchId",
                table: "ProjectExecutions",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectExecutions_ProjectId_FiscalYear_Month",
                table: "ProjectExecutions",
                columns: new[] { "ProjectId", "FiscalYear", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectExecutions");

            migrationBuilder.DropTable(
                name: "ExecutionBatches");
        }
    }
}
