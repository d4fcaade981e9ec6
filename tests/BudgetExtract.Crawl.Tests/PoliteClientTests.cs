using System.Collections.Concurrent;
using System.Diagnostics;
using BudgetExtract.Crawl.Fetching;
using BudgetExtract.Crawl.Pipelines;
using BudgetExtract.Testing;

namespace BudgetExtract.Crawl.Tests;

/// <summary>A scripted <see cref="IFetcher"/>: answers from a function, remembers every request and when it came.</summary>
internal sealed class ScriptedFetcher(Func<FetchRequest, int, FetchResponse> answer) : IFetcher
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public ConcurrentQueue<(Uri Url, TimeSpan At)> Calls { get; } = new();

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        Calls.Enqueue((request.Url, _clock.Elapsed));
        var n = _counts.AddOrUpdate(request.Url.AbsoluteUri, 1, (_, c) => c + 1);
        var response = answer(request, n);
        if (response.Status == 200 && !File.Exists(request.BodyPath)) File.WriteAllText(request.BodyPath, "body");
        return Task.FromResult(response);
    }

    public int CallsTo(string path) => Calls.Count(c => c.Url.AbsolutePath == path);
}

public sealed class PoliteClientTests : IDisposable
{
    private readonly TempDir _dir = new();
    private static readonly GetOptions Get = new(new HostMatcher(["site.test"]));

    private static readonly PolitenessOptions Fast = new()
    {
        DelayMs = 0, Concurrency = 4, TimeoutSeconds = 5, Retries = 3, RetryBaseDelayMs = 1, MaxRetryAfterSeconds = 2,
        CircuitMinimumThroughput = 100,
    };

    private static FetchResponse Robots(FetchRequest r, string text)
    {
        File.WriteAllText(r.BodyPath, text);
        return new FetchResponse(200) { Length = text.Length };
    }

    private async Task<FetchOutcome> GetAsync(ScriptedFetcher fetcher, string url, PolitenessOptions? options = null)
    {
        using var client = new PoliteClient(fetcher, options ?? Fast, "BudgetExtract/1.0", TimeProvider.System, _dir.Path);
        return await client.GetAsync(new Uri(url), Get, _dir.Combine(Guid.NewGuid().ToString("N")), CancellationToken.None);
    }

