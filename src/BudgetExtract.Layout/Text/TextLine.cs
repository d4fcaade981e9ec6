using System.Collections.Immutable;
using System.Text;
using BudgetExtract.Geometry;

namespace BudgetExtract.Layout.Text;

/// <summary>Words sharing a baseline band, left to right.</summary>
public sealed record TextLine(ImmutableArray<Word> Words, Box Box)
{
    private string? _text;

    /// <summary>The words joined by single spaces (none before an attached word).</summary>
    public string Text => _text ??= Join(Words);

    public double FontSize => Words.IsEmpty ? 0 : Words.Max(w => w.FontSize);

    public static TextLine Of(IEnumerable<Word> words)
    {
        var sorted = words.OrderBy(w => w.Box.X0).ToImmutableArray();
        return new TextLine(sorted, Box.Bounding(sorted.Select(w => w.Box)));
    }

    /// <summary>Words of one line, left to right, as text: single spaces between them, none before an attached word.</summary>
    public static string Join(IEnumerable<Word> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            if (sb.Length > 0 && !w.Attached) sb.Append(' ');
            sb.Append(w.Text);
        }
        return sb.ToString();
    }
}
