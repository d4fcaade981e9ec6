namespace BudgetExtract.Ocr.Recognition.Lexicon;

/// <summary>Applies <see cref="CharacterVote"/> to the words of the kept reading, character for character, so word boxes stay.</summary>
internal static class CharacterVoteCorrector
{
    /// <summary>The kept words with characters other readings saw put in, or null when the vote changes nothing. Readings
    /// are compared without spaces (年度 日标 and 年度目标 line up).</summary>
    public static IReadOnlyList<OcrWord>? Correct(StrokeContext pairs, IReadOnlyList<OcrWord> kept, IEnumerable<IReadOnlyList<OcrWord>> readings)
    {
        var compact = Compact(kept);
        if (CharacterVote.Vote(compact, [.. readings.Select(Compact)], pairs.PairCount) is not { } voted) return null;
        var at = 0;
        var result = new List<OcrWord>(kept.Count);
        foreach (var word in kept)
        {
            var chars = word.Text.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
                if (!char.IsWhiteSpace(chars[i])) chars[i] = voted[at++];
            result.Add(word with { Text = new string(chars) });
        }
        return result;
    }

    private static string Compact(IReadOnlyList<OcrWord> words) => string.Concat(words.SelectMany(w => w.Text).Where(c => !char.IsWhiteSpace(c)));
}
