using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPerformance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectDisposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MonitoringWarnings_RunId_Light",
                table: "MonitoringWarnings");

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarDays_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectDisposals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<long>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    RunId = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Choice = table.Column<int>(type: "INTEGER", nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NewSchedule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChosenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ChosenBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    SuspendedAutomatically = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectDisposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectDisposals_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringWarnings_RunId_Light_DepartmentId_ProjectId",
                table: "MonitoringWarnings",
                columns: new[] { "RunId", "Light", "DepartmentId", "ProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarDays_RegionId_Date",
                table: "CalendarDays",
                columns: new[] { "RegionId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDisposals_ProjectId_FiscalYear",
                table: "ProjectDisposals",
                columns: new[] { "ProjectId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDisposals_Status_Deadline",
                table: "ProjectDisposals",
                columns: new[] { "Status", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "ProjectDisposals");

            migrationBuilder.DropIndex(
                name: "IX_MonitoringWarnings_RunId_Light_DepartmentId_ProjectId",
                table: "MonitoringWarnings");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringWarnings_RunId_Light",
                table: "MonitoringWarnings",
                columns: new[] { "RunId", "Light" });
        }
    }
}
