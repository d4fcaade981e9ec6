using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace BudgetExtract.Ocr.Recognition.Lexicon;

/// <summary>A lexicon term the OCR'd text was corrected to, and how many characters changed.</summary>
public readonly record struct LexiconCorrection(string Term, int Changed);

/// <summary>
/// The closed vocabulary of budget tables (header words, indicator levels, classification names), built from real
/// text-layer budgets by <c>ScanGen lexicon</c> (docs/ocr.md), and the conservative correction of an OCR'd cell
/// text to it: a wrong replacement is worse than a misread, so a text is only replaced by the one term of the same
/// length that differs from it in few characters — each of them one Tesseract was unsure of — when no other term
/// is as near. Same length because chi_sim misreads a character as another one (数量指标 → 数黄指标) far more often
/// than it drops or adds one, and because the glyph boxes of the reading then stay valid.
/// </summary>
public sealed partial class OcrLexicon
{
    /// <summary>In texts of up to 5 characters, characters read with at least this confidence (0–100) are never changed.
    /// Default: 95 (measured on the committed scans: 23 of 24 characters misread in a short term were read with 14–93,
    /// while the right 表 of 表号, a character away from the term 序号, was read with 98.6).</summary>
    public const float MaxChangedConfidenceShort = 95;

    /// <summary>In longer texts, whose term is far less likely to be matched by chance, the limit is higher: chi_sim reads
    /// 支 as 文 with 97 in 其他社会保障和就业文出. Default: 99.5.</summary>
    public const float MaxChangedConfidenceLong = 99.5f;

    private readonly FrozenDictionary<int, string[]> _byLength;
    private readonly FrozenSet<string> _terms;

    public OcrLexicon(IEnumerable<string> terms)
    {
        // A term's name without its item number is a term too (一、社会保障和就业支出 → 社会保障和就业支出): tables number
        // the same names differently, so a numbered text is matched by its name and keeps its own number.
        var given = terms.Select(t => t.Trim()).Where(t => t.Length > 0 && !t.StartsWith('#')).ToList();
        var list = given.Concat(given.Select(t => t[ItemNumber().Match(t).Length..]).Where(t => t.Length >= 2))
            .Distinct(StringComparer.Ordinal).ToList();
        _terms = list.ToFrozenSet(StringComparer.Ordinal);
        _byLength = list.GroupBy(t => t.Length).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The committed term list (embedded resource budget-terms.txt).</summary>
    public static OcrLexicon Default { get; } = Load();

    public int Count => _terms.Count;

    /// <summary>Whether <paramref name="text"/> (whitespace removed) is a term.</summary>
    public bool Contains(string text) => _terms.Contains(text) || _terms.Contains(text[ItemNumber().Match(text).Length..]);

    /// <summary>
    /// The term <paramref name="text"/> (whitespace removed, as OCR joined it) should read, or null to leave it.
    /// Refused: texts with digits (numbers have their own readers), texts already a term, no term near enough
    /// (≤ 1 character for up to 5, ≤ 25 % for longer texts), two terms equally near, or a changed character
    /// read with confidence ≥ <see cref="MaxChangedConfidence"/> (<paramref name="confidences"/>: one per character, or null when unknown),
    /// </summary>
    /// <param name="pairs">How often two characters stand side by side in real budget text, or null: a character read
    /// surely is changed after all when it stands beside its Chinese neighbours as in no real budget text and the term's
    /// character beside them at least <see cref="CharacterVote.MinEvidence"/> times (数虽指标: 虽 read with 97–99 on a
    /// 1-bit scan three times, 数虽 and 虽指 never written, 数量 and 量指 thousands of times).</param>
    public LexiconCorrection? Correct(string text, IReadOnlyList<float>? confidences = null, Func<char, char, int>? pairs = null)
    {
        // 二、公共安仝支出: the name after the item number is corrected on its own; the number is never changed.
        var number = ItemNumber().Match(text).Length;
        if (number == 0) return CorrectWhole(text, confidences, pairs);
        if (Contains(text)) return null;
        return CorrectWhole(text[number..], confidences?.Skip(number).ToList(), pairs) is { } name
            ? new LexiconCorrection(text[..number] + name.Term, name.Changed)
            : null;
    }

    /// <summary>An item number before a name: 一、 / （一） / (1) / 1. / 1、</summary>
    [GeneratedRegex(@"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．])")]
    private static partial Regex ItemNumber();

    private LexiconCorrection? CorrectWhole(string text, IReadOnlyList<float>? confidences, Func<char, char, int>? pairs)
    {
        if (text.Length < 4 || text.Any(c => char.IsDigit(c) || char.IsWhiteSpace(c)) || _terms.Contains(text)) return null;
        if (confidences is not null && confidences.Count != text.Length) confidences = null;
        if (!_byLength.TryGetValue(text.Length, out var candidates)) return null;
        var allowed = MaxDistance(text.Length);
        string? best = null;
        var bestDistance = int.MaxValue;
        var secondDistance = int.MaxValue;
        foreach (var term in candidates)
        {
            var d = Distance(text, term, Math.Min(allowed, secondDistance));
            if (d < bestDistance)
            {
                secondDistance = bestDistance;
                (best, bestDistance) = (term, d);
            }
            else if (d < secondDistance) secondDistance = d;
        }
        if (best is null || bestDistance > allowed || secondDistance <= bestDistance) return null;
        var maxConfidence = text.Length <= 5 ? MaxChangedConfidenceShort : MaxChangedConfidenceLong;
        for (var i = 0; i < text.Length; i++)
            if (text[i] != best[i] && (confidences is not null && confidences[i] >= maxConfidence && !ContextDecides(text, best, i, pairs)
                || !Han.IsIdeograph(best[i])))
                return null;
        return new LexiconCorrection(best, bestDistance);
    }

    /// <summary>The read Chinese character at <paramref name="i"/> has Chinese neighbours and no pair with them occurs in real
    /// budget text, while the term's character's pairs with the term's neighbours occur often.</summary>
    private static bool ContextDecides(string text, string term, int i, Func<char, char, int>? pairs)
    {
        if (pairs is null || !CharacterVote.StandsUnseen(text, i, pairs)) return false;
        var evidence = (i > 0 ? pairs(term[i - 1], term[i]) : 0) + (i + 1 < term.Length ? pairs(term[i], term[i + 1]) : 0);
        return evidence >= CharacterVote.MinEvidence;
    }

    /// <summary>Whether two texts of the same length differ in no more characters than a correction may change.</summary>
    public static bool Near(string a, string b) => a.Length == b.Length && Distance(a, b, MaxDistance(a.Length)) <= MaxDistance(a.Length);

    /// <summary>Characters that may differ: one in a short text (4–5), a quarter of a longer one.</summary>
    internal static int MaxDistance(int length) => length <= 5 ? 1 : length / 4;

    /// <summary>Positions where the two same-length texts differ; stops counting past <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var d = 0;
        for (var i = 0; i < a.Length && d <= limit; i++)
            if (a[i] != b[i]) d++;
        return d;
    }


    private static OcrLexicon Load() => new(EmbeddedLines.Read("budget-terms.txt"));
}
