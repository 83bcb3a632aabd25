using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BudgetPerformance.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RealTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DueFrom",
                table: "TargetIndicators",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueUntil",
                table: "TargetIndicators",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReadingNotes",
                table: "TargetIndicators",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Written",
                table: "TargetIndicators",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LibraryDecidedAt",
                table: "Projects",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LibraryStatus",
                table: "Projects",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ProposedAt",
                table: "Projects",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DueFrom",
                table: "TargetIndicators");

            migrationBuilder.DropColumn(
                name: "DueUntil",
                table: "TargetIndicators");

            migrationBuilder.DropColumn(
                name: "ReadingNotes",
                table: "TargetIndicators");

            migrationBuilder.DropColumn(
                name: "Written",
                table: "TargetIndicators");

            migrationBuilder.DropColumn(
                name: "LibraryDecidedAt",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "LibraryStatus",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "ProposedAt",
                table: "Projects");
        }
    }
}
