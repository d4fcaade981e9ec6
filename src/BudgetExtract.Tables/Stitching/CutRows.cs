using BudgetExtract.Geometry;
using BudgetExtract.Tables.Model;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Stitching;

/// <summary>Whether a continuation's first row is the rest of the previous page's last row, cut by the page break.</summary>
internal static partial class CutRows
{
    /// <summary>The last line of a cell cut mid-text ends less than this many points before the cell's right (and bottom) edge.</summary>
    private const double CutSlack = 15;

    /// <summary>
    /// Under a cell's text cut by the page break there is less room than this many lines of it: a browser ends the
    /// row's fragment at the page's foot, a line and its padding below the last line that fitted.
    /// </summary>
    private const double BottomLines = 2;

    /// <summary>A lone text cell is taken for cut only when it is this long (a paragraph, not a label).</summary>
    private const int MinCutTextLength = 20;

    /// <summary>Words this many times as tall as the part's shortest cell text are on two lines or more.</summary>
    private const double MultiLineRatio = 1.8;

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。；;！!？?");

    /// <summary>The box of each cell's words on the previous part, and the height of one line of its text.</summary>
    internal sealed record PartWords(IReadOnlyDictionary<(Box Cell, string Text), Box> Words, bool Ruled, double LineHeight)
    {
        public static readonly PartWords None = new(new Dictionary<(Box, string), Box>(), false, 0);

        public static PartWords Of(Fragment part)
        {
            var words = part.Cells.Where(c => c.Content is not null).GroupBy(c => (c.Box, c.Text)).ToDictionary(g => g.Key, g => g.First().Content!.Value);
            // Most tables hold some one-line cell: the shortest cell text is one line high. Texts with a Chinese
            // character say it: OCR boxes a number by its digits' ink, half a line high (8.8% 6.5 pt beside 有效缓解 12.5
            // pt on a 1-bit scan), and every one-line label beside it would count as two lines.
            var chinese = words.Where(w => w.Key.Text.Any(Cells.CellText.IsCjk)).Select(w => w.Value.Height).ToList();
            var lineHeight = chinese.Count > 0 ? chinese.Min() : words.Count == 0 ? 0 : words.Values.Min(b => b.Height);
            return new PartWords(words, part.Ruled, lineHeight);
        }
    }

    /// <summary>
    /// A row cut by the page break: the continuation's first row holds no values, only text under cells of the
    /// previous row that have text, and leaves empty some cells the previous row filled. Where the words' own
    /// box is known (unruled), each cell it goes on from was cut mid-text, so its words fill the cell's width:
    /// a short target (稳步拓展) above the next row's text ends its row.
    /// </summary>
    public static bool ContinuesPreviousRow(List<TableCell> partCells, int firstRow, List<List<TableCell>> rows, PartWords previousWords)
    {
        if (rows.Count == 0) return false;
        var previous = rows[^1];
        var first = partCells.Where(c => c.Row == firstRow).ToList();
        var filled = first.Where(c => c.Text.Length > 0).ToList();
        // Values (amounts, codes, targets such as 2家 or ≥4场, dates such as 2023年12月31日前) start rows; a cut cell
        // goes on with words.
        if (filled.Count == 0 || filled.Any(c => Cells.CellValues.IsValueLike(c.Text) || DatePattern().IsMatch(c.Text))) return false;
        // A numbered item (廿一、… / 3. … / （二）…) starts a row of its own.
        if (filled.Any(c => Cells.CellText.IsEnumerated(c.Text))) return false;
        TableCell? Above(int col) => previous.FirstOrDefault(p => p.Col <= col && p.Col + p.ColSpan > col && p.Text.Length > 0);
        if (!filled.All(c => Above(c.Col) is { } above && WasCut(above))) return false;
        // An amount or a number is never cut mid-way: text under one (每月 50 篇 under 0) is the next row's; only its unit
        // may go on (2020 / 年).
        if (filled.Any(c => Cells.CellValues.IsData(Above(c.Col)!.Text) && !IsUnitTail(c.Text))) return false;
        // Several cells of long text running down to the page's last line, each going on below: one row of long
        // texts cut (a one-line label beside a long text is not cut).
        return first.Any(c => c.Text.Length == 0 && Above(c.Col) is not null)
               || filled.Count >= 2 && filled.All(c => SameCell(Above(c.Col)!, c) && RunsToBottom(Above(c.Col)!))
               || filled.Count == 1 && Above(filled[0].Col) is { } only && CutMidSentence(only, filled[0]);

        // One long text across the row, filling its cell to the bottom right and stopping mid-sentence: the same
        // cell goes on under the next page's header.
        bool CutMidSentence(TableCell above, TableCell below) =>
            SameCell(above, below) && above.Text.Length >= MinCutTextLength
            && !SentenceEnds.Contains(above.Text[^1]) && RunsToBottom(above)
            && previousWords.Words[(above.Box, above.Text)].X1 >= above.Box.X1 - CutSlack;

        // The cell below goes on with the same columns (a row of headings under one wide text is a new row).
        static bool SameCell(TableCell above, TableCell below) => above.Col == below.Col && above.ColSpan == below.ColSpan;

        bool RunsToBottom(TableCell cell) =>
            previousWords.Words.TryGetValue((cell.Box, cell.Text), out var words)
            && words.Height >= MultiLineRatio * previousWords.LineHeight
            && (words.Y1 >= cell.Box.Y1 - CutSlack || words.Y1 >= cell.Box.Y1 - BottomLines * previousWords.LineHeight && StopsMidText(cell));

        // A long text stopping short of a sentence's end: cut, though a browser left a line's room under it.
        static bool StopsMidText(TableCell cell) => cell.Text.Length >= MinCutTextLength && !SentenceEnds.Contains(cell.Text[^1]);

        // A ruled cell's last line may stop a character short (a comma never starts a line: 整合资 / 源，): only
        // unruled cells, whose boxes are the gutters, are held to their width.
        bool WasCut(TableCell cell) =>
            !previousWords.Words.TryGetValue((cell.Box, cell.Text), out var words) || previousWords.Ruled || words.X1 >= cell.Box.X1 - CutSlack;
    }

    /// <summary>One or two Chinese characters (年, 万元, 家): the unit of a number cut from it.</summary>
    private static bool IsUnitTail(string text) => text.Trim() is { Length: >= 1 and <= 2 } t && t.All(Cells.CellText.IsCjk);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}[-./]\d{1,2}[-./]\d{1,2})\s*(?:前|之前|以前|止)?\s*$")]
    private static partial System.Text.RegularExpressions.Regex DatePattern();
}
