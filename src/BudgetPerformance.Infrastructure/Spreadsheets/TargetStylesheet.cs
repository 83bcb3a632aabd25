using BudgetPerformance.Application.Targets.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>The cell formats used by the written form; the constants are indexes into <c>cellXfs</c>.</summary>
internal static class TargetStylesheet
{
    public const uint Default = 0;
    public const uint Title = 1;
    public const uint Subtitle = 2;
    public const uint Unit = 3;

    /// <summary>Bordered, centred, wrapped: labels, level names, values and weights.</summary>
    public const uint Boxed = 4;

    /// <summary>Bordered, left-aligned, wrapped: field values, indicator names, standards.</summary>
    public const uint BoxedLeft = 5;

    /// <summary>Bordered, bold, centred: the indicator table header.</summary>
    public const uint Header = 6;

    /// <summary>Bordered, left/top-aligned, wrapped: the goal paragraphs.</summary>
    public const uint Goal = 7;

    private const string FontName = "宋体";

    // GB2312 character set, so Excel picks a Chinese font when 宋体 is missing.
    private const int ChineseCharset = 134;

    /// <summary>Builds the stylesheet (fonts, borders and the eight cell formats above).</summary>
    public static Stylesheet Create()
    {
        var fonts = new Fonts(Font(11, bold: false), Font(18, bold: true), Font(12, bold: false), Font(11, bold: true))
        {
            Count = 4,
        };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        {
            Count = 2,
        };
        var borders = new Borders(new Border(), ThinBorder()) { Count = 2 };
        var styleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 })
        {
            Count = 1,
        };
        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Format(font: 1, border: 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: false),
            Format(font: 2, border: 0, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: false),
            Format(font: 0, border: 0, HorizontalAlignmentValues.Right, VerticalAlignmentValues.Center, wrap: false),
            Format(font: 0, border: 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: true),
            Format(font: 0, border: 1, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Center, wrap: true),
            Format(font: 3, border: 1, HorizontalAlignmentValues.Center, VerticalAlignmentValues.Center, wrap: true),
            Format(font: 0, border: 1, HorizontalAlignmentValues.Left, VerticalAlignmentValues.Top, wrap: true))
        {
            Count = 8,
        };
        var cellStyles = new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 };
        return new Stylesheet(fonts, fills, borders, styleFormats, cellFormats, cellStyles);
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(
            new FontSize { Val = size },
            new FontName { Val = FontName },
            new FontFamilyNumbering { Val = 3 },
            new FontCharSet { Val = ChineseCharset });
        return font;
    }

    private static Border ThinBorder() => new(
        new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
        new DiagonalBorder());

    private static CellFormat Format(
        uint font, uint border, HorizontalAlignmentValues horizontal, VerticalAlignmentValues vertical, bool wrap) =>
        new(new Alignment { Horizontal = horizontal, Vertical = vertical, WrapText = wrap ? true : null })
        {
            NumberFormatId = 0,
            FontId = font,
            FillId = 0,
            BorderId = border,
            FormatId = 0,
            ApplyFont = font != 0 ? true : null,
            ApplyBorder = border != 0 ? true : null,
            ApplyAlignment = true,
        };
}
