using System.Collections.Immutable;
using BudgetExtract.Contract;
using BudgetExtract.Normalize.Checks;
using BudgetExtract.Normalize.Documents;
using BudgetExtract.Normalize.Indicators;
using BudgetExtract.Normalize.Kinds;
using BudgetExtract.Normalize.Lines;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Normalize;

/// <summary>
/// The normalizer for Chinese government budget documents (DESIGN.md §6): recognizes table kinds by title and header,
/// reads amount tables into budget lines (codes or numbered names, levels, budget units, amounts in yuan), performance
/// tables into indicators, and reconciles every classified table.
/// </summary>
public sealed class BudgetDocumentNormalizer : IDocumentNormalizer
{
    public NormalizedDocument Normalize(NormalizeInput input)
    {
        var kinds = input.Tables.Select(TableKindClassifier.Classify).ToImmutableArray();
        var ledgers = new List<Ledger>();
        var indicators = ImmutableArray.CreateBuilder<IndicatorRecord>();
        var documentUnit = DocumentUnit(input.Tables);
        var indents = new TextIndents(input.Pages);
        for (var i = 0; i < input.Tables.Length; i++)
        {
            var kind = kinds[i];
            if (kind is null) continue;
            if (TableKind.IsIndicatorKind(kind)) indicators.AddRange(IndicatorReader.Read(i, input.Tables[i], kind));
            else ledgers.AddRange(LedgerReader.Read(i, input.Tables[i], kind, documentUnit, indents));
        }

        var tally = new CheckTally();
        ReconciliationChecker.Check(ledgers, tally);
        var stats = kinds.Select((k, i) => (k, i)).Where(x => x.k is not null)
            .Select(x => { var (run, failed) = tally.For(x.i); return new TableCheckStats(x.i, x.k!, run, failed); })
            .ToImmutableArray();

        return new NormalizedDocument(
            DocumentInfoReader.Read(input.FileName, input.TitleLines, input.Tables),
            kinds,
            [.. ledgers.SelectMany(ToLines)],
            indicators.ToImmutable(),
            [.. tally.Failures],
            new CheckSummary(stats));
    }

    /// <summary>
    /// The unit most tables of the document print (ties: the first printed). A table whose 单位：万元 line was not
    /// kept with it (Jiangsu 2018 政协 公开01表) takes it instead of defaulting to yuan.
    /// </summary>
    private static string? DocumentUnit(ImmutableArray<Tables.Model.Table> tables) =>
        tables.Select(LedgerReader.UnitOf).Where(u => u is not null).GroupBy(u => u).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    private static IEnumerable<BudgetLineRecord> ToLines(Ledger ledger) =>
        from row in ledger.Rows
        from cell in row.Cells
        where !cell.Borrowed
        select new BudgetLineRecord(ledger.Table, row.Classification, row.Code, row.Name, row.Level, row.Parent, row.Unit,
            cell.Column, cell.Amount.Value, cell.Text, cell.Page, row.Side);
}
