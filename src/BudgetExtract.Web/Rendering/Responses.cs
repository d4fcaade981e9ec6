using System.Text;
using System.Text.Json;
using BudgetExtract.Contract;
using BudgetExtract.Store.Output;
using BudgetExtract.Store.Query;

namespace BudgetExtract.Web.Rendering;

/// <summary>One view in three formats: the HTML page, CSV (RFC 4180, UTF-8) and JSON, chosen by <c>?format=</c>.</summary>
internal static class Responses
{
    public static IResult View(HttpContext context, string name, ResultTable table, Func<string> html, object? json = null)
    {
        switch (RequestQuery.Format(context))
        {
            case "csv":
                var csv = new StringWriter { NewLine = "\n" };
                CsvFormat.Write(table, csv);
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
                return Results.Text(csv.ToString(), "text/csv; charset=utf-8", Encoding.UTF8);
            case "json":
                if (json is not null)
                    return Results.Text(JsonSerializer.Serialize(json, ContractJson.Options) + "\n", "application/json; charset=utf-8", Encoding.UTF8);
                var writer = new StringWriter();
                JsonFormat.Write(table, writer);
                return Results.Text(writer.ToString(), "application/json; charset=utf-8", Encoding.UTF8);
            default:
                return Page(html());
        }
    }

    public static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
}
