using System.Globalization;
using BudgetExtract.Diagnostics;
using BudgetExtract.Geometry;

namespace BudgetExtract.Ocr.Recognition.Lexicon;

/// <summary>
/// The <c>ocr-lexicon</c> diagnostic: an OCR reading replaced by a lexicon term (or its first character by the
/// comparison sign its ink shows), so every correction can be traced.
/// </summary>
public static class LexiconDiagnostic
{
    public const string Code = "ocr-lexicon";

    public static Diagnostic Create(string read, string corrected, Box box, string by = "budget lexicon") =>
        new(Code, string.Create(CultureInfo.InvariantCulture,
            $"OCR read '{read}', corrected to '{corrected}' ({by}) at [{box.X0:0.#}, {box.Y0:0.#}, {box.X1:0.#}, {box.Y1:0.#}]"));
}
