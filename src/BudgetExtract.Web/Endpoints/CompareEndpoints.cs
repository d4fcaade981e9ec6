using System.Globalization;
using System.Text;
using BudgetExtract.Store.Diff;
using BudgetExtract.Store.Query;
using BudgetExtract.Web.Rendering;

namespace BudgetExtract.Web.Endpoints;

/// <summary>
/// <c>/compare?department=…&amp;from=…&amp;to=…</c>: the store's <see cref="YearDiff"/>, increases and decreases marked,
/// with an inline SVG of the largest changes. Without years, the department's two latest stored years are compared.
/// </summary>
internal static class CompareEndpoints
{
    private static readonly string[] CsvColumns =
    [
        "section", "status", "document_kind", "table_kind", "unit", "code", "name", "column", "old", "new", "change", "percent",
        "project", "level1", "level2", "level3", "old_target", "new_target",
    ];

    public static void Map(WebApplication app, Site site)
    {
        app.MapGet("/compare", (HttpContext context) =>
        {
            var department = RequestQuery.Text(context, "department");
            var region = RequestQuery.Text(context, "region");
            var kind = RequestQuery.Text(context, "kind");
            var from = RequestQuery.Int(context, "from", 1949, 2200);
            var to = RequestQuery.Int(context, "to", 1949, 2200);
            var changesOnly = RequestQuery.Text(context, "changes") switch
            {
                null or "all" => false,
                "only" => true,
                var other => throw HttpProblem.BadRequest($"parameter 'changes' must be 'all' or 'only', not '{other}'"),
            };
            using var catalog = site.Catalog();
            var documents = catalog.CurrentDocuments();
            if (department is null)
            {
                if (RequestQuery.Format(context) != "html") throw HttpProblem.BadRequest("parameter 'department' is required for an export");
                return Responses.Page(Html.Page("Compare years", Form(documents, null, null, null, false) + DepartmentList(documents)));
            }
            if (from is null || to is null)
            {
                var years = documents.Where(d => d.Department == department && d.Year is not null).Select(d => d.Year!.Value).Distinct().Order().ToList();
                if (years.Count < 2) throw HttpProblem.NotFound($"fewer than two years are stored for {department}; give from= and to=");
                from ??= years[^2];
                to ??= years[^1];
            }
            if (from == to) throw HttpProblem.BadRequest("'from' and 'to' must be different years");
            using var queries = site.Queries();
            var diff = new YearDiff(queries).Compare(new DiffRequest(department, from.Value, to.Value, region, kind));
            if (changesOnly)
                diff = diff with
                {
                    Lines = [.. diff.Lines.Where(l => l.Status != DiffStatus.Unchanged)],
                    Indicators = [.. diff.Indicators.Where(i => i.Status != DiffStatus.Unchanged)],
                };
            return Responses.View(context, $"compare-{from}-{to}", Combined(diff), () =>
                Html.Page($"{department}: {from} → {to}", Form(documents, department, from, to, changesOnly) + Body(context, diff)), diff);
        });
    }

