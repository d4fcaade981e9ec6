using System.Text.Json;
using BudgetExtract.Diagnostics;
using BudgetExtract.Evaluation.Lines;
using BudgetExtract.Evaluation.Scoring;

namespace BudgetExtract.Evaluation.Bench;

/// <summary>The lowest scores a document may have. Null members are not checked.</summary>
/// <param name="NumericExact">Scanned documents: least share of numeric cells read exactly.</param>
/// <param name="WrongUnflagged">Scanned documents: most numeric cells read wrong without an ocr-low-confidence flag (a ceiling, not a floor).</param>
public sealed record Floor(double? AdjacencyF1 = null, double? RowRecall = null, double? RowPrecision = null, double? OnePiece = null,
    double? NumericExact = null, int? WrongUnflagged = null,
    double? LineRecall = null, double? LinePrecision = null, double? IndicatorRecall = null, double? IndicatorPrecision = null);

/// <summary>A document below one of its floors.</summary>
public sealed record FloorViolation(string Document, string Metric, double Floor, double Actual, bool Ceiling = false)
{
    public override string ToString() => Ceiling
        ? $"{Document}: {Metric} {Actual:0} is above its ceiling {Floor:0}"
        : $"{Document}: {Metric} {Actual:0.000} is below its floor {Floor:0.000}";
}

/// <summary>
/// Per-document floors, from JSON: {"default": {…}, "documents": {"name": {"adjacencyF1": 0.9, "rowRecall": 0.8,
/// "rowPrecision": 0.8, "onePiece": 1}}}; line-level floors (corpus/line-floors.json) use "lineRecall", "linePrecision",
/// "indicatorRecall", "indicatorPrecision". A document not listed gets the default (none when absent).
/// </summary>
public sealed record Floors(Floor? Default, IReadOnlyDictionary<string, Floor> Documents)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static Floors Load(string path)
    {
        try
        {
            var floors = JsonSerializer.Deserialize<Floors>(File.ReadAllBytes(path), Json);
            return floors is null ? throw new InputException(path, "empty floors file")
                : floors with { Documents = floors.Documents ?? new Dictionary<string, Floor>() };
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"not a valid floors file ({e.Message})", e);
        }
        catch (IOException e)
        {
            throw new InputException(path, $"cannot read ({e.Message})", e);
        }
    }

    public IReadOnlyList<FloorViolation> Check(IEnumerable<DocumentScore> scores)
    {
        var violations = new List<FloorViolation>();
        foreach (var score in scores)
        {
            var floor = Documents.TryGetValue(score.Name, out var f) ? f : Default;
            if (floor is null) continue;
            Below("adjacencyF1", floor.AdjacencyF1, score.AdjacencyF1);
            Below("rowRecall", floor.RowRecall, score.RowRecall);
            Below("rowPrecision", floor.RowPrecision, score.RowPrecision);
            Below("onePiece", floor.OnePiece, score.OnePiece);
            if (score.Numbers is { } numbers)
            {
                Below("numericExact", floor.NumericExact, numbers.ExactShare);
                if (floor.WrongUnflagged is { } most && numbers.WrongUnflagged > most)
                    violations.Add(new FloorViolation(score.Name, "wrongUnflagged", most, numbers.WrongUnflagged, Ceiling: true));
            }

            void Below(string metric, double? min, double actual) => Add(violations, score.Name, metric, min, actual);
        }
        return violations;
    }

    public IReadOnlyList<FloorViolation> Check(IEnumerable<LineScore> scores)
    {
        var violations = new List<FloorViolation>();
        foreach (var score in scores)
        {
            var floor = Documents.TryGetValue(score.Name, out var f) ? f : Default;
            if (floor is null) continue;
            Add(violations, score.Name, "lineRecall", floor.LineRecall, score.LineRecall);
            Add(violations, score.Name, "linePrecision", floor.LinePrecision, score.LinePrecision);
            Add(violations, score.Name, "indicatorRecall", floor.IndicatorRecall, score.IndicatorRecall);
            Add(violations, score.Name, "indicatorPrecision", floor.IndicatorPrecision, score.IndicatorPrecision);
        }
        return violations;
    }

    private static void Add(List<FloorViolation> violations, string document, string metric, double? min, double actual)
    {
        // A small tolerance: a floor recorded as a rounded score must not fail on the unrounded one.
        if (min is { } m && actual < m - 1e-9) violations.Add(new FloorViolation(document, metric, m, actual));
    }
}
