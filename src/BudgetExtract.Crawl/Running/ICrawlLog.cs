namespace BudgetExtract.Crawl.Running;

public enum CrawlLogLevel
{
    Detail,
    Info,
    Warning,
}

/// <summary>Where the crawler says what it does (the CLI writes it to stderr; --quiet keeps only warnings).</summary>
public interface ICrawlLog
{
    void Write(CrawlLogLevel level, string message);
}

/// <summary>Discards everything.</summary>
public sealed class NullCrawlLog : ICrawlLog
{
    public static readonly NullCrawlLog Instance = new();

    public void Write(CrawlLogLevel level, string message)
    {
    }
}
