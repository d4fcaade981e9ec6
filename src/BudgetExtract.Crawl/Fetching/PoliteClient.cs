using System.Collections.Concurrent;
using BudgetExtract.Crawl.Pipelines;
using BudgetExtract.Crawl.Robots;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace BudgetExtract.Crawl.Fetching;

/// <summary>
/// The crawler's way to the network: allowed hosts (every redirect hop too), robots.txt, per-host rate limit and
/// concurrency, and per host a Polly pipeline — retry with exponential backoff and jitter on 408/429/5xx and
/// timeouts (Retry-After honoured), a circuit breaker, and a time limit per attempt.
/// </summary>
public sealed class PoliteClient(IFetcher fetcher, PolitenessOptions options, string userAgent, TimeProvider time, string scratchDirectory) : IDisposable
{
    private const int MaxRedirects = 5;
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Fetches a URL into <paramref name="bodyPath"/> (on <see cref="FetchStatus.Ok"/>), following allowed redirects.</summary>
    public async Task<FetchOutcome> GetAsync(Uri url, GetOptions get, string bodyPath, CancellationToken cancellationToken)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (!get.AllowedHosts.IsAllowed(current))
                return new FetchOutcome(FetchStatus.Refused, current, hop == 0 ? $"host {current.Host} is not allowed" : $"redirected to {current}, host {current.Host} is not allowed");
            if (current.Scheme is not ("http" or "https")) return new FetchOutcome(FetchStatus.Refused, current, $"not an http(s) URL: {current}");
            if (options.Robots)
            {
                var robots = await RobotsAsync(current, get, cancellationToken).ConfigureAwait(false);
                if (robots.Unavailable is { } why) return new FetchOutcome(FetchStatus.Failed, current, $"robots.txt of {current.Host} unavailable ({why}); host not crawled in this run");
                if (!robots.IsAllowed(current)) return new FetchOutcome(FetchStatus.Refused, current, $"disallowed by robots.txt: {current}");
            }

