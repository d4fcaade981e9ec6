using System.Text.RegularExpressions;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// Items numbered （一） （二） … down one column of a ruled table (the 支出功能分类 list of a 财政拨款收支总表) whose numeral a
/// poor scan misread: （二） read （一） (a stroke lost), （八） 〈《八), （九） (瞩), （十二） (十--). The column decides: the items of a run
/// of cells one under the other are numbered in order, and when most numerals read agree where the run starts, the
/// others take their place in it, in the brackets most items are read with.
/// </summary>
internal static partial class BracketedOrdinals
{
    /// <summary>At least this many numerals read must agree on where a run starts, and this share of those read.</summary>
    private const int MinAgreeing = 3;

    private const double MinAgreeingShare = 0.6;

    /// <summary>Items up to 二十 only: after it documents write 廿一 or 二十一, which a misread numeral cannot tell.</summary>
    private const int MaxCorrected = 20;

    private const string Digits = "一二三四五六七八九";

    /// <summary>The corrected texts of <paramref name="cells"/> (all the read cells of one grid), by index; empty when
    /// nothing is to change.</summary>
    public static IReadOnlyDictionary<int, string> Correct(IReadOnlyList<OrdinalHeadings.Cell> cells)
    {
        var corrections = new Dictionary<int, string>();
        var items = cells.Select((c, i) => (Cell: c, Index: i, Match: Item().Match(c.Text))).Where(x => x.Match.Success).ToList();
        foreach (var column in items.GroupBy(x => x.Cell.Box.X0 / ColumnTolerance))
        {
            var run = new List<(OrdinalHeadings.Cell Cell, int Index, Match Match)>();
            foreach (var x in column.OrderBy(x => x.Cell.Box.Y0).Append(default))
            {
                if (x.Match is not null && (run.Count == 0 || x.Cell.Box.Y0 - run[^1].Cell.Box.Y1 <= ColumnTolerance))
                {
                    run.Add(x);
                    continue;
                }
                Renumber(run, corrections);
                run.Clear();
                if (x.Match is not null) run.Add(x);
            }
        }
        return corrections;
    }

    /// <summary>Cells of one column start within this many pixels, and cells one under the other are this close.</summary>
    private const int ColumnTolerance = 12;

    private static void Renumber(List<(OrdinalHeadings.Cell Cell, int Index, Match Match)> run, Dictionary<int, string> corrections)
    {
        var starts = run.Select((x, i) => Value(x.Match.Groups["numeral"].Value) is { } n ? n - i : (int?)null).ToList();
        if (starts.All(s => s is null)) return;
        var (start, agreeing) = starts.OfType<int>().GroupBy(s => s).Select(g => (g.Key, g.Count())).MaxBy(g => g.Item2);
        var share = agreeing >= MinAgreeingShare * starts.Count(s => s is not null);
        // Two agreeing numerals settle only the items between them: （一） （一） （三） can only be （一） （二） （三）.
        var first = starts.IndexOf(start);
        var last = starts.LastIndexOf(start);
        bool Settled(int i) => share && (agreeing >= MinAgreeing || agreeing == 2 && i > first && i < last);
        // The brackets most items are read with are the document's: full-width （） or ASCII () (seed 004 prints ASCII).
        var fullWidth = run.Count(x => x.Cell.Text.StartsWith('（') && x.Match.Groups["close"].Value == "）")
                        >= run.Count(x => x.Cell.Text.StartsWith('(') && x.Match.Groups["close"].Value == ")");
        var (open, close) = fullWidth ? ("（", "）") : ("(", ")");
        for (var i = 0; i < run.Count; i++)
        {
            var expected = start + i;
            var match = run[i].Match;
            if (expected < 1 || expected > MaxCorrected || !Settled(i)) continue;
            var number = $"{open}{Numeral(expected)}{close}";
            if (Value(match.Groups["numeral"].Value) == expected && match.Groups["number"].Value == number) continue;
            corrections[run[i].Index] = number + match.Groups["rest"].Value;
        }
    }

    /// <summary>The number a numeral of 1–29 writes (一, 十一, 二十, 廿三, 二十三), or null.</summary>
    internal static int? Value(string numeral) => numeral switch
    {
        [var d] when Digits.IndexOf(d) is var n and >= 0 => n + 1,
        "十" => 10,
        ['十', var d] when Digits.IndexOf(d) is var n and >= 0 => 11 + n,
        "二十" => 20,
        ['廿', var d] when Digits.IndexOf(d) is var n and >= 0 => 21 + n,
        ['二', '十', var d] when Digits.IndexOf(d) is var n and >= 0 => 21 + n,
        _ => null,
    };

    private static string Numeral(int value) => value switch
    {
        <= 9 => Digits[value - 1].ToString(),
        10 => "十",
        < 20 => "十" + Digits[value - 11],
        _ => "二十",
    };

    /// <summary>A bracketed item number (the brackets as a scan reads them) and the item's text.</summary>
    [GeneratedRegex(@"^(?<number>[(（〈《<\[{]{1,2}(?<numeral>[^()（）]{1,3})(?<close>[)）]))(?<rest>.*\p{IsCJKUnifiedIdeographs}.*)$")]
    private static partial Regex Item();
}
