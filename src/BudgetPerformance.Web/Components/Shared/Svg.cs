using System.Globalization;
using System.Net;
using System.Text;

namespace BudgetPerformance.Web.Components.Shared;

/// <summary>A small SVG writer for the charts (every text HTML-encoded, numbers invariant).</summary>
internal sealed class Svg
{
    private readonly StringBuilder _out = new();

    public Svg(double width, double height, string? label) =>
        _out.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {N(width)} {N(height)}\" width=\"100%\" role=\"img\" aria-label=\"{E(label ?? string.Empty)}\">");

    public void Text(double x, double y, string text, string anchor = "start", int size = 12, string? fill = null) =>
        _out.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" dominant-baseline=\"middle\" font-size=\"{size}\"{(fill is null ? string.Empty : $" fill=\"{fill}\"")}>{E(text)}</text>");

    public void Rect(double x, double y, double width, double height, string fill, string title) =>
        _out.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, width))}\" height=\"{N(height)}\" rx=\"2\" fill=\"{fill}\"><title>{E(title)}</title></rect>");

    public void Line(double x1, double y1, double x2, double y2, string stroke, bool dashed = false) =>
        _out.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{stroke}\" stroke-width=\"1.5\"{(dashed ? " stroke-dasharray=\"4 3\"" : string.Empty)} />");

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, bool dashed) =>
        _out.Append(CultureInfo.InvariantCulture,
            $"<polyline points=\"{string.Join(" ", points.Select(p => $"{N(p.X)},{N(p.Y)}"))}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"2\"{(dashed ? " stroke-dasharray=\"5 4\"" : string.Empty)} />");

    public void Circle(double x, double y, double r, string fill, string title) =>
        _out.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\" fill=\"{fill}\"><title>{E(title)}</title></circle>");

    public override string ToString() => _out + "</svg>";

    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
