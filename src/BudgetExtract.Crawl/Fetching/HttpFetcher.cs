using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace BudgetExtract.Crawl.Fetching;

/// <summary>
/// <see cref="IFetcher"/> over <see cref="HttpClient"/>. Redirects are not followed here (the crawler checks each hop
/// against the allowed hosts and robots.txt); timeouts come from the caller's cancellation token.
/// </summary>
public sealed class HttpFetcher(HttpClient client, TimeProvider time) : IFetcher
{
    /// <summary>A client suited to crawling: no automatic redirects, decompression on, no overall timeout.</summary>
    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(30),
        UseCookies = true,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        if (request.UserAgent is not null) message.Headers.TryAddWithoutValidation("User-Agent", request.UserAgent);
        if (request.Referer is not null) message.Headers.Referrer = request.Referer;
        if (request.IfNoneMatch is not null) message.Headers.TryAddWithoutValidation("If-None-Match", request.IfNoneMatch);
        if (request.IfModifiedSince is { } since) message.Headers.IfModifiedSince = since;
        foreach (var (name, value) in request.Headers) message.Headers.TryAddWithoutValidation(name, value);

        using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var result = new FetchResponse((int)response.StatusCode)
        {
            ContentType = response.Content.Headers.ContentType?.MediaType,
            Charset = response.Content.Headers.ContentType?.CharSet?.Trim('"'),
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified,
            Location = response.Headers.Location?.OriginalString,
            RetryAfter = RetryAfter(response.Headers.RetryAfter),
        };
        if (response.StatusCode != HttpStatusCode.OK) return result;
        if (response.Content.Headers.ContentLength > request.MaxBytes) return result with { TooLarge = true, Length = response.Content.Headers.ContentLength.Value };

        var (length, sha, tooLarge) = await CopyCappedAsync(response.Content, request, cancellationToken).ConfigureAwait(false);
        return result with { Length = length, Sha256 = sha, TooLarge = tooLarge };
    }

    private static async Task<(long Length, string? Sha, bool TooLarge)> CopyCappedAsync(HttpContent content, FetchRequest request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        await using (var input = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
        await using (var output = new FileStream(request.BodyPath, FileMode.Create, FileAccess.Write, FileShare.None, 1, useAsync: true))
        {
            int read;
            while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > request.MaxBytes) break;
                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        if (total > request.MaxBytes)
        {
            File.Delete(request.BodyPath);
            return (total, null, true);
        }
        return (total, Convert.ToHexStringLower(hash.GetHashAndReset()), false);
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }
}
