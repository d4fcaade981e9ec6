using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BudgetExtract.Geometry;
using BudgetExtract.Layout.Text;
using BudgetExtract.Ocr;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Pdf;
using BudgetExtract.Pdf.Model;
using BudgetExtract.Pdf.MuPdf;

namespace BudgetExtract.ScanGen;

/// <summary>One numeric word of the original's text layer and what OCR made of it.</summary>
public sealed record NumericCellResult(int Page, string Truth, string Read, Box Box, bool Exact, bool Flagged);

/// <summary>Totals of an evaluation: numeric cells exact, wrong-but-flagged, wrong-and-unflagged, time.</summary>
public sealed record EvaluationReport(IReadOnlyList<NumericCellResult> Cells, int Pages, double Seconds, double CpuSeconds, int Parallelism, int Flags, bool Verbose)
{
    public int Total => Cells.Count;
    public int Exact => Cells.Count(c => c.Exact);
    public int WrongFlagged => Cells.Count(c => !c.Exact && c.Flagged);
    public int WrongUnflagged => Cells.Count(c => !c.Exact && !c.Flagged);
    public int CorrectFlagged => Cells.Count(c => c.Exact && c.Flagged);

    public override string ToString()
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"numeric cells: {Total}, exact {Exact} ({Percent(Exact, Total)}), wrong+flagged {WrongFlagged}, wrong+unflagged {WrongUnflagged}, correct but flagged {CorrectFlagged}");
        s.AppendLine(CultureInfo.InvariantCulture, $"low-confidence diagnostics: {Flags}; pages {Pages}; {Seconds:0.0} s wall with {Parallelism} worker(s); CPU {CpuSeconds:0.0} s = {CpuSeconds / Math.Max(1, Pages):0.00} s/page/core");
        foreach (var c in Cells.Where(c => Verbose || !c.Exact))
            s.AppendLine(CultureInfo.InvariantCulture, $"  p{c.Page} {(c.Exact ? "ok " : "BAD")} {(c.Flagged ? "flagged" : "       ")} truth '{c.Truth}' read '{c.Read}' at [{c.Box.X0:0},{c.Box.Y0:0}]");
        return s.ToString();
    }

    private static string Percent(int a, int b) => b == 0 ? "n/a" : (100.0 * a / b).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}

/// <summary>Compares OCR of a scanned rendering with the text layer of the PDF it was made from.</summary>
public static partial class OcrEvaluation
{
    public static async Task<EvaluationReport> RunAsync(string original, string? pages, string scanned, OcrOptions options, bool verbose = false)
    {
        var truth = await new MuPdfEngine().ReadAsync(original, pages is null ? null : PageSelection.Parse(pages));
        using var engine = new OcrPdfEngine(new MuPdfEngine(), options);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var read = await engine.ReadAsync(scanned);
        var seconds = clock.Elapsed.TotalSeconds;
        // CPU time, not wall time: the machine is shared, and Tesseract runs in this process.
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        if (truth.Pages.Length != read.Pages.Length)
            throw new FormatException($"{scanned} has {read.Pages.Length} page(s) but {truth.Pages.Length} were selected from {original}");
        var cells = new List<NumericCellResult>();
        var flags = 0;
        for (var i = 0; i < truth.Pages.Length; i++)
        {
            var flagBoxes = FlagBoxes(read.Pages[i]);
            flags += flagBoxes.Count;
            cells.AddRange(Compare(truth.Pages[i], read.Pages[i], flagBoxes));
        }
        return new EvaluationReport(cells, read.Pages.Length, seconds, cpuSeconds, options.MaxParallelism, flags, verbose);
    }

    public static IEnumerable<NumericCellResult> Compare(PageContent truthPage, PageContent ocrPage, IReadOnlyList<Box> flagBoxes)
    {
        var builder = new BaselineBandLineBuilder();
        var ocrWords = builder.Build(ocrPage).SelectMany(l => l.Words).ToList();
        // Page numbers ("- 13 -") are furniture, not table cells.
        foreach (var word in builder.Build(truthPage).Where(l => !PageNumber().IsMatch(l.Text)).SelectMany(l => l.Words))
        {
            if (!word.Text.Any(char.IsAsciiDigit) || !NumberText.IsWellFormed(word.Text)) continue;
            var box = word.Box;
            var best = ocrWords.Select(o => (Word: o, Area: Overlap(o.Box, box))).Where(o => o.Area > 0).OrderByDescending(o => o.Area).FirstOrDefault();
            var text = best.Word?.Text ?? "";
            var flagged = flagBoxes.Any(f => Overlap(f, box) > 0);
            yield return new NumericCellResult(truthPage.Number, word.Text, text, box, NumberText.Normalize(text) == word.Text, flagged);
        }
    }

    /// <summary>Boxes of the page's <c>ocr-low-confidence</c> diagnostics (the message names the box).</summary>
    public static List<Box> FlagBoxes(PageContent page) =>
        [.. page.Diagnostics.Select(d => LowConfidenceDiagnostic.TryGetBox(d, out var box) ? box : (Box?)null).OfType<Box>()];

    private static double Overlap(Box a, Box b) =>
        Math.Max(0, Math.Min(a.X1, b.X1) - Math.Max(a.X0, b.X0)) * Math.Max(0, Math.Min(a.Y1, b.Y1) - Math.Max(a.Y0, b.Y0));

    [GeneratedRegex(@"^[-—\s第页]*\d+[-—\s第页]*$")]
    private static partial Regex PageNumber();
}
