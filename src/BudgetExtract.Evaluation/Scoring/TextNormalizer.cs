namespace BudgetExtract.Evaluation.Scoring;

/// <summary>
/// Cell text compared after removing all whitespace: CJK text carries no meaningful spaces, and whether an
/// extractor keeps the gap in "2023 年" or between wrapped Latin words must not decide a match.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var buffer = new char[text.Length];
        var n = 0;
        foreach (var ch in text)
            if (!char.IsWhiteSpace(ch)) buffer[n++] = ch;
        return new string(buffer, 0, n);
    }
}
