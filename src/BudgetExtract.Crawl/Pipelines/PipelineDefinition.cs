namespace BudgetExtract.Crawl.Pipelines;

// The shape of a pipeline YAML file (snake_case keys). docs/crawl.md documents every key.
// Init-only properties so YamlDotNet can fill them; nothing mutates them afterwards.

/// <summary>A whole pipeline file: politeness settings and the sources to crawl.</summary>
public sealed record PipelineDefinition
{
    /// <summary>Name used in logs, reports and crawl state (runs of one pipeline resume each other).</summary>
    public string Name { get; init; } = "";

    /// <summary>User-Agent sent with every request and matched against robots.txt groups.</summary>
    public string UserAgent { get; init; } = "BudgetExtract/1.0 (+budget document crawler)";

    /// <summary>
    /// Optional directory (relative to the pipeline file) that the run serves itself on 127.0.0.1 at a random port;
    /// <c>{serve}</c> in start URLs and allowed hosts becomes that server's base address. Used by the offline demo.
    /// </summary>
    public string? Serve { get; init; }

    public PolitenessOptions Politeness { get; init; } = new();

    public List<SourceDefinition> Sources { get; init; } = [];
}

/// <summary>One site section to crawl: where to start, how to reach document links, what metadata to take.</summary>
public sealed record SourceDefinition
{
    public string Name { get; init; } = "";

    /// <summary>The first pages (depth 0).</summary>
    public List<string> StartUrls { get; init; } = [];

    /// <summary>Hosts that may be fetched, including after redirects; <c>*.example.gov.cn</c> matches subdomains. Default: the start URLs' hosts.</summary>
    public List<string> AllowedHosts { get; init; } = [];

    /// <summary>Extra request headers (e.g. Accept-Language).</summary>
    public Dictionary<string, string> Headers { get; init; } = [];

    /// <summary>Send the page that linked a document or page as Referer (some sites refuse PDFs without it). Default true.</summary>
    public bool Referer { get; init; } = true;

    /// <summary>Safety cap on HTML pages read for this source per run. Default 500.</summary>
    public int MaxPages { get; init; } = 500;

    /// <summary>Metadata for every document of this source: constants, or taken from the URL.</summary>
    public Dictionary<string, MetadataRule> Metadata { get; init; } = [];

    /// <summary>Page levels between the start pages and the pages that list documents (e.g. listing → department page).</summary>
    public List<LevelDefinition> Levels { get; init; } = [];

    /// <summary>How document links are found on the last level's pages.</summary>
    public DocumentsDefinition Documents { get; init; } = new();
}

/// <summary>One level of HTML pages: which links lead one level deeper, and which links are more pages of the same level.</summary>
public sealed record LevelDefinition
{
    /// <summary>CSS selector of the links to the next level's pages.</summary>
    public string Follow { get; init; } = "";

    /// <summary>CSS selector of pagination links (more pages of this level); every match is followed once.</summary>
    public string? Paginate { get; init; }

    /// <summary>Regular expressions a followed URL must match (any) / must not match (all).</summary>
    public List<string> Include { get; init; } = [];

    public List<string> Exclude { get; init; } = [];

    /// <summary>Metadata taken from the followed link or its page; inherited by every document below it.</summary>
    public Dictionary<string, MetadataRule> Metadata { get; init; } = [];
}

/// <summary>How document links are recognised on the last level's pages.</summary>
public sealed record DocumentsDefinition
{
    /// <summary>CSS selector of document links. Default: every link.</summary>
    public string Select { get; init; } = "a[href]";

    /// <summary>CSS selector of pagination links on these pages.</summary>
    public string? Paginate { get; init; }

    /// <summary>Also look for document links on the pages of every level, not only the last. Default false.</summary>
    public bool EveryLevel { get; init; }

    /// <summary>Where the document title comes from: <c>text</c> (the link text) or an attribute name such as <c>title</c>. Default text.</summary>
    public string Title { get; init; } = "text";

    /// <summary>Regular expressions a document URL must match (any). Default: none, every selected link is a document.</summary>
    public List<string> Include { get; init; } = [];

    /// <summary>Regular expressions that drop a document URL.</summary>
    public List<string> Exclude { get; init; } = [];

    public Dictionary<string, MetadataRule> Metadata { get; init; } = [];
}

/// <summary>
/// Politeness and robustness settings; defaults suit a government site at night. Tests shrink the delays.
/// </summary>
public sealed record PolitenessOptions
{
    /// <summary>Minimum time between the starts of two requests to one host. Default 1000 ms.</summary>
    public int DelayMs { get; init; } = 1000;

    /// <summary>Requests in flight at once per host. Default 2.</summary>
    public int Concurrency { get; init; } = 2;

    /// <summary>Time limit of one attempt (headers and body). Default 60 s.</summary>
    public double TimeoutSeconds { get; init; } = 60;

    /// <summary>Retries after the first attempt on 408/429/5xx and timeouts. Default 4.</summary>
    public int Retries { get; init; } = 4;

    /// <summary>First retry delay; doubles each time, with jitter. Default 1000 ms.</summary>
    public int RetryBaseDelayMs { get; init; } = 1000;

    /// <summary>Longest Retry-After honoured; a longer one gives up on the document for this run. Default 300 s.</summary>
    public int MaxRetryAfterSeconds { get; init; } = 300;

    /// <summary>Largest document downloaded; streaming aborts past it. Default 200 MiB.</summary>
    public long MaxBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Obey robots.txt. Default true.</summary>
    public bool Robots { get; init; } = true;

    /// <summary>
    /// Circuit breaker per host: share of failed attempts that opens it. Default 0.9: it is for a host that is down,
    /// not for a few broken documents on a healthy host.
    /// </summary>
    public double CircuitFailureRatio { get; init; } = 0.9;

    /// <summary>Attempts within the sampling window before the breaker may open. Default 20.</summary>
    public int CircuitMinimumThroughput { get; init; } = 20;

    /// <summary>Sampling window of the breaker. Default 60 s.</summary>
    public double CircuitSamplingSeconds { get; init; } = 60;

    /// <summary>How long an open circuit refuses requests to its host. Default 60 s.</summary>
    public double CircuitBreakSeconds { get; init; } = 60;
}
