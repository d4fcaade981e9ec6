using System.Text;
using BudgetExtract.Store.Query;
using BudgetExtract.Web.Catalog;
using BudgetExtract.Web.Rendering;

namespace BudgetExtract.Web.Endpoints;

/// <summary>The start page and the list of documents.</summary>
internal static class HomeEndpoints
{
    public static void Map(WebApplication app, Site site)
    {
        app.MapGet("/", () =>
        {
            using var catalog = site.Catalog();
            var documents = catalog.CurrentDocuments();
            var body = new StringBuilder();
            body.Append(SearchEndpoints.Form(null, null, null, null, null));
            body.Append($"<p>{documents.Count} document(s) stored: ").Append(Html.Link("/documents", "list them")).Append(". ");
            body.Append("Compare a department across years on ").Append(Html.Link("/compare", "Compare years")).Append(".</p>");
            return Responses.Page(Html.Page("Chinese government budgets", body.ToString()));
        });

        app.MapGet("/documents", (HttpContext context) =>
        {
            var region = RequestQuery.Text(context, "region");
            var department = RequestQuery.Text(context, "department");
            var year = RequestQuery.Int(context, "year", 1949, 2200);
            var kind = RequestQuery.Text(context, "kind");
            using var catalog = site.Catalog();
            var documents = catalog.CurrentDocuments()
                .Where(d => (region is null || d.Region == region) && (department is null || d.Department == department)
                            && (year is null || d.Year == year) && (kind is null || d.Kind == kind))
                .ToList();
            var table = DocumentTable(documents);
            return Responses.View(context, "documents", table, () => Html.Page("Documents",
                Html.Exports(context.Request.Path + context.Request.QueryString) +
                Html.Table(table, (r, c) => table.Columns[c] == "file" ? Html.Link(DocumentEndpoints.DocumentUrl(documents[r].Sha256), documents[r].FileName) : null, "documents")));
        });
    }

    public static ResultTable DocumentTable(IReadOnlyList<DocumentEntry> documents) => new(
        ["region", "department", "year", "kind", "file", "sha256", "pages", "source", "fetched_at", "version"],
        [.. documents.Select(d => new object?[] { d.Region, d.Department, (long?)d.Year, d.Kind, d.FileName, d.Sha256, (long)d.Pages, d.Source, d.FetchedAt, (long)d.Version })]);
}
