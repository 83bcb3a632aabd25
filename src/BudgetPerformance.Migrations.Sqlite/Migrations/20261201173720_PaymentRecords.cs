using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPerformance.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "ExecutionBatches",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "ThroughMonth",
                table: "ExecutionBatches",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "PaymentRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    VoucherNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Payee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FundSource = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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
