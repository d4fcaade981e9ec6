using System.Text.RegularExpressions;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// Items numbered 1. 2. 3. down one column of a ruled table (a 收支总表's 1.一般公共预算拨款 … 5.其他收入) whose number a noisy
/// scan misread: the dot lost (1事业收入, 5其他收入) or the 1 read as a letter (I一般公共预算拨款). The column decides: when at
/// least two of its items are read with one separator (.), a one-digit item read without any takes it; and in a run of
/// items one under the other numbered in order, a 1-like letter where the run says 1 is that 1.
/// </summary>
internal static partial class NumberedItems
{
    /// <summary>Items read with a separator that must agree on it before the others take it.</summary>
    private const int MinWithSeparator = 2;

    /// <summary>Cells of one column start within this many pixels, and cells one under the other are this close
    /// (as <see cref="BracketedOrdinals"/>).</summary>
    private const int ColumnTolerance = 12;

    /// <summary>The corrected texts of <paramref name="cells"/> (all the read cells of one grid), by index; each starts with
    /// the item's number and separator (two characters). Empty when nothing is to change.</summary>
    public static IReadOnlyDictionary<int, string> Correct(IReadOnlyList<OrdinalHeadings.Cell> cells)
    {
        var corrections = new Dictionary<int, string>();
        var items = cells.Select((c, i) => (Cell: c, Index: i, Match: Item().Match(c.Text))).Where(x => x.Match.Success).ToList();
        foreach (var column in items.GroupBy(x => x.Cell.Box.X0 / ColumnTolerance))
        {
            var separators = column.Select(x => x.Match.Groups["separator"].Value).Where(s => s.Length > 0).GroupBy(s => s)
                .Select(g => (Separator: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
            // One separator the column's items agree on: a column mixing 1. and 1、 says nothing.
            if (separators is not [var (separator, count), ..] || count < MinWithSeparator || separators.Count > 1) continue;
            var ordered = column.OrderBy(x => x.Cell.Box.Y0).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var match = ordered[i].Match;
                var number = match.Groups["number"].Value[0];
                if (!char.IsAsciiDigit(number)) number = IsOne(ordered, i) ? '1' : number;
                if (!char.IsAsciiDigit(number) || number == '0') continue;
                if (number == match.Groups["number"].Value[0] && match.Groups["separator"].Length > 0) continue;
                corrections[ordered[i].Index] = $"{number}{separator}{match.Groups["rest"].Value}";
            }
        }
        return corrections;
    }

    /// <summary>The item at <paramref name="i"/> reads a 1-like letter and the item right under it is numbered 2.</summary>
    private static bool IsOne(List<(OrdinalHeadings.Cell Cell, int Index, Match Match)> column, int i) =>
        i + 1 < column.Count && column[i + 1].Cell.Box.Y0 - column[i].Cell.Box.Y1 <= ColumnTolerance
                             && column[i + 1].Match.Groups["number"].Value == "2";

    /// <summary>A one-character item number (a digit, or a letter a 1 is misread as), a separator or none, and at least
    /// two characters of text starting with a Chinese one.</summary>
    [GeneratedRegex(@"^(?<number>[1-9Il|])(?<separator>[.．、]?)(?<rest>\p{IsCJKUnifiedIdeographs}.+)$")]
    private static partial Regex Item();
}
