using System.Net;
using System.Text;
using BudgetExtract.Store.Output;
using BudgetExtract.Store.Query;

namespace BudgetExtract.Web.Rendering;

/// <summary>
/// HTML built as strings. Every piece of stored text goes through <see cref="E"/> (documents are untrusted input);
/// attribute values are quoted with double quotes and encoded the same way. No script, nothing from other hosts.
/// </summary>
internal static class Html
{
    /// <summary>Encodes text for element content and double-quoted attributes (&lt; &gt; &amp; " ').</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A URL path segment or query value.</summary>
    public static string U(string? text) => Uri.EscapeDataString(text ?? "");

    private const string Style = """
        body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#222}
        header{background:#1d3557;color:#fff;padding:.5em 1em}header a{color:#fff;margin-right:1.2em;text-decoration:none}
        main{padding:1em}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:2px 6px;vertical-align:top}
        th{background:#eef}td.num{text-align:right;font-variant-numeric:tabular-nums}.inc{color:#a00}.dec{color:#060}
        .facets{float:left;width:15em;margin-right:1em;font-size:.9em}.facets ul{list-style:none;padding-left:0}
        .results{overflow:auto}.note{background:#fff3cd;padding:.5em;border:1px solid #e0c36c}.err{background:#fde;padding:.5em}
        .exports a{margin-right:1em}mark{background:#ffeb3b}textarea{width:100%;font-family:monospace}
        """;

    public static string Page(string title, string body)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; style-src 'unsafe-inline'; img-src 'self'; script-src 'none'\">");
        html.Append("<title>").Append(E(title)).Append(" · BudgetExtract</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<header><a href=\"/\">BudgetExtract</a><a href=\"/search\">Search</a><a href=\"/documents\">Documents</a><a href=\"/compare\">Compare years</a><a href=\"/sql\">SQL</a></header><main>");
        html.Append("<h1>").Append(E(title)).Append("</h1>").Append(body).Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>Export links for the current URL: the same path and query with <c>format=csv</c> / <c>format=json</c>.</summary>
    public static string Exports(string pathAndQuery)
    {
        var sep = pathAndQuery.Contains('?') ? "&" : "?";
        return $"<p class=\"exports\">Export: <a id=\"export-csv\" href=\"{E(pathAndQuery + sep + "format=csv")}\">CSV</a><a id=\"export-json\" href=\"{E(pathAndQuery + sep + "format=json")}\">JSON</a></p>";
    }

    /// <summary>A result table; <paramref name="cell"/> may return ready HTML for a column (links), else the text is escaped.</summary>
    public static string Table(ResultTable table, Func<int, int, string?>? cell = null, string? id = null)
    {
        var html = new StringBuilder();
        html.Append("<table").Append(id is null ? "" : $" id=\"{E(id)}\"").Append("><thead><tr>");
        foreach (var c in table.Columns) html.Append("<th>").Append(E(c)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            html.Append("<tr>");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var value = table.Rows[r][c];
                html.Append(value is decimal or long or int ? "<td class=\"num\">" : "<td>");
                html.Append(cell?.Invoke(r, c) ?? E(CellText.Display(value)));
                html.Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        return html.ToString();
    }

    public static string Link(string href, string? text) => $"<a href=\"{E(href)}\">{E(text)}</a>";
}
