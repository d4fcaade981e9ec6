namespace BudgetExtract.Ocr.Recognition.Lexicon;

/// <summary>
/// On black-and-white pages a cell is read up to five ways and the reading most of them give is kept, but the readings
/// misread different characters, so the kept one often has a character another reading got right (应几率 kept where
/// another reading says 应用率, 年度资多总额 where another says 资金). Position by position over the readings of the
/// kept one's length, a Chinese character that another reading reads as another Chinese character is replaced when
/// real budget text decides it clearly: the other character's pairs with its neighbours occur often (≥
/// <see cref="MinEvidence"/>) and far more often (× <see cref="Ratio"/>) than the kept one's, and it scores best on
/// votes plus the pairs' log counts. Only characters some reading saw are chosen from, never one the context invents,
/// and digits, signs and punctuation are never changed (numbers have their own readers).
/// </summary>
public static class CharacterVote
{
    /// <summary>The replacement's pairs with its neighbours must occur at least this often in real budget text (as
    /// <see cref="StrokeContext.MinEvidence"/>).</summary>
    public const int MinEvidence = 10;

    /// <summary>… and this many times as often as the kept character's (counts + 1). Measured on the development scans
    /// (docs/ocr.md, "Session 10"): 2 and 5 let 武汉市 become 武汉由 (由江 is common in Jiangsu's budgets, 汉市 rare in
    /// the real documents), 10 changed no right character.</summary>
    public const int Ratio = 10;

    /// <summary>
    /// Whether <paramref name="text"/> (whitespace removed) has a Chinese character none of whose pairs with its Chinese
    /// neighbours occurs in real budget text (指标解冬: 解冬; a character without a Chinese neighbour says nothing): the
    /// cell is then worth the readings a settled majority skipped.
    /// </summary>
    public static bool HasUnseenCharacter(string text, Func<char, char, int> pairs) =>
        Enumerable.Range(0, text.Length).Any(i => StandsUnseen(text, i, pairs));

    /// <summary>The Chinese character at <paramref name="i"/> has Chinese neighbours, and no pair with them occurs in real budget text.</summary>
    public static bool StandsUnseen(string text, int i, Func<char, char, int> pairs)
    {
        if (!Han.IsIdeograph(text[i])) return false;
        var left = i > 0 && Han.IsIdeograph(text[i - 1]);
        var right = i + 1 < text.Length && Han.IsIdeograph(text[i + 1]);
        return (left || right) && (!left || pairs(text[i - 1], text[i]) == 0) && (!right || pairs(text[i], text[i + 1]) == 0);
    }

    /// <summary>
    /// <paramref name="kept"/> (whitespace removed) with characters other readings saw put in where the context
    /// decides, or null when nothing changes. <paramref name="readings"/> are all readings of the cell, the kept one
    /// included (whitespace removed); those of another length are not compared. <paramref name="pairs"/> counts how
    /// often two characters stand side by side in real budget text.
    /// </summary>
    public static string? Vote(string kept, IReadOnlyList<string> readings, Func<char, char, int> pairs)
    {
        var same = readings.Where(r => r.Length == kept.Length).ToList();
        if (same.Count < 2) return null;
        char[]? voted = null;
        for (var i = 0; i < kept.Length; i++)
        {
            if (!Han.IsIdeograph(kept[i])) continue;
            var votes = same.Select(r => r[i]).Where(Han.IsIdeograph).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
            if (votes.Count < 2) continue;
            // The left neighbour as already decided, the right one as read.
            var left = i == 0 ? '\0' : voted?[i - 1] ?? kept[i - 1];
            var right = i + 1 < kept.Length ? kept[i + 1] : '\0';
            int WithLeft(char c) => left == '\0' ? 0 : pairs(left, c);
            int WithRight(char c) => right == '\0' ? 0 : pairs(c, right);
            int Evidence(char c) => WithLeft(c) + WithRight(c);
            double Score(char c) => votes[c] + Math.Log(1 + WithLeft(c)) + Math.Log(1 + WithRight(c));
            var best = votes.Keys.OrderByDescending(Score).ThenByDescending(c => c == kept[i]).First();
            if (best == kept[i]) continue;
            var evidence = Evidence(best);
            if (evidence < MinEvidence || evidence + 1 < Ratio * (Evidence(kept[i]) + 1)) continue;
            voted ??= kept.ToCharArray();
            voted[i] = best;
        }
        return voted is null ? null : new string(voted);
    }
}
