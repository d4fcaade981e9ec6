using System.Text.RegularExpressions;

namespace BudgetExtract.Crawl.Pipelines;

/// <summary>
/// Where one metadata value comes from. In YAML either a plain string (a constant) or a map with one of
/// <c>link</c> (<c>text</c> or an attribute of the link), <c>page</c> (CSS selector on the page holding the link),
/// <c>url</c> (regular expression on the URL), plus an optional <c>template</c> (<c>$1</c>-style) for url matches;
/// <c>pattern</c> narrows a <c>link</c> or <c>page</c> value with a regular expression (e.g. <c>(\d{4})年</c>).
/// </summary>
public sealed record MetadataRule
{
    public string? Value { get; init; }

    public string? Link { get; init; }

    public string? Page { get; init; }

    public string? Url { get; init; }

    public string? Template { get; init; }

    /// <summary>Optional regular expression applied to a <c>link</c> or <c>page</c> value: the template (default <c>$1</c>) of its first match.</summary>
    public string? Pattern { get; init; }

    /// <summary>Applies <see cref="Pattern"/> to a value taken from a link or page; the value itself without a pattern, null when it does not match.</summary>
    public string? Refine(string? value)
    {
        if (value is null || Pattern is null) return value;
        var match = Regex.Match(value, Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success) return null;
        return match.Result(Template ?? (match.Groups.Count > 1 ? "$1" : "$0"));
    }

    /// <summary>Applies a <c>url</c> rule: the template filled from the first match, or null when it does not match.</summary>
    public string? FromUrl(string url)
    {
        if (Url is null) return null;
        var match = Regex.Match(url, Url, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        if (!match.Success) return null;
        return match.Result(Template ?? (match.Groups.Count > 1 ? "$1" : "$0"));
    }
}
