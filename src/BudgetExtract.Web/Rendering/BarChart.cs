using System.Globalization;
using System.Text;

namespace BudgetExtract.Web.Rendering;

/// <summary>An inline SVG of horizontal bars around a zero line: increases to the right (red), decreases to the left (green).</summary>
internal static class BarChart
{
    public sealed record Bar(string Label, decimal Value);

    public static string Svg(IReadOnlyList<Bar> bars, string title)
    {
        if (bars.Count == 0) return "";
        // label | value text | negative bars | zero | positive bars | value text: text never overlaps a bar or the edge.
        const int labelWidth = 320, valueWidth = 110, halfBar = 220, rowHeight = 22, top = 24;
        var max = bars.Max(b => Math.Abs(b.Value));
        if (max == 0) max = 1;
        var zero = labelWidth + valueWidth + halfBar;
        var height = top + bars.Count * rowHeight + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{labelWidth + 2 * (valueWidth + halfBar)}\" height=\"{height}\" font-size=\"12\">");
        svg.Append("<title>").Append(Html.E(title)).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{zero}\" y1=\"{top - 4}\" x2=\"{zero}\" y2=\"{height - 4}\" stroke=\"#555\"/>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var width = (double)(Math.Abs(bar.Value) / max) * halfBar;
            var y = top + i * rowHeight;
            var x = bar.Value >= 0 ? zero : zero - width;
            var label = bar.Label.Length > 24 ? bar.Label[..23] + "…" : bar.Label;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 14}\" text-anchor=\"end\">{Html.E(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{(bar.Value >= 0 ? "inc" : "dec")}\" x=\"{x:0.#}\" y=\"{y + 3}\" width=\"{Math.Max(width, 1):0.#}\" height=\"{rowHeight - 6}\" fill=\"{(bar.Value >= 0 ? "#c0392b" : "#27ae60")}\"/>");
            var valueX = bar.Value >= 0 ? x + width + 4 : x - 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{valueX:0.#}\" y=\"{y + 14}\" text-anchor=\"{(bar.Value >= 0 ? "start" : "end")}\">{Html.E((bar.Value >= 0 ? "+" : "") + bar.Value.ToString("#,0.##", CultureInfo.InvariantCulture))}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
