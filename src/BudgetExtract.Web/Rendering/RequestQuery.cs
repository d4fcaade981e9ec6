using System.Globalization;
using System.Text.RegularExpressions;

namespace BudgetExtract.Web.Rendering;

/// <summary>Reads query parameters; a malformed value is a 400, never a guess.</summary>
internal static partial class RequestQuery
{
    public const int MaxLength = 2000;

    public static string? Text(HttpContext context, string name)
    {
        var values = context.Request.Query[name];
        if (values.Count > 1) throw HttpProblem.BadRequest($"parameter '{name}' is given {values.Count} times");
        var value = values.ToString().Trim();
        if (value.Length > MaxLength) throw HttpProblem.BadRequest($"parameter '{name}' is longer than {MaxLength} characters");
        return value.Length == 0 ? null : value;
    }

    public static int? Int(HttpContext context, string name, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = Text(context, name);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw HttpProblem.BadRequest($"parameter '{name}' must be a whole number between {min} and {max}, not '{text}'");
        return value;
    }

    /// <summary>html (default), csv or json.</summary>
    public static string Format(HttpContext context)
    {
        var format = Text(context, "format") ?? "html";
        return format is "html" or "csv" or "json" ? format : throw HttpProblem.BadRequest($"unknown format '{format}' (expected html, csv or json)");
    }

    /// <summary>A full lowercase sha256 from the URL path.</summary>
    public static string Sha256(string value) =>
        ShaPattern().IsMatch(value) ? value : throw HttpProblem.BadRequest($"'{value}' is not a sha256 (64 lowercase hex digits)");

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex ShaPattern();
}
