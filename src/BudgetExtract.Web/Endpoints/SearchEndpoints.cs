using System.Text;
using BudgetExtract.Store.Output;
using BudgetExtract.Store.Query;
using BudgetExtract.Web.Rendering;

namespace BudgetExtract.Web.Endpoints;

/// <summary>
/// <c>/search?q=…&amp;region=&amp;department=&amp;year=&amp;table_kind=</c>: the store's full-text search (two-character words
/// too), each hit with its region and table kind; facets count the hits per value and link to narrow them.
/// </summary>
internal static class SearchEndpoints
{
    private static readonly string[] Columns = ["region", "department", "year", "file", "sha256", "table", "table_kind", "row", "page", "text"];
    private static readonly string[] Facets = ["region", "department", "year", "table_kind"];

    public static void Map(WebApplication app, Site site)
    {
        app.MapGet("/search", (HttpContext context) =>
        {
            var q = RequestQuery.Text(context, "q");
            var region = RequestQuery.Text(context, "region");
            var department = RequestQuery.Text(context, "department");
            var year = RequestQuery.Int(context, "year", 1949, 2200);
            var tableKind = RequestQuery.Text(context, "table_kind");
            var format = RequestQuery.Format(context);
            if (q is null)
            {
                if (format != "html") throw HttpProblem.BadRequest("parameter 'q' (the text to search) is required for an export");
                return Responses.Page(Html.Page("Search", Form(null, region, department, year, tableKind)));
            }
            var results = Run(site, q, region, department, year, tableKind);
            return Responses.View(context, "search", results, () => Html.Page($"Search: {q}",
                Form(q, region, department, year, tableKind) + Body(context, results, q)));
        });
    }

    private static ResultTable Run(Site site, string q, string? region, string? department, int? year, string? tableKind)
    {
        using var queries = site.Queries();
        using var catalog = site.Catalog();
        // A table-kind filter is applied after the search, so read all hits then; otherwise the first SearchLimit.
        var hits = queries.Search(q, new LineFilter { Region = region, Department = department, Year = year, Limit = tableKind is null ? site.Options.SearchLimit : null });
        var regions = catalog.CurrentDocuments().ToDictionary(d => d.Sha256, d => d.Region);
        var kinds = catalog.TableKinds();
        var rows = new List<object?[]>();
        foreach (var hit in hits.Rows)
        {
            var sha = (string)hit[3]!;
            var ordinal = hit[4] is long o ? (int?)o : null;
            var kind = ordinal is { } n ? kinds.GetValueOrDefault((sha, n)) : null;
            if (tableKind is not null && kind != tableKind) continue;
            rows.Add([regions.GetValueOrDefault(sha), hit[0], hit[1], hit[2], sha, hit[4], kind, hit[5], hit[6], hit[7]]);
            if (rows.Count == site.Options.SearchLimit) break;
        }
        return new ResultTable(Columns, rows);
    }

    private static string Body(HttpContext context, ResultTable results, string q)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"facets\" id=\"facets\">");
        foreach (var facet in Facets)
        {
            var column = results.IndexOf(facet);
            var active = context.Request.Query[facet].ToString();
            html.Append("<h3>").Append(Html.E(facet.Replace('_', ' '))).Append("</h3><ul>");
            if (active.Length > 0) html.Append("<li>").Append(Html.Link(WithParameter(context, facet, null), "× all")).Append("</li>");
            foreach (var group in results.Rows.GroupBy(r => CellText.Of(r[column])).Where(g => g.Key.Length > 0).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(30))
                html.Append("<li>").Append(Html.Link(WithParameter(context, facet, group.Key), group.Key)).Append($" ({group.Count()})</li>");
            html.Append("</ul>");
        }
        html.Append("</div><div class=\"results\">");
        html.Append($"<p id=\"hit-count\">{results.Rows.Count} hit(s)</p>");
        html.Append(Html.Exports(context.Request.Path + context.Request.QueryString));
        var encodedQuery = Html.E(q);
        html.Append(Html.Table(results, (r, c) =>
        {
            var row = results.Rows[r];
            var sha = (string)row[4]!;
            return results.Columns[c] switch
            {
                "file" => Html.Link(DocumentEndpoints.DocumentUrl(sha), (string?)row[3]),
                "table" when row[5] is long ordinal => Html.Link(DocumentEndpoints.TableUrl(sha, (int)ordinal), $"table {ordinal}"),
                "sha256" => Html.E(sha[..12]) + "…",
                "text" => Html.E(CellText.Of(row[c])).Replace(encodedQuery, "<mark>" + encodedQuery + "</mark>"),
                _ => null,
            };
        }, "hits"));
        html.Append("</div>");
        return html.ToString();
    }

    /// <summary>The current search URL with one parameter set (or removed, when <paramref name="value"/> is null).</summary>
    private static string WithParameter(HttpContext context, string name, string? value)
    {
        var parameters = context.Request.Query.Where(p => p.Key != name && p.Key != "format").Select(p => (p.Key, Value: p.Value.ToString())).ToList();
        if (value is not null) parameters.Add((name, value));
        return "/search?" + string.Join("&", parameters.Select(p => Html.U(p.Key) + "=" + Html.U(p.Value)));
    }

    public static string Form(string? q, string? region, string? department, int? year, string? tableKind)
    {
        var html = new StringBuilder("<form method=\"get\" action=\"/search\" id=\"search-form\">");
        html.Append($"<input type=\"search\" name=\"q\" id=\"q\" size=\"40\" placeholder=\"三公, 公务接待费, 养老…\" value=\"{Html.E(q)}\"> ");
        foreach (var (name, value) in new[] { ("region", region), ("department", department), ("year", year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("table_kind", tableKind) })
            if (value is not null) html.Append($"<input type=\"hidden\" name=\"{name}\" value=\"{Html.E(value)}\">");
        html.Append("<button type=\"submit\" id=\"search-button\">Search</button></form>");
        return html.ToString();
    }
}
