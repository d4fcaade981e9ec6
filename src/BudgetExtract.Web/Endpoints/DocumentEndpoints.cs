using System.Globalization;
using System.Text;
using BudgetExtract.Diagnostics;
using BudgetExtract.Store.Query;
using BudgetExtract.Web.Catalog;
using BudgetExtract.Web.Pages;
using BudgetExtract.Web.Rendering;

namespace BudgetExtract.Web.Endpoints;

/// <summary>
/// A document (metadata, provenance, its tables), one table (grid as printed) and a page image with the table's
/// box drawn over it — what a journalist cites. URLs use the full sha256, so they stay valid across re-ingests.
/// </summary>
internal static class DocumentEndpoints
{
    public static string DocumentUrl(string sha) => $"/documents/{sha}";

    public static string TableUrl(string sha, int ordinal) => $"/documents/{sha}/tables/{ordinal}";

    public static string PageUrl(string sha, int page, int? table) => $"/documents/{sha}/pages/{page}" + (table is { } t ? $"?table={t}" : "");

    public static void Map(WebApplication app, Site site)
    {
        app.MapGet("/documents/{sha}", (HttpContext context, string sha) =>
        {
            using var catalog = site.Catalog();
            var document = Find(catalog, sha);
            var tables = catalog.Tables(document.Id);
            var list = TableList(tables);
            var json = new { document = HomeEndpoints.DocumentTable([document]).Columns.Zip(HomeEndpoints.DocumentTable([document]).Rows[0]).ToDictionary(p => p.First, p => p.Second), tables = Store.Output.JsonFormat.ToObjects(list) };
            return Responses.View(context, "document-" + sha[..12], list, () =>
            {
                using var queries = site.Queries();
                return Html.Page(Title(document), DocumentBody(context, document, tables, list, queries));
            }, json);
        });

        app.MapGet("/documents/{sha}/tables/{ordinal}", (HttpContext context, string sha, string ordinal) =>
        {
            using var catalog = site.Catalog();
            var document = Find(catalog, sha);
            var table = FindTable(catalog, document, ordinal);
            using var queries = site.Queries();
            var grid = queries.TableGrid(document.Sha256, table.Ordinal);
            return Responses.View(context, $"table-{sha[..12]}-{table.Ordinal}", grid, () => Html.Page(table.Caption,
                $"<p>From {Html.Link(DocumentUrl(sha), Title(document))}</p>" + TableMeta(document, table) +
                Html.Exports(context.Request.Path + context.Request.QueryString) + Html.Table(grid, id: "grid") + Notes(table)));
        });

        app.MapGet("/documents/{sha}/pages/{page}", async (HttpContext context, string sha, string page) =>
        {
            using var catalog = site.Catalog();
            var document = Find(catalog, sha);
            var number = PageNumber(document, page);
            var tableOrdinal = RequestQuery.Int(context, "table", 0);
            var table = tableOrdinal is { } o ? FindTable(catalog, document, o.ToString(CultureInfo.InvariantCulture)) : null;
            var box = table is null ? null : catalog.TableBoxes(document.Id, table.Ordinal).Cast<PageBox?>().FirstOrDefault(b => b!.Value.Page == number);
            var info = new ResultTable(["sha256", "source", "page", "table", "x0", "y0", "x1", "y1"],
                [[document.Sha256, document.Source, (long)number, (long?)table?.Ordinal, box?.X0, box?.Y0, box?.X1, box?.Y1]]);
            var format = RequestQuery.Format(context);
            var image = format == "html" ? await site.Images.GetAsync(document, number, context.RequestAborted) : null;
            return Responses.View(context, $"page-{sha[..12]}-{number}", info, () =>
                Html.Page($"{Title(document)}, page {number}", PageBody(context, document, number, table, box, image!, site.Images.Resolution)));
        });

        app.MapGet("/documents/{sha}/pages/{page}/image.png", async (HttpContext context, string sha, string page) =>
        {
            using var catalog = site.Catalog();
            var document = Find(catalog, sha);
            var image = await site.Images.GetAsync(document, PageNumber(document, page), context.RequestAborted);
            if (image.PngPath is null) throw HttpProblem.NotFound(image.Problem!);
            context.Response.Headers.CacheControl = "public, max-age=86400, immutable"; // keyed by sha256: the bytes never change
            return Results.File(image.PngPath, "image/png");
        });
    }

    private static DocumentEntry Find(DocumentCatalog catalog, string sha) =>
        catalog.Document(RequestQuery.Sha256(sha)) ?? throw HttpProblem.NotFound($"no stored document has sha256 {sha}");

