namespace BudgetExtract.Web;

/// <summary>How <c>budgetextract serve</c> runs. Defaults suit one journalist on one machine.</summary>
public sealed record WebOptions
{
    /// <summary>The store's SQLite file (read-only here).</summary>
    public required string Database { get; init; }

    /// <summary>Where Kestrel listens; port 0 picks a free one (tests).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Rendered page images are cached here (default: a folder under the system temp directory).</summary>
    public string CacheDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "budgetextract-pages");

    /// <summary>The SQL box stops a statement after this long (sqlite3_interrupt).</summary>
    public TimeSpan SqlTimeLimit { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>At most this many rows from the SQL box (the rest are dropped, and the page says so).</summary>
    public int SqlRowLimit { get; init; } = 1000;

    /// <summary>At most this many search hits read per query.</summary>
    public int SearchLimit { get; init; } = 500;

    /// <summary>Resolution of page images, in dots per inch (mutool draw -r).</summary>
    public int PageResolution { get; init; } = 110;
}
