using System.Globalization;
using System.Text;

namespace BudgetExtract.CorpusGen.Pdf;

/// <summary>
/// Content of one page, in top-left coordinates (y grows downward) like the rest of BudgetExtract;
/// converted to PDF's bottom-left user space as operators are written.
/// </summary>
internal sealed class PdfCanvas(double width, double height)
{
    private readonly StringBuilder _ops = new();

    public double Width { get; } = width;
    public double Height { get; } = height;

    /// <summary>Draws text with its baseline at <paramref name="baseline"/> in STSong-Light.</summary>
    public void Text(double x, double baseline, double size, string text)
    {
        if (text.Length == 0) return;
        _ops.Append("BT /F1 ").Append(N(size)).Append(" Tf ")
            .Append(N(x)).Append(' ').Append(N(Height - baseline)).Append(" Td <");
        foreach (var ch in text) _ops.Append(((int)ToGb1(ch)).ToString("X4", CultureInfo.InvariantCulture));
        _ops.Append("> Tj ET\n");
    }

    /// <summary>A stroked straight line.</summary>
    public void Line(double x0, double y0, double x1, double y1, double lineWidth)
    {
        _ops.Append(N(lineWidth)).Append(" w ")
            .Append(N(x0)).Append(' ').Append(N(Height - y0)).Append(" m ")
            .Append(N(x1)).Append(' ').Append(N(Height - y1)).Append(" l S\n");
    }

    /// <summary>A filled rectangle (top-left corner and size).</summary>
    public void FillRect(double x, double y, double w, double h)
    {
        _ops.Append(N(x)).Append(' ').Append(N(Height - y - h)).Append(' ')
            .Append(N(w)).Append(' ').Append(N(h)).Append(" re f\n");
    }

    public string Operators => _ops.ToString();

    /// <summary>UniGB-UCS2-H has no entry for U+00B7; its GB middle dot sits at U+30FB (and reads back as U+00B7).</summary>
    private static char ToGb1(char ch) => ch == '\u00B7' ? '\u30FB' : ch;

    private static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