    [Fact]
    public async Task RetryAfter_IsWaitedEvenWhenBackoffWouldBeShorter()
    {
        var fetcher = new ScriptedFetcher((r, n) => r.Url.AbsolutePath == "/robots.txt" ? new FetchResponse(404)
            : n == 1 ? new FetchResponse(429) { RetryAfter = TimeSpan.FromMilliseconds(300) } : new FetchResponse(200));

        var outcome = await GetAsync(fetcher, "https://site.test/a.pdf");

        Assert.Equal(FetchStatus.Ok, outcome.Status);
        var attempts = fetcher.Calls.Where(c => c.Url.AbsolutePath == "/a.pdf").ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(290));
    }

    [Fact]
    public async Task RetryAfterBeyondTheLimit_GivesUpAtOnceWithAClearReason()
    {
        var fetcher = new ScriptedFetcher((r, _) => r.Url.AbsolutePath == "/robots.txt" ? new FetchResponse(404)
            : new FetchResponse(503) { RetryAfter = TimeSpan.FromHours(1) });

        var outcome = await GetAsync(fetcher, "https://site.test/a.pdf");

        Assert.Equal(FetchStatus.Failed, outcome.Status);
        Assert.Equal(1, fetcher.CallsTo("/a.pdf"));
        Assert.Contains("Retry-After 3600 s is longer than politeness.max_retry_after_seconds", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientErrors_AreNotRetried_ServerErrorsAre()
    {
        var fetcher = new ScriptedFetcher((r, _) => r.Url.AbsolutePath switch
        {
            "/robots.txt" => new FetchResponse(404),
            "/gone.pdf" => new FetchResponse(404),
            _ => new FetchResponse(500),
        });
        using var client = new PoliteClient(fetcher, Fast, "BudgetExtract/1.0", TimeProvider.System, _dir.Path);

        var gone = await client.GetAsync(new Uri("https://site.test/gone.pdf"), Get, _dir.Combine("1"), CancellationToken.None);
        var broken = await client.GetAsync(new Uri("https://site.test/broken.pdf"), Get, _dir.Combine("2"), CancellationToken.None);

        Assert.Equal("HTTP 404", gone.Reason);
        Assert.Equal(1, fetcher.CallsTo("/gone.pdf"));
        Assert.Equal("HTTP 500 after 4 attempts", broken.Reason);
        Assert.Equal(4, fetcher.CallsTo("/broken.pdf"));
    }

    [Fact]
    public async Task FailingHost_OpensItsCircuit_AndLaterRequestsAreNotSent()
    {
        var fetcher = new ScriptedFetcher((r, _) => r.Url.AbsolutePath == "/robots.txt" ? new FetchResponse(404) : new FetchResponse(502));
        var options = Fast with { Retries = 0, CircuitMinimumThroughput = 3, CircuitFailureRatio = 0.5, CircuitSamplingSeconds = 30, CircuitBreakSeconds = 30 };
        using var client = new PoliteClient(fetcher, options, "BudgetExtract/1.0", TimeProvider.System, _dir.Path);

        var outcomes = new List<FetchOutcome>();
        for (var i = 0; i < 5; i++)
            outcomes.Add(await client.GetAsync(new Uri($"https://site.test/{i}.pdf"), Get, _dir.Combine($"{i}"), CancellationToken.None));

        Assert.Contains("circuit open for host site.test", outcomes[^1].Reason, StringComparison.Ordinal);
        Assert.Equal(0, fetcher.CallsTo("/4.pdf"));
    }

    [Fact]
    public async Task RedirectToAnotherHost_IsRefusedWithoutRequestingIt_SameHostRedirectIsFollowed()
    {
        var fetcher = new ScriptedFetcher((r, _) => r.Url.AbsolutePath switch
        {
            "/robots.txt" => new FetchResponse(404),
            "/away.pdf" => new FetchResponse(302) { Location = "https://evil.test/x.pdf" },
            "/here.pdf" => new FetchResponse(301) { Location = "/files/here.pdf" },
            _ => new FetchResponse(200),
        });

        var away = await GetAsync(fetcher, "https://site.test/away.pdf");
        var here = await GetAsync(fetcher, "https://site.test/here.pdf");

        Assert.Equal(FetchStatus.Refused, away.Status);
        Assert.Contains("host evil.test is not allowed", away.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(fetcher.Calls, c => c.Url.Host == "evil.test");
        Assert.Equal(FetchStatus.Ok, here.Status);
        Assert.Equal("https://site.test/files/here.pdf", here.FinalUrl.AbsoluteUri);
    }

    [Fact]
    public async Task RedirectLoop_FailsAfterTheHopLimit()
    {
        var fetcher = new ScriptedFetcher((r, _) => r.Url.AbsolutePath == "/robots.txt" ? new FetchResponse(404) : new FetchResponse(302) { Location = "/loop.pdf" });

        var outcome = await GetAsync(fetcher, "https://site.test/loop.pdf");

        Assert.Equal(FetchStatus.Failed, outcome.Status);
        Assert.Contains("more than 5 redirects", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_DisallowedPathIsNeverRequested_AndAnUnavailableRobotsTxtStopsTheHost()
    {
        var fetcher = new ScriptedFetcher((r, _) => r.Url.AbsolutePath == "/robots.txt"
            ? r.Url.Host == "site.test" ? Robots(r, "User-agent: *\nDisallow: /private/") : new FetchResponse(500)
            : new FetchResponse(200));
        var options = Fast with { Retries = 0 };
        using var client = new PoliteClient(fetcher, options, "BudgetExtract/1.0", TimeProvider.System, _dir.Path);
        var both = new GetOptions(new HostMatcher(["site.test", "down.test"]));

        var secret = await client.GetAsync(new Uri("https://site.test/private/s.pdf"), both, _dir.Combine("1"), CancellationToken.None);
        var open = await client.GetAsync(new Uri("https://site.test/open.pdf"), both, _dir.Combine("2"), CancellationToken.None);
        var down = await client.GetAsync(new Uri("https://down.test/a.pdf"), both, _dir.Combine("3"), CancellationToken.None);

        Assert.Equal(FetchStatus.Refused, secret.Status);
        Assert.Equal(FetchStatus.Ok, open.Status);
        Assert.Equal(FetchStatus.Failed, down.Status);
        Assert.Equal("robots.txt of down.test unavailable (HTTP 500); host not crawled in this run", down.Reason);
        Assert.Equal(0, fetcher.CallsTo("/private/s.pdf"));
        Assert.Equal(0, fetcher.Calls.Count(c => c.Url.AbsoluteUri == "https://down.test/a.pdf"));
        Assert.Equal(1, fetcher.Calls.Count(c => c.Url.AbsoluteUri == "https://site.test/robots.txt"));
    }

    [Fact]
    public async Task RedirectedRobotsTxt_IsFollowedAndObeyed()
    {
        var fetcher = new ScriptedFetcher((r, _) => (r.Url.Scheme, r.Url.AbsolutePath) switch
        {
            ("http", "/robots.txt") => new FetchResponse(301) { Location = "https://site.test/robots.txt" },
            ("https", "/robots.txt") => Robots(r, "User-agent: *\nDisallow: /private/"),
            _ => new FetchResponse(200),
        });

        var outcome = await GetAsync(fetcher, "http://site.test/private/a.pdf");

        Assert.Equal(FetchStatus.Refused, outcome.Status);
        Assert.Equal(0, fetcher.CallsTo("/private/a.pdf"));
    }

    [Fact]
    public async Task RequestsToOneHost_AreSpacedByTheConfiguredDelay()
    {
        var fetcher = new ScriptedFetcher((r, _) => r.Url.AbsolutePath == "/robots.txt" ? new FetchResponse(404) : new FetchResponse(200));
        var options = Fast with { DelayMs = 120, Concurrency = 3 };
        using var client = new PoliteClient(fetcher, options, "BudgetExtract/1.0", TimeProvider.System, _dir.Path);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
            client.GetAsync(new Uri($"https://site.test/{i}.pdf"), Get, _dir.Combine($"{i}"), CancellationToken.None)));

        Assert.Equal(1, fetcher.CallsTo("/robots.txt"));
        var starts = fetcher.Calls.Where(c => c.Url.AbsolutePath != "/robots.txt").Select(c => c.At).Order().ToList();
        Assert.Equal(3, starts.Count);
        for (var i = 1; i < starts.Count; i++)
            Assert.True(starts[i] - starts[i - 1] >= TimeSpan.FromMilliseconds(100), $"gaps {string.Join(", ", starts.Select(s => s.TotalMilliseconds))} ms");
    }

    [Fact]
    public async Task SlowAttempt_TimesOut_AndIsReportedAsATimeout()
    {
        var fetcher = new SlowFetcher();
        var options = Fast with { TimeoutSeconds = 0.2, Retries = 1, Robots = false };
        using var client = new PoliteClient(fetcher, options, "BudgetExtract/1.0", TimeProvider.System, _dir.Path);

        var outcome = await client.GetAsync(new Uri("https://site.test/slow.pdf"), Get, _dir.Combine("1"), CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, outcome.Status);
        Assert.Equal("timed out (0.2 s per attempt) after 2 attempts", outcome.Reason);
    }

    private sealed class SlowFetcher : IFetcher
    {
        public async Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            return new FetchResponse(200);
        }
    }

    public void Dispose() => _dir.Dispose();
}
