using BudgetExtract.Diagnostics;
using BudgetExtract.Store.Query;
using BudgetExtract.Web.Endpoints;
using BudgetExtract.Web.Pages;
using BudgetExtract.Web.Rendering;
using BudgetExtract.Web.Sql;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace BudgetExtract.Web;

/// <summary>
/// The read-only web UI over the store: search with facets, documents and their tables, page images with the
/// table's box, year comparison, SQL box. Only GET routes exist, so any other method gets 405.
/// </summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebServer(WebApplication app) => _app = app;

    public static WebServer Create(WebOptions options, IPageRenderer? renderer = null)
    {
        BudgetQueries.Open(options.Database).Dispose(); // a missing or foreign file fails here, with one line
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Urls);
        var site = new Site(options,
            new PageImages(renderer ?? new MutoolPageRenderer(), options.CacheDirectory, options.PageResolution),
            new SqlBox(options.Database, options.SqlTimeLimit, options.SqlRowLimit));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'unsafe-inline'; img-src 'self'; script-src 'none'";
            try
            {
                await next(context);
            }
            catch (Exception e) when (!context.Response.HasStarted && e is HttpProblem or InputException or ToolMissingException)
            {
                var (status, title) = e switch
                {
                    HttpProblem { Status: 404 } => (404, "Not found"),
                    HttpProblem p => (p.Status, "Bad request"),
                    ToolMissingException => (500, "Server error"),
                    _ => (400, "Bad request"),
                };
                context.Response.Clear();
                await Responses.Page(Html.Page(title, $"<p class=\"err\" id=\"problem\">{Html.E(e.Message)}</p>"), status).ExecuteAsync(context);
            }
        });
        app.UseStatusCodePages(async status =>
        {
            var code = status.HttpContext.Response.StatusCode;
            var text = code switch
            {
                404 => "There is no page at this address.",
                405 => "This site is read-only: only GET requests are answered.",
                _ => $"HTTP {code}.",
            };
            await Responses.Page(Html.Page(code == 404 ? "Not found" : $"Error {code}", $"<p class=\"err\">{Html.E(text)}</p>"), code).ExecuteAsync(status.HttpContext);
        });
        HomeEndpoints.Map(app, site);
        SearchEndpoints.Map(app, site);
        DocumentEndpoints.Map(app, site);
        CompareEndpoints.Map(app, site);
        SqlEndpoints.Map(app, site);
        return new WebServer(app);
    }

    public Task StartAsync(CancellationToken cancellationToken = default) => _app.StartAsync(cancellationToken);

    /// <summary>The addresses Kestrel listens on (the real port when 0 was asked for).</summary>
    public IReadOnlyList<string> Addresses =>
        [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>What every endpoint shares: options, page images, the SQL box; query objects are opened per request.</summary>
internal sealed record Site(WebOptions Options, PageImages Images, SqlBox Sql)
{
    public BudgetQueries Queries() => BudgetQueries.Open(Options.Database);

    public Catalog.DocumentCatalog Catalog() => new(Options.Database);
}
