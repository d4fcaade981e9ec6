using System.Collections.Immutable;
using BudgetExtract.Contract;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Extraction.Writers;

/// <summary>Maps an extracted document onto the JSON output contract.</summary>
public static class ResultMapper
{
    public static ExtractionResult ToResult(ExtractedDocument document) => new(
        new SourceInfo(Path.GetFileName(document.File), document.Sha256, document.PageCount),
        DocumentInfo.Unknown,
        [.. document.Tables.Select(ToRecord)],
        [],
        [],
        [],
        [.. document.Diagnostics.Select(d => new DiagnosticRecord(d.Code, d.Message, d.Page))]);

    public static TableRecord ToRecord(Table table) => new(
        table.Number,
        table.Title,
        table.Unit,
        null,
        table.Pages,
        table.HeaderRows(),
        table.BodyRows(),
        [.. table.Cells.Select(c => new CellRecord(c.Row, c.Col, c.RowSpan, c.ColSpan, c.Header, c.Text, c.Page, c.Box.ToArray()))],
        table.Notes);
}
