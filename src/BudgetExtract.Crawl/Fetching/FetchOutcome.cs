namespace BudgetExtract.Crawl.Fetching;

public enum FetchStatus
{
    /// <summary>200: the body is in the requested file.</summary>
    Ok,

    /// <summary>304: the stored copy is current.</summary>
    NotModified,

    /// <summary>Not fetched on purpose: robots.txt, or a redirect to a host that is not allowed.</summary>
    Refused,

    /// <summary>Gave up: an error status, too large, timeouts, an open circuit.</summary>
    Failed,
}

/// <summary>The end of following one URL through its redirects, retries included.</summary>
public sealed record FetchOutcome(FetchStatus Status, Uri FinalUrl, string? Reason = null, FetchResponse? Response = null);

/// <summary>Per-request settings the crawler derives from the source and the stored state.</summary>
public sealed record GetOptions(HostMatcher AllowedHosts)
{
    public Uri? Referer { get; init; }

    public string? IfNoneMatch { get; init; }

    public DateTimeOffset? IfModifiedSince { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
