using System.Globalization;
using System.Text.Json;
using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Evaluation.Bench;
using BudgetExtract.Evaluation.Lines;
using BudgetExtract.Evaluation.Scoring;

namespace BudgetExtract.Cli.Commands;

/// <summary>
/// <c>budgetextract bench DIR</c>: extracts every PDF under DIR that has an expected file and prints, per document
/// and in total, row recall/precision, cell adjacency F1, the share of continued tables kept in one piece and
/// pages/second; line and indicator recall/precision where a line-level expected file exists; and the share of
/// classified tables whose reconciliation checks pass. With <c>--floors</c> / <c>--line-floors</c>, a document below
/// its floor is named on stderr and the exit code is 1. With <c>--reconcile</c>, every PDF is extracted (expected file
/// or not) and only the reconciliation is printed, per folder (city) and per document.
/// </summary>
public sealed class BenchCommand(BenchRunner runner, TextWriter stdout, TextWriter stderr)
{
    /// <summary>Exit code when a document scores below its floor.</summary>
    public const int BelowFloor = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<int> RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        settings.Validate();
        if (settings.Reconcile) return await ReconcileAsync(settings, cancellationToken).ConfigureAwait(false);
        var floors = settings.Floors is null ? null : Floors.Load(settings.Floors);
        var lineFloors = settings.LineFloors is null ? null : Floors.Load(settings.LineFloors);
        var report = await runner.RunAsync(settings.Directory, settings.Expected, cancellationToken).ConfigureAwait(false);
        if (!report.All.Any())
            throw new UsageException($"{settings.Directory}: no PDF with an expected file (looked for <name>.json in {settings.Expected ?? "a sibling 'expected' folder"})");

