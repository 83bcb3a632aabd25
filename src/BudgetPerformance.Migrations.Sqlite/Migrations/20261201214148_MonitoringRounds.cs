using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPerformance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MonitoringRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MonitoringRounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionId = table.Column<long>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    IncludesDepartmentOverall = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringRounds_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringForms",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<long>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectKind = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubjectCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 220, nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<long>(type: "INTEGER", nullable: true),
                    BudgetFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ExecutedFen = table.Column<long>(type: "INTEGER", nullable: true),
                    ForecastFen = table.Column<long>(type: "INTEGER", nullable: true),
                    ExecutionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Light = table.Column<int>(type: "INTEGER", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 560, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringForms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringForms_MonitoringRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "MonitoringRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonitoringForms_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringFormIndicators",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<long>(type: "INTEGER", nullable: false),
                    Level1 = table.Column<int>(type: "INTEGER", nullable: false),
                    Level2 = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TargetWritten = table.Column<string>(type: "TEXT", maxLength: 240, nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProgressToDate = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FullYearForecast = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: true),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: true),
                    Causes = table.Column<int>(type: "INTEGER", nullable: false),
                    CauseNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FormId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringFormIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonitoringFormIndicators_MonitoringForms_FormId",
                        column: x => x.FormId,
                        principalTable: "MonitoringForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringFormIndicators_FormId_Position",
                table: "MonitoringFormIndicators",
                columns: new[] { "FormId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringForms_RegionId",
                table: "MonitoringForms",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringForms_RoundId_DepartmentId_Status",
                table: "MonitoringForms",
                columns: new[] { "RoundId", "DepartmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringForms_RoundId_SubjectKind_SubjectId",
                table: "MonitoringForms",
                columns: new[] { "RoundId", "SubjectKind", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringForms_SubjectKind_SubjectId_FiscalYear_Month",
                table: "MonitoringForms",
                columns: new[] { "SubjectKind", "SubjectId", "FiscalYear", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringForms_UnitId_FiscalYear",
                table: "MonitoringForms",
                columns: new[] { "UnitId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringRounds_RegionId_FiscalYear_Month",
                table: "MonitoringRounds",
                columns: new[] { "RegionId", "FiscalYear", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonitoringFormIndicators");

            migrationBuilder.DropTable(
                name: "MonitoringForms");

            migrationBuilder.DropTable(
                name: "MonitoringRounds");
        }
    }
}
