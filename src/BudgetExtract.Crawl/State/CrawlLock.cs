using BudgetExtract.Diagnostics;

namespace BudgetExtract.Crawl.State;

/// <summary>
/// One crawl per database at a time: an exclusive lock on <c>DB.crawl-lock</c> next to the database. The operating
/// system releases it when the process ends, however it ends (Ctrl-C, kill -9), so a stale lock cannot block cron.
/// </summary>
public sealed class CrawlLock : IDisposable
{
    private readonly FileStream _stream;

    private CrawlLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Takes the lock or throws <see cref="CrawlBusyException"/> naming the holder when it can be read.</summary>
    public static CrawlLock Acquire(string databasePath, Func<string?> describeHolder)
    {
        var path = databasePath + ".crawl-lock";
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock) on Unix and a share lock on Windows.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new CrawlLock(stream, path);
        }
        catch (IOException)
        {
            var holder = describeHolder();
            throw new CrawlBusyException(
                $"{databasePath}: another crawl is running on this database{(holder is null ? "" : $" ({holder})")}; " +
                "wait for it to finish (its lock is released when that process ends)");
        }
    }

    public void Dispose() => _stream.Dispose();
}

/// <summary>A run was refused because another run holds the database.</summary>
public sealed class CrawlBusyException(string message) : Exception(message);
