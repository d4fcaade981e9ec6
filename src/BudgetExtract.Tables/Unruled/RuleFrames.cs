using BudgetExtract.Pdf.Model;
using BudgetExtract.Tables.Captions;

namespace BudgetExtract.Tables.Unruled;

/// <summary>A table framed by horizontal rules of one width: everything printed between its top and bottom rule.</summary>
internal sealed record RuleFrame(double X0, double X1, double Top, double Bottom);

/// <summary>
/// Tables printed with horizontal rules only (a rule above, often one under the header, one below — the
/// "booktabs" style): rules of the same width stacked on a page enclose one table, so every line between
/// them is a table line, also where no line holds an amount (text forms, indicator tables) or a page
/// carries only one continued row. A stretch between two rules that holds a caption (表 N, 单位, 续表, a
/// subtitle) or larger type (a title) separates two tables drawn with rules of the same width.
/// </summary>
internal static class RuleFrames
{
    /// <summary>Rules shorter than this share of the page width are underlines, not table rules.</summary>
    private const double MinWidthShare = 0.3;

    /// <summary>Two rules belong to one frame when both ends agree within this many points.</summary>
    private const double EndTolerance = 3;

    /// <summary>A line printed this much larger than the table's body text is a title, not a header cell.</summary>
    internal const double TitleSizeRatio = 1.2;

    public static List<RuleFrame> Find(IReadOnlyList<Ruling> rulings, IReadOnlyList<StreamLine> lines, double pageWidth)
    {
        var frames = new List<RuleFrame>();
        var rules = rulings.Where(r => r.IsHorizontal && r.Length >= MinWidthShare * pageWidth)
            .OrderBy(r => r.Y0).ToList();
        var taken = new bool[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            if (taken[i]) continue;
            var stack = new List<Ruling> { rules[i] };
            for (var k = i + 1; k < rules.Count; k++)
            {
                if (taken[k] || Math.Abs(rules[k].X0 - rules[i].X0) > EndTolerance || Math.Abs(rules[k].X1 - rules[i].X1) > EndTolerance) continue;
                taken[k] = true;
                stack.Add(rules[k]);
            }
            if (stack.Count >= 2) frames.AddRange(Frames(stack, lines));
        }
        // Rules around a header only, or under a header without a rule over it, do not enclose the table:
        // its rows go on right beyond the frame.
        return [.. frames.Where(f => !RowsGoOnOutside(f, lines))];
    }

    private static bool RowsGoOnOutside(RuleFrame frame, IReadOnlyList<StreamLine> lines) =>
        lines.Any(l => l.IsTabular && Within(l, frame.X0, frame.X1)
                       && ((l.Box.Y0 >= frame.Bottom && l.Box.Y0 - frame.Bottom < OutsideGapRatio * l.FontSize)
                           || (l.Box.Y1 <= frame.Top && frame.Top - l.Box.Y1 < OutsideGapRatio * l.FontSize)));

    /// <summary>A table row closer than this share of its font size to a frame's rule continues the table past it.</summary>
    private const double OutsideGapRatio = 1.5;

    /// <summary>Cuts one stack of same-width rules into frames at the stretches that hold captions or titles.</summary>
    private static IEnumerable<RuleFrame> Frames(List<Ruling> stack, IReadOnlyList<StreamLine> lines)
    {
        var x0 = stack.Min(r => r.X0);
        var x1 = stack.Max(r => r.X1);
        var inside = lines.Where(l => l.Box.CenterY > stack[0].Y0 && l.Box.CenterY < stack[^1].Y0 && Within(l, x0, x1)).ToList();
        if (inside.Count == 0) yield break;
        var bodySize = inside.Select(l => l.FontSize).Order().ElementAt(inside.Count / 2);

        double? top = null;
        for (var k = 0; k + 1 < stack.Count; k++)
        {
            var (upper, lower) = (stack[k].Y0, stack[k + 1].Y0);
            var stretch = lines.Where(l => l.Box.CenterY > upper && l.Box.CenterY < lower && l.Box.X1 > x0 && l.Box.X0 < x1).ToList();
            // A period line printed first under a table's top rule, with rows below it, is the table's own first row.
            var periodRow = k == 0 && stretch.Count > 1 && IsPeriod(stretch[0]) && stretch.Skip(1).Any(l => l.IsTabular)
                ? stretch[0] : null;
            var separates = stretch.Any(l => l != periodRow && (!Within(l, x0, x1) || l.FontSize > TitleSizeRatio * bodySize || IsCaption(l)));
            if (separates)
            {
                if (top is { } t && t < upper) yield return new RuleFrame(x0, x1, t, upper);
                top = null;
                continue;
            }
            top ??= upper;
        }
        if (top is { } last && last < stack[^1].Y0) yield return new RuleFrame(x0, x1, last, stack[^1].Y0);
    }

    private static bool Within(StreamLine line, double x0, double x1) =>
        line.Box.X0 >= x0 - EndTolerance && line.Box.X1 <= x1 + EndTolerance;

    private static bool IsCaption(StreamLine line)
    {
        var text = Text(line);
        return line.IsCaption || CaptionPatterns.Continued().IsMatch(text) || IsPeriod(line);
    }

    /// <summary>A period line, (2021年度): a wrapped cell's last line in brackets, （%） or （家）, is not one.</summary>
    private static bool IsPeriod(StreamLine line)
    {
        var text = Text(line);
        return line.Cells.Count == 1 && CaptionPatterns.Subtitle().IsMatch(text) && text.Any(ch => char.IsAsciiDigit(ch) || ch == '年');
    }

    private static string Text(StreamLine line) => string.Join(' ', line.Cells.Select(c => c.Text));

    /// <summary>The lines printed inside a frame.</summary>
    public static List<StreamLine> LinesIn(RuleFrame frame, IReadOnlyList<StreamLine> lines) =>
        [.. lines.Where(l => l.Box.CenterY > frame.Top && l.Box.CenterY < frame.Bottom && Within(l, frame.X0, frame.X1))];
}
