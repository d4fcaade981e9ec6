using System.Collections.Immutable;
using BudgetExtract.Tables.Pipeline;

namespace BudgetExtract.Tables.Captions;

/// <summary>
/// Reads a table's number, title, unit and meta lines from the free lines just above it (closest first),
/// and its notes (注：…) from the lines just below it.
/// </summary>
internal static class CaptionFinder
{
    private const int MaxTitleLength = 60;

    /// <summary>A paragraph of at most this many lines between the captions and the table is stepped over.</summary>
    private const int MaxProseLinesBetween = 4;

    /// <param name="above">Free lines above the table and below anything else, closest first.</param>
    public static (TableCaption Caption, List<FreeLine> Used) Find(Fragment fragment, IEnumerable<FreeLine> above, TableOptions options)
    {
        string? number = null, title = null, unit = null;
        var titleByOcr = false;
        FreeLine? titleLine = null;
        var meta = ImmutableArray.CreateBuilder<string>();
        var continued = false;
        var used = new List<FreeLine>();
        var edge = fragment.Box.Y0;
        var proseLines = 0;
        foreach (var line in above)
        {
            if (edge - line.Box.Y1 > options.CaptionReach) break;
            var text = line.Text.Trim();
            var numberMatch = CaptionPatterns.Number().Match(text);
            // Over a paragraph only the unit and meta lines are taken: a number or title there may head a table
            // this one continues, and would then stand in the way of joining it.
            if (proseLines > 0 && !CaptionPatterns.Unit().IsMatch(text) && !CaptionPatterns.Meta().IsMatch(text))
            {
                if (!StepsOverProse(text, used.Count, ref proseLines)) break;
                edge = line.Box.Y0;
                continue;
            }
            if (numberMatch.Success)
            {
                var printed = numberMatch.Groups[1].Value;
                // 表 3 is 表3; Table 2 keeps its space.
                number = char.IsAsciiLetter(printed[0]) ? string.Join(' ', printed.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    : string.Concat(printed.Where(c => !char.IsWhiteSpace(c)));
                var rest = numberMatch.Groups[2].Value.Trim();
                if (rest.Length > 0 && title is null) (title, titleByOcr) = (CleanTitle(rest, ref continued), line.ReadByOcr);
                used.Add(line);
                break;
            }
            var unitMatch = CaptionPatterns.Unit().Match(text);
            if (unitMatch.Success || CaptionPatterns.Meta().IsMatch(text))
            {
                if (unitMatch.Success) unit ??= unitMatch.Groups[1].Value;
                if (title is not null) break;
                meta.Insert(0, text);
            }
            else if (CaptionPatterns.Continued().IsMatch(text) && text.Length <= 8)
            {
                continued = true;
            }
            else if (title is null && CaptionPatterns.Subtitle().IsMatch(text))
            {
                // "(2023年度)" under the title: keep it with the meta lines and look further up for the title.
                if (CaptionPatterns.EnglishUnit().Match(text) is { Success: true } english) unit ??= english.Groups[1].Value;
                meta.Insert(0, text);
            }
            else if (title is null && LooksLikeTitle(text, line, fragment))
            {
                (title, titleByOcr, titleLine) = (CleanTitle(text, ref continued), line.ReadByOcr, line);
            }
            else if (titleLine is not null && title is not null && WrapsInto(line, text, titleLine, title))
            {
                (title, titleLine) = (CollapseSpaces(text) + title, line);
            }
            else if (StepsOverProse(text, used.Count, ref proseLines))
            {
                edge = line.Box.Y0;
                continue;
            }
            else
            {
                break;
            }
            used.Add(line);
            edge = line.Box.Y0;
        }
        return (new TableCaption(number, title, unit, meta.ToImmutable(), continued) { TitleReadByOcr = titleByOcr }, used);
    }

    /// <summary>Notes: lines starting 注：/备注：/说明： just below the table, with the lines that continue them.</summary>
    public static (ImmutableArray<string> Notes, List<FreeLine> Used) FindNotes(Fragment fragment, IEnumerable<FreeLine> below, TableOptions options)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        var used = new List<FreeLine>();
        var edge = fragment.Box.Y1;
        FreeLine? previous = null;
        foreach (var line in below)
        {
            var text = line.Text.Trim();
            if (previous is null)
            {
                if (line.Box.Y0 - edge > options.NoteReach || !IsNote(line, text)) break;
                notes.Add(text);
            }
            else if (IsNote(line, text) && line.Box.Y0 - previous.Box.Y1 < 1.5 * previous.Box.Height)
            {
                notes.Add(text);
            }
            else if (line.Box.Y0 - previous.Box.Y1 < 0.8 * previous.Box.Height && !CaptionPatterns.Number().IsMatch(text)
                     && line.Box.X0 >= previous.Box.X0 - 2)
            {
                notes[^1] += text;
            }
            else
            {
                break;
            }
            used.Add(line);
            previous = line;
        }
        return (notes.ToImmutable(), used);
    }

