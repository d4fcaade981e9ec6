using BudgetExtract.Crawl.Running;

namespace BudgetExtract.Cli.Commands;

/// <summary>Crawl log lines on stderr: warnings always, progress unless --quiet, details with --verbose.</summary>
public sealed class StderrCrawlLog(TextWriter stderr, CrawlLogLevel minimum) : ICrawlLog
{
    private readonly Lock _lock = new();

    public void Write(CrawlLogLevel level, string message)
    {
        if (level < minimum) return;
        lock (_lock) stderr.WriteLine(level == CrawlLogLevel.Warning ? $"warning: {message}" : message);
    }
}