    private static TableEntry FindTable(DocumentCatalog catalog, DocumentEntry document, string ordinal)
    {
        if (!int.TryParse(ordinal, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            throw HttpProblem.BadRequest($"table number must be a whole number, not '{ordinal}'");
        return catalog.Tables(document.Id).FirstOrDefault(t => t.Ordinal == n)
               ?? throw HttpProblem.NotFound($"document {document.FileName} has no table {n}");
    }

    private static int PageNumber(DocumentEntry document, string page)
    {
        if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            throw HttpProblem.BadRequest($"page must be a whole number, not '{page}'");
        return n >= 1 && n <= document.Pages ? n : throw HttpProblem.NotFound($"document {document.FileName} has pages 1 to {document.Pages}, not {n}");
    }

    private static string Title(DocumentEntry d) =>
        string.Join(" ", new[] { d.Department, d.Year?.ToString(CultureInfo.InvariantCulture), d.Kind }.Where(t => t is not null)) is { Length: > 0 } t ? t : d.FileName;

    private static ResultTable TableList(IReadOnlyList<TableEntry> tables) => new(
        ["table", "number", "title", "table_kind", "unit", "pages", "rows", "columns"],
        [.. tables.Select(t => new object?[] { (long)t.Ordinal, t.Number, t.Title, t.Kind, t.Unit, string.Join(",", t.Pages), (long)t.Rows, (long)t.Columns })]);

    private static string DocumentBody(HttpContext context, DocumentEntry d, IReadOnlyList<TableEntry> tables, ResultTable list, BudgetQueries queries)
    {
        var html = new StringBuilder("<table id=\"metadata\">");
        foreach (var (k, v) in new[]
                 {
                     ("region", d.Region), ("department", d.Department), ("year", d.Year?.ToString(CultureInfo.InvariantCulture)), ("kind", d.Kind),
                     ("file", d.FileName), ("source", d.Source), ("sha256", d.Sha256), ("pages", d.Pages.ToString(CultureInfo.InvariantCulture)),
                     ("fetched", d.FetchedAt), ("stored", d.StoredAt), ("version", d.Version + (d.Superseded ? " (superseded by a newer version)" : "")),
                 })
            html.Append("<tr><th>").Append(Html.E(k)).Append("</th><td>").Append(Html.E(v)).Append("</td></tr>");
        html.Append("</table>");
        if (d.Superseded) html.Append("<p class=\"note\">A newer version of this document is stored; searches and comparisons use the newer one.</p>");
        html.Append(Html.Exports(context.Request.Path + context.Request.QueryString));
        html.Append("<h2>Tables</h2>");
        html.Append(Html.Table(list, (r, c) => list.Columns[c] == "title" ? Html.Link(TableUrl(d.Sha256, tables[r].Ordinal), tables[r].Caption) : null, "tables"));
        foreach (var t in tables)
        {
            html.Append($"<h2 id=\"table-{t.Ordinal}\">").Append(Html.Link(TableUrl(d.Sha256, t.Ordinal), t.Caption)).Append("</h2>");
            html.Append(TableMeta(d, t));
            html.Append(Html.Table(queries.TableGrid(d.Sha256, t.Ordinal)));
            html.Append(Notes(t));
        }
        return html.ToString();
    }

    private static string TableMeta(DocumentEntry d, TableEntry t)
    {
        var pages = string.Join(" ", t.Pages.Select(p => Html.Link(PageUrl(d.Sha256, p, t.Ordinal), $"page {p}")));
        return $"<p>Kind: {Html.E(t.Kind ?? "unknown")} · unit: {Html.E(t.Unit ?? "—")} · PDF {pages}</p>";
    }

    private static string Notes(TableEntry t) =>
        t.Notes.Count == 0 ? "" : "<ul>" + string.Concat(t.Notes.Select(n => "<li>" + Html.E(n) + "</li>")) + "</ul>";

    private static string PageBody(HttpContext context, DocumentEntry d, int page, TableEntry? table, PageBox? box, PageImage image, int resolution)
    {
        var html = new StringBuilder();
        html.Append($"<p>Source: {Html.E(d.Source)} (sha256 {Html.E(d.Sha256)}), page {page} of {d.Pages}.");
        if (table is not null) html.Append(" Highlighted: ").Append(Html.Link(TableUrl(d.Sha256, table.Ordinal), table.Caption)).Append('.');
        html.Append("</p>");
        if (page > 1) html.Append(Html.Link(PageUrl(d.Sha256, page - 1, table?.Ordinal), "← previous page")).Append(' ');
        if (page < d.Pages) html.Append(Html.Link(PageUrl(d.Sha256, page + 1, table?.Ordinal), "next page →"));
        html.Append(Html.Exports(context.Request.Path + context.Request.QueryString));
        if (image.PngPath is null)
        {
            html.Append("<p class=\"note\" id=\"page-missing\">").Append(Html.E(image.Problem)).Append("</p>");
            return html.ToString();
        }
        var (width, height) = PageImages.PngSize(image.PngPath);
        var scale = resolution / 72.0; // boxes are in PDF points
        var src = $"/documents/{d.Sha256}/pages/{page}/image.png";
        html.Append(CultureInfo.InvariantCulture, $"<svg id=\"page-image\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        html.Append(CultureInfo.InvariantCulture, $"<image href=\"{Html.E(src)}\" width=\"{width}\" height=\"{height}\"/>");
        if (box is { } b)
            html.Append(CultureInfo.InvariantCulture,
                $"<rect id=\"table-box\" x=\"{b.X0 * scale - 3:0.#}\" y=\"{b.Y0 * scale - 3:0.#}\" width=\"{(b.X1 - b.X0) * scale + 6:0.#}\" height=\"{(b.Y1 - b.Y0) * scale + 6:0.#}\" fill=\"rgba(255,200,0,0.15)\" stroke=\"#e63946\" stroke-width=\"3\"/>");
        html.Append("</svg>");
        return html.ToString();
    }
}
