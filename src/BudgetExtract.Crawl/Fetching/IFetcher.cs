namespace BudgetExtract.Crawl.Fetching;

/// <summary>
/// One HTTP GET, nothing more: no redirects followed, no retries. The body of a 200 response is streamed into
/// <see cref="FetchRequest.BodyPath"/> and hashed on the way; anything past <see cref="FetchRequest.MaxBytes"/>
/// aborts the transfer. The seam that lets the crawler's logic be tested without a network.
/// </summary>
public interface IFetcher
{
    Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken);
}

/// <summary>What to fetch and how; conditional headers come from the stored state of the URL.</summary>
public sealed record FetchRequest(Uri Url, string BodyPath, long MaxBytes)
{
    public string? UserAgent { get; init; }

    public Uri? Referer { get; init; }

    public string? IfNoneMatch { get; init; }

    public DateTimeOffset? IfModifiedSince { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

/// <summary>The answer to one request. <see cref="Sha256"/> and <see cref="Length"/> describe the body written (200 only).</summary>
public sealed record FetchResponse(int Status)
{
    public string? ContentType { get; init; }

    /// <summary>The charset of the Content-Type header (e.g. gb2312), if any.</summary>
    public string? Charset { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    /// <summary>The Location header of a redirect, as sent (maybe relative).</summary>
    public string? Location { get; init; }

    /// <summary>Retry-After of a 429/503, converted to a delay.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public long Length { get; init; }

    public string? Sha256 { get; init; }

    /// <summary>The body exceeded the size cap (by Content-Length or while streaming); nothing was kept.</summary>
    public bool TooLarge { get; init; }

    public bool IsRedirect => Status is 301 or 302 or 303 or 307 or 308;

    /// <summary>Worth another attempt: request timeout, too many requests, server errors.</summary>
    public bool IsTransient => Status is 408 or 429 || Status >= 500;
}
