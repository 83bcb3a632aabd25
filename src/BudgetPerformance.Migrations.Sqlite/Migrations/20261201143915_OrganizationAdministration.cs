using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPerformance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrganizationAdministration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Experts_PoolId",
                table: "Experts");

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "Organizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedReason",
                table: "Organizations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsClosed",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Qualification",
                table: "Organizations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Organizations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "Experts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedReason",
                table: "Experts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "Experts",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "EmployerOrganizationId",
                table: "Experts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsClosed",
                table: "Experts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Experts",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Experts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "DeclaredRelations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartyKind = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DeclaredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeclaredByUserId = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclaredRelations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclaredRelations_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeclaredRelations_Users_DeclaredByUserId",
                        column: x => x.DeclaredByUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_EmployerOrganizationId",
                table: "Experts",
                column: "EmployerOrganizationId");

            // Experts stored before 专家编号 existed get one from their identity, so the unique index holds.
            migrationBuilder.Sql("UPDATE \"Experts\" SET \"Code\" = 'ZJ' || CAST(\"Id\" AS TEXT) WHERE \"Code\" = '';");

            migrationBuilder.CreateIndex(
                name: "IX_Experts_PoolId_Code",
                table: "Experts",
                columns: new[] { "PoolId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeclaredRelations_DeclaredByUserId",
                table: "DeclaredRelations",
                column: "DeclaredByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclaredRelations_OrganizationId",
                table: "DeclaredRelations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclaredRelations_PartyKind_PartyId",
                table: "DeclaredRelations",
                columns: new[] { "PartyKind", "PartyId" });

            migrationBuilder.AddForeignKey(
                name: "FK_Experts_Organizations_EmployerOrganizationId",
                table: "Experts",
                column: "EmployerOrganizationId",
                principalTable: "Organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Experts_Organizations_EmployerOrganizationId",
                table: "Experts");

            migrationBuilder.DropTable(
                name: "DeclaredRelations");

            migrationBuilder.DropIndex(
                name: "IX_Experts_EmployerOrganizationId",
                table: "Experts");

            migrationBuilder.DropIndex(
                name: "IX_Experts_PoolId_Code",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ClosedReason",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "IsClosed",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Qualification",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "ClosedReason",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "EmployerOrganizationId",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "IsClosed",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Experts");

            migrationBuilder.CreateIndex(
                name: "IX_Experts_PoolId",
                table: "Experts",
                column: "PoolId");
        }
    }
}
