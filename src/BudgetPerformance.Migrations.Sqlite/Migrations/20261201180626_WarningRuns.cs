using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPerformance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WarningRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WarningRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<long>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    ProducedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProducedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EngineVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Projects = table.Column<int>(type: "INTEGER", nullable: false),
                    Red = table.Column<int>(type: "INTEGER", nullable: false),
                    Yellow = table.Column<int>(type: "INTEGER", nullable: false),
                    Missing = table.Column<int>(type: "INTEGER", nullable: false),
                    Green = table.Column<int>(type: "INTEGER", nullable: false),
                    Blue = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WarningRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WarningRuns_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringWarnings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<long>(type: "INTEGER", nullable: false),
                    OutcomeId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<long>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    BudgetKind = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Light = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ExecutedFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Rules = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringWarnings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringWarnings_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonitoringWarnings_WarningRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "WarningRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringWarnings_ProjectId_FiscalYear_Month",
                table: "MonitoringWarnings",
                columns: new[] { "ProjectId", "FiscalYear", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringWarnings_RunId_Light",
                table: "MonitoringWarnings",
                columns: new[] { "RunId", "Light" });

            migrationBuilder.CreateIndex(
                name: "IX_WarningRuns_FiscalYear_Month_RegionId",
                table: "WarningRuns",
                columns: new[] { "FiscalYear", "Month", "RegionId" });

            migrationBuilder.CreateIndex(
                name: "IX_WarningRuns_RegionId",
                table: "WarningRuns",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonitoringWarnings");

            migrationBuilder.DropTable(
                name: "WarningRuns");
        }
    }
}
