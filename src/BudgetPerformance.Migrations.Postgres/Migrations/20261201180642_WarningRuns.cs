using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BudgetPerformance.Migrations.Postgres.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<long>(type: "bigint", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    ProducedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProducedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    EngineVersion = table.Column<int>(type: "integer", nullable: false),
                    Projects = table.Column<int>(type: "integer", nullable: false),
                    Red = table.Column<int>(type: "integer", nullable: false),
                    Yellow = table.Column<int>(type: "integer", nullable: false),
                    Missing = table.Column<int>(type: "integer", nullable: false),
                    Green = table.Column<int>(type: "integer", nullable: false),
                    Blue = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    OutcomeId = table.Column<long>(type: "bigint", nullable: false),
                    ProjectId = table.Column<long>(type: "bigint", nullable: false),
                    RegionId = table.Column<long>(type: "bigint", nullable: false),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    BudgetKind = table.Column<int>(type: "integer", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Light = table.Column<int>(type: "integer", nullable: false),
                    BudgetFen = table.Column<long>(type: "bigint", nullable: false),
                    ExecutedFen = table.Column<long>(type: "bigint", nullable: true),
                    Rules = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
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