    /// <summary>注：/Note:/Source: lines, and footnotes opening with their marker.</summary>
    private static bool IsNote(FreeLine line, string text) => CaptionPatterns.Note().IsMatch(text) || line.Footnote;

    /// <summary>
    /// An explanatory paragraph printed between the table and its captions (说明 before the grid) is stepped over,
    /// line by line, when nothing has been taken yet: the unit line above it is still the table's.
    /// </summary>
    private static bool StepsOverProse(string text, int taken, ref int proseLines)
    {
        if (taken > 0 || proseLines == MaxProseLinesBetween || !IsProse(text)) return false;
        proseLines++;
        return true;
    }

    /// <summary>A line of a sentence: it ends one, or runs on past a comma for longer than a title.</summary>
    private static bool IsProse(string text) =>
        text.Length > 0 && (text[^1] is '。' or '；' || text.Length > MinProseLength && (text.Contains('，') || text.Contains('。')));

    /// <summary>A line longer than this with a comma or full stop in it is prose, not a caption.</summary>
    private const int MinProseLength = 20;

    private static bool LooksLikeTitle(string text, FreeLine line, Fragment fragment)
    {
        if (text.Length > MaxTitleLength || text[^1] is '。' or '；' or '，' or '：' or ':' or ';') return false;
        if (text.Contains('表')) return true;
        var tableCenter = (fragment.Box.X0 + fragment.Box.X1) / 2;
        return Math.Abs(line.Box.CenterX - tableCenter) < 0.1 * fragment.Box.Width;
    }

    /// <summary>
    /// The title's first line, wrapped over two (泉州市看守所（泉州市女子看守所）相关设施建设项 / 目绩效目标表): set in the
    /// same type right above the line below, on the same centre or left edge, and wider than it (a wrapped line fills
    /// its width first); a line ending in 表 is a whole title of its own, with a subtitle under it.
    /// </summary>
    private static bool WrapsInto(FreeLine upper, string text, FreeLine lower, string title)
    {
        var height = lower.Box.Height;
        return text.Length + title.Length <= MaxTitleLength && text[^1] is not ('表' or '。' or '；' or '，' or '：' or ':')
            && Math.Abs(upper.Box.Height - height) < 0.15 * height && lower.Box.Y0 - upper.Box.Y1 < height
            && upper.Box.Width > lower.Box.Width
            && (Math.Abs(upper.Box.CenterX - lower.Box.CenterX) < 0.1 * upper.Box.Width || Math.Abs(upper.Box.X0 - lower.Box.X0) < 0.5 * height);
    }

    private static string CleanTitle(string text, ref bool continued)
    {
        if (CaptionPatterns.Continued().IsMatch(text))
        {
            continued = true;
            text = CaptionPatterns.Continued().Replace(text, "");
        }
        return CollapseSpaces(text.Trim());
    }

    /// <summary>
    /// Titles are often letter-spaced ("收 支 总 表"); a space beside a CJK character carries nothing (2023 年 → 2023年).
    /// Between Latin words and signs it is a space (Employment by sector and sex (thousands)).
    /// </summary>
    internal static string CollapseSpaces(string text)
    {
        var chars = new List<char>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' && (i == 0 || i + 1 == text.Length || text[i - 1] == ' ' || IsCjk(text[i - 1]) || IsCjk(text[i + 1])))
                continue;
            chars.Add(c);
        }
        return new string([.. chars]);
    }

    /// <summary>CJK ideographs and full-width signs (，、（）：), which take no space beside them.</summary>
    private static bool IsCjk(char c) => c >= '\u2E80';
}
