using System.Text;
using BudgetExtract.Web.Rendering;

namespace BudgetExtract.Web.Endpoints;

/// <summary><c>/sql?q=SELECT…</c>: the SQL box (GET, so a query is a shareable URL); read-only connection, time and row limits.</summary>
internal static class SqlEndpoints
{
    public static void Map(WebApplication app, Site site)
    {
        app.MapGet("/sql", (HttpContext context) =>
        {
            var sql = RequestQuery.Text(context, "q");
            var form = new StringBuilder("<form method=\"get\" action=\"/sql\"><textarea name=\"q\" rows=\"6\" id=\"sql\">")
                .Append(Html.E(sql ?? "SELECT department, year, count(*) AS lines FROM line_view GROUP BY 1, 2"))
                .Append("</textarea><br><button type=\"submit\">Run</button> (read-only; stops after ")
                .Append(site.Options.SqlTimeLimit.TotalSeconds).Append(" s and ").Append(site.Options.SqlRowLimit).Append(" rows; views: line_view, indicator_view, current_documents)</form>").ToString();
            if (sql is null)
            {
                if (RequestQuery.Format(context) != "html") throw HttpProblem.BadRequest("parameter 'q' (the SQL) is required for an export");
                return Responses.Page(Html.Page("SQL", form));
            }
            RequestQuery.Format(context);
            SqlBoxAnswer answer;
            try
            {
                var result = site.Sql.Run(sql);
                answer = new SqlBoxAnswer(result.Table, result.Truncated, null);
            }
            catch (Diagnostics.InputException e)
            {
                if (RequestQuery.Format(context) != "html") throw HttpProblem.BadRequest(e.Message);
                return Responses.Page(Html.Page("SQL", form + $"<p class=\"err\" id=\"problem\">{Html.E(e.Message)}</p>"), StatusCodes.Status400BadRequest);
            }
            return Responses.View(context, "sql", answer.Table, () => Html.Page("SQL", form +
                (answer.Truncated ? $"<p class=\"note\">Only the first {site.Options.SqlRowLimit} rows are shown.</p>" : "") +
                Html.Exports(context.Request.Path + context.Request.QueryString) + Html.Table(answer.Table, id: "sql-result")));
        });
    }

    private sealed record SqlBoxAnswer(Store.Query.ResultTable Table, bool Truncated, string? Problem);
}
