namespace BudgetExtract.Ocr.Recognition.Lexicon;

/// <summary>Applies <see cref="CharacterVote"/> to the words of the kept reading, character for character, so word boxes stay.</summary>
internal static class CharacterVoteCorrector
{
    /// <summary>The kept words with characters other readings saw put in, or null when the vote changes nothing. Readings
    /// are compared without spaces (年度 日标 and 年度目标 line up).</summary>
    public static IReadOnlyList<OcrWord>? Correct(StrokeContext pairs, IReadOnlyList<OcrWord> kept, IEnumerable<IReadOnlyList<OcrWord>> readings) =>
        CharacterVote.Vote(CompactWords.Text(kept), [.. readings.Select(CompactWords.Text)], pairs.PairCount) is { } voted
            ? CompactWords.WithText(kept, voted)
            : null;
}
