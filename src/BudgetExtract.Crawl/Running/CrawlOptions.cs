namespace BudgetExtract.Crawl.Running;

/// <summary>Where a run puts things, beyond what the pipeline file says.</summary>
public sealed record CrawlOptions
{
    /// <summary>Downloaded documents go here, content-addressed: <c>DIR/ab/abcdef….pdf</c>. Default <c>data/documents</c>.</summary>
    public string OutputDirectory { get; init; } = Path.Combine("data", "documents");

    /// <summary>The command recorded with the run (crawl or run).</summary>
    public string Command { get; init; } = "crawl";

    /// <summary>After a stop request, how long documents already being fetched may take to finish and be recorded. Default 20 s.</summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Base address that replaces <c>{serve}</c> in start URLs, when the pipeline serves a directory itself.</summary>
    public Uri? ServeBase { get; init; }
}
