using System.Collections.Immutable;
using BudgetExtract.Contract;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Extraction.Writers;

/// <summary>Maps an extracted document onto the JSON output contract.</summary>
public static class ResultMapper
{
    public static ExtractionResult ToResult(ExtractedDocument document)
    {
        var normalized = document.Normalized;
        string? KindOf(int i) => normalized is not null && i < normalized.Kinds.Length ? normalized.Kinds[i] : null;
        return new(
            new SourceInfo(Path.GetFileName(document.File), document.Sha256, document.PageCount),
            normalized?.Document ?? DocumentInfo.Unknown,
            [.. document.Tables.Select((t, i) => ToRecord(t, KindOf(i)))],
            normalized?.Lines ?? [],
            normalized?.Indicators ?? [],
            normalized?.Checks ?? [],
            [.. document.Diagnostics.Select(d => new DiagnosticRecord(d.Code, d.Message, d.Page))]);
    }

    public static TableRecord ToRecord(Table table) => ToRecord(table, null);

    public static TableRecord ToRecord(Table table, string? kind) => new(
        table.Number,
        table.Title,
        table.Unit,
        kind,
        table.Pages,
        table.HeaderRows(),
        table.BodyRows(),
        [.. table.Cells.Select(c => new CellRecord(c.Row, c.Col, c.RowSpan, c.ColSpan, c.Header, c.Text, c.Page, c.Box.ToArray()))],
        table.Notes);
}