    private static string Body(HttpContext context, DiffResult diff)
    {
        var html = new StringBuilder();
        html.Append($"<p>{Html.E(Describe(diff.From))} → {Html.E(Describe(diff.To))}</p>");
        html.Append(Html.Exports(context.Request.Path + context.Request.QueryString));
        var largest = diff.Lines.Select(l => (Line: l, Change: l.Change ?? (l.New ?? 0) - (l.Old ?? 0)))
            .Where(x => x.Change != 0).OrderByDescending(x => Math.Abs(x.Change)).Take(15)
            .Select(x => new BarChart.Bar($"{x.Line.Code} {x.Line.Name} · {x.Line.Column}".Trim(), x.Change)).ToList();
        html.Append("<h2>Largest changes (yuan)</h2>").Append(BarChart.Svg(largest, "Largest changes"));
        var counts = diff.Lines.GroupBy(l => l.Status).ToDictionary(g => g.Key, g => g.Count());
        html.Append($"<h2>Budget lines</h2><p>{counts.GetValueOrDefault(DiffStatus.Changed)} changed, {counts.GetValueOrDefault(DiffStatus.Added)} added, {counts.GetValueOrDefault(DiffStatus.Removed)} removed, {counts.GetValueOrDefault(DiffStatus.Unchanged)} unchanged</p>");
        html.Append("<table id=\"lines\"><thead><tr><th></th><th>status</th><th>table kind</th><th>code</th><th>name</th><th>column</th><th>old</th><th>new</th><th>change</th><th>%</th></tr></thead><tbody>");
        foreach (var l in diff.Lines)
        {
            var change = l.Change ?? (l.New ?? 0) - (l.Old ?? 0);
            var (css, mark) = change > 0 ? ("inc", "▲") : change < 0 ? ("dec", "▼") : ("", "");
            html.Append($"<tr class=\"{css}\"><td>{mark}</td><td>{Html.E(l.Status)}</td><td>{Html.E(l.TableKind)}</td><td>{Html.E(l.Code)}</td><td>{Html.E(l.Name)}</td><td>{Html.E(l.Column)}</td>");
            foreach (var v in new[] { l.Old, l.New, l.Change, l.Percent })
                html.Append("<td class=\"num\">").Append(Html.E(v?.ToString("#,0.############", CultureInfo.InvariantCulture))).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table><h2>Indicators</h2>");
        html.Append(Html.Table(new ResultTable(["status", "project", "level1", "level2", "level3", "old_target", "new_target"],
            [.. diff.Indicators.Select(i => new object?[] { i.Status, i.Project, i.Level1, i.Level2, i.Level3, i.OldTarget, i.NewTarget })]), id: "indicators"));
        return html.ToString();
    }

    private static string Describe(DiffSide side) =>
        $"{side.Year}: {string.Join(", ", side.Departments.DefaultIfEmpty("(department unknown)"))} ({string.Join(", ", side.Files)})";

    private static string Form(IReadOnlyList<Catalog.DocumentEntry> documents, string? department, int? from, int? to, bool changesOnly)
    {
        var html = new StringBuilder("<form method=\"get\" action=\"/compare\">Department <select name=\"department\" id=\"department\">");
        foreach (var name in documents.Select(d => d.Department).OfType<string>().Distinct().Order(StringComparer.Ordinal))
            html.Append($"<option{(name == department ? " selected" : "")} value=\"{Html.E(name)}\">{Html.E(name)}</option>");
        html.Append($"</select> from <input name=\"from\" size=\"5\" value=\"{from}\"> to <input name=\"to\" size=\"5\" value=\"{to}\">");
        html.Append($" <select name=\"changes\"><option value=\"all\">all lines</option><option value=\"only\"{(changesOnly ? " selected" : "")}>changes only</option></select> <button type=\"submit\">Compare</button></form>");
        return html.ToString();
    }

    private static string DepartmentList(IReadOnlyList<Catalog.DocumentEntry> documents)
    {
        var html = new StringBuilder("<h2>Departments with several years</h2><ul>");
        foreach (var g in documents.Where(d => d.Department is not null && d.Year is not null).GroupBy(d => d.Department!).Where(g => g.Select(d => d.Year).Distinct().Count() > 1))
            html.Append("<li>").Append(Html.Link("/compare?department=" + Html.U(g.Key), g.Key))
                .Append(Html.E(" (" + string.Join(", ", g.Select(d => d.Year).Distinct().Order()) + ")")).Append("</li>");
        return html.Append("</ul>").ToString();
    }

    private static ResultTable Combined(DiffResult diff)
    {
        var rows = new List<object?[]>();
        foreach (var l in diff.Lines)
            rows.Add(["line", l.Status, l.DocumentKind, l.TableKind, l.Unit, l.Code, l.Name, l.Column, l.Old, l.New, l.Change, l.Percent, null, null, null, null, null, null]);
        foreach (var i in diff.Indicators)
            rows.Add(["indicator", i.Status, null, null, null, null, null, null, null, null, null, null, i.Project, i.Level1, i.Level2, i.Level3, i.OldTarget, i.NewTarget]);
        return new ResultTable(CsvColumns, rows);
    }
}
