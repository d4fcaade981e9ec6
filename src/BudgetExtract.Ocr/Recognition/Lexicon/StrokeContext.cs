using System.Collections.Frozen;
using System.Globalization;

namespace BudgetExtract.Ocr.Recognition.Lexicon;

/// <summary>
/// Puts back characters a black-and-white scan lost strokes of (<see cref="StrokeLoss"/>: 项日 → 项目, 让划 → 计划),
/// decided by the characters beside them: how often each character pair occurs in real budget text. 项日 never
/// does and 项目 thousands of times, while the 日 of 日常 or 工作日 stays. The counts come from the text layers of
/// the real budget PDFs (<c>scripts/build-ocr-bigrams.sh</c>, never the seed renderings), every pair of two Chinese
/// characters (session 10: <see cref="CharacterVote"/> uses them too; the pairs of <see cref="StrokeLoss"/> characters
/// and their counts are as before). Conservative, as the lexicon: run over the real documents' own
/// text, which has no lost strokes, it changed 2 of 25,338 such characters (根本上提升 → 根本工提升, 理文和 → 理支和).
/// </summary>
public sealed class StrokeContext
{
    /// <summary>The printed character's pairs with its neighbours must occur at least this often in real text.</summary>
    public const int MinEvidence = 10;

    /// <summary>… and this many times as often as the read character's pairs, over both neighbours together …</summary>
    public const int Ratio = 20;

    /// <summary>… and at least twice as often on each side where the read pair occurs (counts + 1), so one strong neighbour
    /// cannot outvote the other (项日常: 日常 is budget text); a side where neither pair occurs (项日申报: 目申 and 日申 both
    /// unseen) says nothing.</summary>
    public const int SideRatio = 2;

    private readonly FrozenDictionary<string, int> _counts;

    public StrokeContext(IEnumerable<KeyValuePair<string, int>> counts) =>
        _counts = counts.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The committed counts (embedded resource budget-bigrams.txt).</summary>
    public static StrokeContext Default { get; } = Load();

    /// <summary>How many character pairs are known (part of the OCR cache key: other counts, other readings).</summary>
    public int Count => _counts.Count;

    /// <summary>
    /// <paramref name="text"/> (whitespace removed) with lost-stroke characters put back, or null to leave it.
    /// A character next to a digit is never changed (日 of 1日, 万 of 1500万 are dates and units). With one Chinese
    /// neighbour only (the cell's first or last character) the read pair must never occur in real text.
    /// </summary>
    public string? Correct(string text)
    {
        char[]? corrected = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!StrokeLoss.Pairs.TryGetValue(text[i], out var printed)) continue;
            var left = i == 0 ? '\0' : corrected?[i - 1] ?? text[i - 1];
            var right = i + 1 < text.Length ? text[i + 1] : '\0';
            if (char.IsAsciiDigit(left) || char.IsAsciiDigit(right)) continue;
            var sides = new List<(int Read, int Printed)>(2);
            if (Han.IsIdeograph(left)) sides.Add((Of(left, text[i]), Of(left, printed)));
            if (Han.IsIdeograph(right)) sides.Add((Of(text[i], right), Of(printed, right)));
            if (sides.Count == 0) continue;
            var read = sides.Sum(s => s.Read);
            var put = sides.Sum(s => s.Printed);
            if (put < MinEvidence || read * Ratio > put || (sides.Count == 1 && read > 0)) continue;
            if (sides.Any(s => s.Read > 0 && s.Printed + 1 < SideRatio * (s.Read + 1))) continue;
            corrected ??= text.ToCharArray();
            corrected[i] = printed;
        }
        return corrected is null ? null : new string(corrected);
    }

    /// <summary>How often <paramref name="a"/> stands right before <paramref name="b"/> in real budget text (0 when never or
    /// when either is not Chinese). <see cref="CharacterVote"/> looks up any pair.</summary>
    public int PairCount(char a, char b) => Of(a, b);

    private int Of(char a, char b) => _counts.GetValueOrDefault(string.Concat(a, b));

    private static StrokeContext Load() =>
        new(EmbeddedLines.Read("budget-bigrams.txt").Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (Line: l, Tab: l.IndexOf('\t')))
            .Select(x => KeyValuePair.Create(x.Line[..x.Tab], int.Parse(x.Line.AsSpan(x.Tab + 1), CultureInfo.InvariantCulture))));
}
