using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Web;

namespace BudgetExtract.Cli.Commands;

/// <summary>Arguments of <c>budgetextract serve</c>.</summary>
public sealed record ServeSettings
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public string Db { get; init; } = Store.Database.StoreOptions.DefaultPath;
    public string Urls { get; init; } = DefaultUrls;
    public string? Cache { get; init; }

    public void Validate()
    {
        foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
                throw new UsageException($"--urls: '{url}' is not an http:// address (e.g. http://127.0.0.1:5080)");
    }
}

/// <summary><c>budgetextract serve</c>: runs the web UI until Ctrl+C; the address goes to stderr.</summary>
public sealed class ServeCommand(TextWriter stderr)
{
    public async Task<int> RunAsync(ServeSettings settings, CancellationToken cancellationToken)
    {
        settings.Validate();
        var options = new WebOptions { Database = settings.Db, Urls = settings.Urls };
        if (settings.Cache is not null) options = options with { CacheDirectory = settings.Cache };
        await using var server = WebServer.Create(options);
        try
        {
            await server.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            throw new UsageException($"--urls {settings.Urls}: cannot listen there ({e.Message})");
        }
        stderr.WriteLine($"serving {settings.Db} at {string.Join(", ", server.Addresses)} (read-only; Ctrl+C stops)");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
        await server.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }
}
