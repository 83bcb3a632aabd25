using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BudgetPerformance.Migrations.Postgres.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<long>(type: "bigint", nullable: false),
                    RegionId = table.Column<long>(type: "bigint", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    RunId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Choice = table.Column<int>(type: "integer", nullable: true),
                    Measures = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NewSchedule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ChosenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ChosenBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Reason = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    SuspendedAutomatically = table.Column<bool>(type: "boolean", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
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