            var outcome = await SendAsync(current, get, bodyPath, cancellationToken).ConfigureAwait(false);
            if (outcome.Response is not { IsRedirect: true } response) return outcome;
            if (hop == MaxRedirects) return outcome with { Status = FetchStatus.Failed, Reason = $"more than {MaxRedirects} redirects" };
            if (response.Location is null || !Uri.TryCreate(current, response.Location, out var next))
                return outcome with { Status = FetchStatus.Failed, Reason = $"HTTP {response.Status} without a usable Location" };
            current = next;
        }
    }

    private async Task<FetchOutcome> SendAsync(Uri url, GetOptions get, string bodyPath, CancellationToken cancellationToken)
    {
        var host = Host(url);
        var request = new FetchRequest(url, bodyPath, options.MaxBytes)
        {
            UserAgent = userAgent,
            Referer = get.Referer,
            IfNoneMatch = get.IfNoneMatch,
            IfModifiedSince = get.IfModifiedSince,
            Headers = get.Headers,
        };
        var attempts = 0;
        try
        {
            var response = await host.Retrying.ExecuteAsync(async token =>
            {
                using var slot = await host.Gate.EnterAsync(token).ConfigureAwait(false);
                attempts++;
                return await host.Attempt.ExecuteAsync(t => new ValueTask<FetchResponse>(fetcher.FetchAsync(request, t)), token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);

            if (response.TooLarge)
                return new FetchOutcome(FetchStatus.Failed, url, $"larger than the {options.MaxBytes}-byte limit (politeness.max_bytes)", response);
            return response.Status switch
            {
                200 => new FetchOutcome(FetchStatus.Ok, url, null, response),
                304 => new FetchOutcome(FetchStatus.NotModified, url, null, response),
                _ when response.IsRedirect => new FetchOutcome(FetchStatus.Failed, url, null, response),
                _ => new FetchOutcome(FetchStatus.Failed, url, Attempts($"HTTP {response.Status}", attempts) + RetryAfterNote(response), response),
            };
        }
        catch (TimeoutRejectedException)
        {
            return new FetchOutcome(FetchStatus.Failed, url, Attempts($"timed out ({options.TimeoutSeconds:0.###} s per attempt)", attempts));
        }
        catch (BrokenCircuitException)
        {
            return new FetchOutcome(FetchStatus.Failed, url, $"circuit open for host {url.Host}: too many recent failures, not tried");
        }
        catch (HttpRequestException e)
        {
            return new FetchOutcome(FetchStatus.Failed, url, Attempts(e.Message, attempts));
        }
        catch (IOException e) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchOutcome(FetchStatus.Failed, url, Attempts(e.Message, attempts));
        }
    }

    private static string Attempts(string what, int attempts) => attempts > 1 ? $"{what} after {attempts} attempts" : what;

    private string RetryAfterNote(FetchResponse response) =>
        response.RetryAfter is { } wait && wait > TimeSpan.FromSeconds(options.MaxRetryAfterSeconds)
            ? $" (Retry-After {wait.TotalSeconds:0} s is longer than politeness.max_retry_after_seconds)"
            : "";

    private async Task<RobotsRules> RobotsAsync(Uri url, GetOptions get, CancellationToken cancellationToken)
    {
        var host = Host(url);
        var rules = await host.Robots(() => LoadRobotsAsync(url, get, host, cancellationToken)).ConfigureAwait(false);
        return rules;
    }

    private async Task<RobotsRules> LoadRobotsAsync(Uri url, GetOptions get, HostState host, CancellationToken cancellationToken)
    {
        var robotsUrl = new Uri(url, "/robots.txt");
        var path = Path.Combine(scratchDirectory, $"robots-{Guid.NewGuid():N}.txt");
        try
        {
            var robotsGet = new GetOptions(get.AllowedHosts) { Headers = get.Headers };
            var outcome = await SendAsync(robotsUrl, robotsGet, path, cancellationToken).ConfigureAwait(false);
            // Follow redirects (http → https, www → bare host) within the allowed hosts, as for any URL.
            for (var hop = 0; hop < MaxRedirects && outcome.Response is { IsRedirect: true, Location: { } location }
                              && Uri.TryCreate(outcome.FinalUrl, location, out var next) && get.AllowedHosts.IsAllowed(next); hop++)
                outcome = await SendAsync(next, robotsGet, path, cancellationToken).ConfigureAwait(false);
            // RFC 9309 §2.3.1: 4xx (and no robots.txt) means no rules; a server error means assume complete disallow.
            RobotsRules rules = outcome switch
            {
                { Status: FetchStatus.Ok } => RobotsRules.Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), userAgent),
                { Response.Status: >= 400 and < 500 } => RobotsRules.AllowAll,
                { Response.IsRedirect: true } => RobotsRules.AllowAll,
                _ => RobotsRules.Unreachable(outcome.Reason ?? "no answer"),
            };
            if (rules.CrawlDelay is { } delay) host.Gate.RaiseInterval(delay);
            return rules;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private HostState Host(Uri url) => _hosts.GetOrAdd($"{url.Scheme}://{url.Authority}", _ => new HostState(options, time));

    public void Dispose()
    {
        foreach (var host in _hosts.Values) host.Gate.Dispose();
    }

    /// <summary>Everything kept per host: politeness gate, resilience pipelines, robots rules.</summary>
    private sealed class HostState
    {
        private readonly Lock _lock = new();
        private Task<RobotsRules>? _robots;

        public HostState(PolitenessOptions options, TimeProvider time)
        {
            Gate = new HostGate(options.Concurrency, TimeSpan.FromMilliseconds(options.DelayMs), time);
            var maxRetryAfter = TimeSpan.FromSeconds(options.MaxRetryAfterSeconds);
            var transient = new PredicateBuilder<FetchResponse>()
                .Handle<HttpRequestException>()
                .Handle<TimeoutRejectedException>()
                .HandleResult(r => r.IsTransient && !(r.RetryAfter > maxRetryAfter));
            var builder = new ResiliencePipelineBuilder<FetchResponse> { TimeProvider = time };
            if (options.Retries > 0)
            {
                builder.AddRetry(new RetryStrategyOptions<FetchResponse>
                {
                    ShouldHandle = transient,
                    MaxRetryAttempts = options.Retries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(Math.Max(1, options.RetryBaseDelayMs)),
                    MaxDelay = TimeSpan.FromMinutes(10),
                    // Retry-After wins over the computed backoff.
                    DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
                });
            }
            Retrying = builder
                .AddCircuitBreaker(new CircuitBreakerStrategyOptions<FetchResponse>
                {
                    ShouldHandle = new PredicateBuilder<FetchResponse>()
                        .Handle<HttpRequestException>()
                        .Handle<TimeoutRejectedException>()
                        .HandleResult(r => r.IsTransient),
                    FailureRatio = options.CircuitFailureRatio,
                    MinimumThroughput = options.CircuitMinimumThroughput,
                    SamplingDuration = TimeSpan.FromSeconds(options.CircuitSamplingSeconds),
                    BreakDuration = TimeSpan.FromSeconds(options.CircuitBreakSeconds),
                })
                .Build();
            Attempt = new ResiliencePipelineBuilder<FetchResponse> { TimeProvider = time }
                .AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds))
                .Build();
        }

        public HostGate Gate { get; }

        /// <summary>Retry (outer) and circuit breaker; the gate is entered inside, once per attempt.</summary>
        public ResiliencePipeline<FetchResponse> Retrying { get; }

        /// <summary>The time limit of one attempt, kept inside the gate so queueing for a slot does not count.</summary>
        public ResiliencePipeline<FetchResponse> Attempt { get; }

        public Task<RobotsRules> Robots(Func<Task<RobotsRules>> load)
        {
            lock (_lock) return _robots ??= load();
        }
    }
}
