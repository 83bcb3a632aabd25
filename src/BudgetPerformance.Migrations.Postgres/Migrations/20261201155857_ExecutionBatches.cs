using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BudgetPerformance.Migrations.Postgres.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionId = table.Column<long>(type: "bigint", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    SourceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentChecksum = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RowCount = table.Column<int>(type: "integer", nullable: false),
                    TotalFen = table.Column<long>(type: "bigint", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedByUserId = table.Column<long>(type: "bigint", nullable: true),
                    ImportedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RolledBackAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RolledBackBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    RollbackReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    ProjectId = table.Column<long>(type: "bigint", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    ExecutedFen = table.Column<long>(type: "bigint", nullable: false)
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
