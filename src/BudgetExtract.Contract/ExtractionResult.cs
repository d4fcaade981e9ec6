using System.Collections.Immutable;

namespace BudgetExtract.Contract;

// The JSON output contract of `budgetextract extract --format json` (DESIGN.md §5).
// Outside tools parse it: members may be added, never renamed or removed.

/// <summary>The whole result for one document.</summary>
public sealed record ExtractionResult(
    SourceInfo Source,
    DocumentInfo Document,
    ImmutableArray<TableRecord> Tables,
    ImmutableArray<BudgetLineRecord> Lines,
    ImmutableArray<IndicatorRecord> Indicators,
    ImmutableArray<CheckRecord> Checks,
    ImmutableArray<DiagnosticRecord> Diagnostics);

public sealed record SourceInfo(string File, string Sha256, int Pages);

public sealed record DocumentInfo(string? Region, string? Department, int? Year, string? Kind)
{
    public static readonly DocumentInfo Unknown = new(null, null, null, null);
}

public sealed record TableRecord(
    string? Number,
    string? Title,
    string? Unit,
    string? Kind,
    ImmutableArray<int> Pages,
    ImmutableArray<ImmutableArray<string>> Header,
    ImmutableArray<ImmutableArray<string>> Rows,
    ImmutableArray<CellRecord> Cells,
    ImmutableArray<string> Notes);

public sealed record CellRecord(int Row, int Col, int RowSpan, int ColSpan, bool Header, string Text, int Page, double[] Bbox);

public sealed record BudgetLineRecord(
    int Table,
    string? Classification,
    string? Code,
    string? Name,
    int? Level,
    string? Parent,
    string? Unit,
    string Column,
    decimal? Amount,
    string Text,
    int Page,
    string? Side = null);

public sealed record IndicatorTarget(string Text, string? Op, decimal? Value, string? Unit);

public sealed record IndicatorRecord(
    int Table,
    string? Project,
    string? Level1,
    string? Level2,
    string? Level3,
    IndicatorTarget? Target,
    IndicatorTarget? Actual,
    decimal? Weight,
    decimal? Score,
    string? Note,
    int Page,
    IndicatorTarget? BeforeLastYear = null,
    IndicatorTarget? LastYear = null);

public sealed record CheckRecord(
    string Code,
    int? Table,
    string? Subject,
    string? Column,
    decimal? Expected,
    decimal? Found,
    int? Page,
    string? Message = null);

/// <summary>Extension of the contract: what went wrong while reading, with a code and a location.</summary>
public sealed record DiagnosticRecord(string Code, string Message, int? Page);
