using System.Globalization;
using System.Text.RegularExpressions;
using BudgetExtract.Diagnostics;
using BudgetExtract.Geometry;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// The <c>ocr-low-confidence</c> diagnostic: a doubtful reading and where it is on the page (points). Made and
/// parsed here, so that consumers (bench, ScanGen eval) find the box the same way it was written.
/// </summary>
public static partial class LowConfidenceDiagnostic
{
    public const string Code = "ocr-low-confidence";

    public static Diagnostic Create(string text, Box box, string problem, int? page = null) =>
        new(Code, string.Create(CultureInfo.InvariantCulture,
            $"OCR read '{text}' at [{box.X0:0.#}, {box.Y0:0.#}, {box.X1:0.#}, {box.Y1:0.#}] with low confidence ({problem})"), page);

    /// <summary>The box a low-confidence diagnostic names; false for any other diagnostic.</summary>
    public static bool TryGetBox(Diagnostic diagnostic, out Box box)
    {
        box = default;
        if (diagnostic.Code != Code) return false;
        var m = BoxPattern().Match(diagnostic.Message);
        if (!m.Success) return false;
        box = new Box(D(m.Groups[1].Value), D(m.Groups[2].Value), D(m.Groups[3].Value), D(m.Groups[4].Value));
        return true;
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"at \[([\d.]+), ([\d.]+), ([\d.]+), ([\d.]+)\]")]
    private static partial Regex BoxPattern();
}