        var violations = (floors?.Check(report.All) ?? []).Concat(lineFloors?.Check(report.Lines) ?? []).ToList();
        if (settings.Json) stdout.WriteLine(JsonSerializer.Serialize(ToJson(report, violations), Json));
        else WriteText(report);
        foreach (var v in violations) stderr.WriteLine($"below floor: {v}");
        return violations.Count > 0 ? BelowFloor : ExitCodes.Ok;
    }

    private void WriteText(BenchReport report)
    {
        var width = Math.Max(13, report.All.Max(d => d.Name.Length));
        var columns = $"{"document".PadRight(width)}  pages  tables exp/got  row-R  row-P  adj-F1  1-piece  pages/s";
        if (report.Documents.Count > 0)
        {
            stdout.WriteLine(columns);
            foreach (var d in report.Documents.Append(report.Total)) stdout.WriteLine(Line(d, width));
        }
        if (report.Scanned.Count > 0)
        {
            // Scanned documents apart: OCR figures must not blur the text-layer ones. Numeric cells: exact,
            // wrong but flagged ocr-low-confidence, wrong and unflagged (the costly case), correct but flagged.
            if (report.Documents.Count > 0) stdout.WriteLine();
            stdout.WriteLine("scanned documents (OCR)");
            stdout.WriteLine($"{columns}  num exact  wrong-flag  wrong-UNFLAGGED  ok-flagged");
            foreach (var d in report.Scanned.Append(report.ScannedTotal)) stdout.WriteLine(Line(d, width) + NumbersColumns(d.Numbers));
            foreach (var d in report.Scanned)
            foreach (var miss in d.Numbers?.Wrong.Where(m => !m.Flagged) ?? [])
                stdout.WriteLine($"wrong and unflagged: {d.Name} page {miss.Page}: '{miss.Expected}' read as '{miss.Read}'");
        }
        if (report.Skipped.Count > 0) stdout.WriteLine($"{report.Skipped.Count} PDF(s) without an expected file skipped");
        if (report.Lines.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine($"{"document".PadRight(width)}  lines exp/got/right  line-R  line-P  indicators exp/got/right  ind-R  ind-P");
            foreach (var l in report.Lines.Append(report.LinesTotal)) stdout.WriteLine(LinesLine(l, width));
        }
        WriteReconciliation(report.Reconciliation, width);
    }

    private async Task<int> ReconcileAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        var scores = await runner.ReconcileAsync(settings.Directory, cancellationToken).ConfigureAwait(false);
        if (scores.Count == 0) throw new UsageException($"{settings.Directory}: no PDF found");
        if (settings.Json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(new
            {
                groups = ReconciliationScore.ByGroup(scores).Select(Reconciliation),
                documents = scores.Select(Reconciliation),
                total = Reconciliation(ReconciliationScore.Sum("total", scores)),
            }, Json));
            return ExitCodes.Ok;
        }
        var width = Math.Max(8, scores.Max(d => d.Name.Length));
        WriteReconciliation(scores, width);
        stdout.WriteLine();
        stdout.WriteLine("failed checks:");
        foreach (var s in scores)
            foreach (var f in s.Failures) stdout.WriteLine($"  {s.Group}/{s.Name}: {f}");
        return ExitCodes.Ok;
    }

    /// <summary>Per document, then per folder when there are several folders, then the total.</summary>
    private void WriteReconciliation(IReadOnlyList<ReconciliationScore> scores, int width)
    {
        if (scores.Count == 0) return;
        stdout.WriteLine();
        stdout.WriteLine($"{"document".PadRight(width)}  docs  tables classified/passing  pass-rate  checks run/failed");
        var groups = ReconciliationScore.ByGroup(scores);
        var rows = groups.Count > 1 ? scores.Concat(groups) : scores;
        foreach (var r in rows.Append(ReconciliationScore.Sum("total", scores))) stdout.WriteLine(ReconciliationLine(r, width));
    }

    private static string LinesLine(LineScore l, int width) => string.Create(CultureInfo.InvariantCulture,
        $"{l.Name.PadRight(width)}  {$"{l.LinesExpected}/{l.LinesExtracted}/{l.LinesRight}",19}  {l.LineRecall,6:0.000}  {l.LinePrecision,6:0.000}  {$"{l.IndicatorsExpected}/{l.IndicatorsExtracted}/{l.IndicatorsRight}",24}  {l.IndicatorRecall,5:0.000}  {l.IndicatorPrecision,5:0.000}");

    private static string ReconciliationLine(ReconciliationScore r, int width) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Name.PadRight(width)}  {r.Documents,4}  {$"{r.ClassifiedTables}/{r.TablesPassing}",25}  {r.PassRate,9:0.000}  {$"{r.ChecksRun}/{r.ChecksFailed}",17}");

    private static string Line(DocumentScore d, int width) => string.Create(CultureInfo.InvariantCulture,
        $"{d.Name.PadRight(width)}  {d.Pages,5}  {d.ExpectedTables,6}/{d.ExtractedTables,-7}  {d.RowRecall,5:0.000}  {d.RowPrecision,5:0.000}  {d.AdjacencyF1,6:0.000}  {OnePiece(d),7}  {d.PagesPerSecond,7:0.0}");

    private static string NumbersColumns(NumericCellScore? n) => n is null ? "" : string.Create(CultureInfo.InvariantCulture,
        $"  {$"{n.Exact}/{n.Cells}",9}  {n.WrongFlagged,10}  {n.WrongUnflagged,15}  {n.CorrectFlagged,10}");

    private static string OnePiece(DocumentScore d) => d.ContinuedTables == 0 ? "-" : $"{d.ContinuedInOnePiece}/{d.ContinuedTables}";

    private static object ToJson(BenchReport report, IReadOnlyList<FloorViolation> violations) => new
    {
        documents = report.Documents.Select(Metrics),
        total = Metrics(report.Total),
        scanned = new { documents = report.Scanned.Select(Metrics), total = Metrics(report.ScannedTotal) },
        skipped = report.Skipped,
        lines = report.Lines.Select(LineMetrics),
        linesTotal = LineMetrics(report.LinesTotal),
        reconciliation = report.Reconciliation.Select(Reconciliation),
        reconciliationTotal = Reconciliation(report.ReconciliationTotal),
        belowFloor = violations.Select(v => new { document = v.Document, metric = v.Metric, floor = v.Floor, actual = v.Actual }),
    };

    private static object LineMetrics(LineScore l) => new
    {
        name = l.Name,
        lineRecall = Math.Round(l.LineRecall, 4),
        linePrecision = Math.Round(l.LinePrecision, 4),
        indicatorRecall = Math.Round(l.IndicatorRecall, 4),
        indicatorPrecision = Math.Round(l.IndicatorPrecision, 4),
        counts = new { lines = new { expected = l.LinesExpected, extracted = l.LinesExtracted, right = l.LinesRight },
                       indicators = new { expected = l.IndicatorsExpected, extracted = l.IndicatorsExtracted, right = l.IndicatorsRight } },
        misses = l.Misses,
    };

    private static object Reconciliation(ReconciliationScore r) => new
    {
        name = r.Name,
        group = r.Group,
        documents = r.Documents,
        classifiedTables = r.ClassifiedTables,
        tablesPassing = r.TablesPassing,
        passRate = Math.Round(r.PassRate, 4),
        checksRun = r.ChecksRun,
        checksFailed = r.ChecksFailed,
        failures = r.Failures,
    };

    private static object Metrics(DocumentScore d) => new
    {
        name = d.Name,
        pages = d.Pages,
        seconds = Math.Round(d.Seconds, 3),
        pagesPerSecond = Math.Round(d.PagesPerSecond, 1),
        expectedTables = d.ExpectedTables,
        extractedTables = d.ExtractedTables,
        rowRecall = Math.Round(d.RowRecall, 4),
        rowPrecision = Math.Round(d.RowPrecision, 4),
        adjacencyRecall = Math.Round(d.AdjacencyRecall, 4),
        adjacencyPrecision = Math.Round(d.AdjacencyPrecision, 4),
        adjacencyF1 = Math.Round(d.AdjacencyF1, 4),
        continuedTables = d.ContinuedTables,
        continuedInOnePiece = d.ContinuedInOnePiece,
        onePiece = Math.Round(d.OnePiece, 4),
        numericCells = d.Numbers is not { } n ? null : new
        {
            cells = n.Cells, exact = n.Exact, exactShare = Math.Round(n.ExactShare, 4),
            wrongFlagged = n.WrongFlagged, wrongUnflagged = n.WrongUnflagged, correctFlagged = n.CorrectFlagged,
            wrong = n.Wrong.Select(m => new { page = m.Page, expected = m.Expected, read = m.Read, flagged = m.Flagged }),
        },
        counts = new { rows = new { expected = d.RowsExpected, extracted = d.RowsExtracted, matched = d.RowsMatched },
                       adjacencies = new { expected = d.AdjacenciesExpected, extracted = d.AdjacenciesExtracted, matched = d.AdjacenciesMatched } },
    };
}
