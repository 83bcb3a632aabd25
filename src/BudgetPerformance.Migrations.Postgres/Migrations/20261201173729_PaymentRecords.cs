using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BudgetPerformance.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PaymentRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "ExecutionBatches",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "ExecutionBatches",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "ThroughMonth",
                table: "ExecutionBatches",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "PaymentRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BatchId = table.Column<long>(type: "bigint", nullable: false),
                    ProjectId = table.Column<long>(type: "bigint", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    VoucherNo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Payee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FundSource = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentRecords_ExecutionBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "ExecutionBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaymentRecords_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionBatches_RegionId_FiscalYear_ExternalId",
                table: "ExecutionBatches",
                columns: new[] { "RegionId", "FiscalYear", "ExternalId" },
                unique: true,
                filter: "\"RolledBackAt\" IS NULL AND \"ExternalId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentRecords_BatchId",
                table: "PaymentRecords",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentRecords_FiscalYear_ProjectId_Month",
                table: "PaymentRecords",
                columns: new[] { "FiscalYear", "ProjectId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentRecords_ProjectId",
                table: "PaymentRecords",
                column: "ProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaymentRecords");

            migrationBuilder.DropIndex(
                name: "IX_ExecutionBatches_RegionId_FiscalYear_ExternalId",
                table: "ExecutionBatches");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "ExecutionBatches");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ExecutionBatches");

            migrationBuilder.DropColumn(
                name: "ThroughMonth",
                table: "ExecutionBatches");
        }
    }
}
