using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Crawl.State;

/// <summary>
/// Crawl state in SQLite (<c>crawl_*</c> tables): runs, and one row per document URL, written after every
/// document so a stopped run loses nothing. One connection, serialized by a lock: the crawler's writes are tiny.
/// </summary>
public sealed class CrawlStateStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    private CrawlStateStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        DatabasePath = path;
    }

    public string DatabasePath { get; }

    private static readonly JsonSerializerOptions MetadataJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static CrawlStateStore Open(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 30000;");
            Migrate(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new CrawlStateStore(connection, path);
    }

    public int SchemaVersion
    {
        get
        {
            lock (_lock) return Convert.ToInt32(Scalar(_connection, "SELECT version FROM crawl_schema WHERE id = 1"), CultureInfo.InvariantCulture);
        }
    }

    private static void Migrate(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        var exists = Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'crawl_schema'", transaction), CultureInfo.InvariantCulture) > 0;
        var version = exists ? Convert.ToInt32(Scalar(connection, "SELECT version FROM crawl_schema WHERE id = 1", transaction), CultureInfo.InvariantCulture) : -1;
        if (version > CrawlSchema.Migrations.Length - 1)
            throw new InvalidOperationException($"crawl state schema version {version} is newer than this program understands ({CrawlSchema.Migrations.Length - 1})");
        for (var next = version + 1; next < CrawlSchema.Migrations.Length; next++)
        {
            Execute(connection, CrawlSchema.Migrations[next], transaction);
            Execute(connection, $"UPDATE crawl_schema SET version = {next} WHERE id = 1", transaction);
        }
        transaction.Commit();
    }

    /// <summary>Records who holds the crawl lock, for the message a refused second run prints.</summary>
    public void RecordLockHolder(string pipeline, DateTimeOffset startedAt)
    {
        lock (_lock)
            Execute(_connection, "INSERT OR REPLACE INTO crawl_lock (id, pid, machine, pipeline, started_at) VALUES (1, $pid, $machine, $pipeline, $started)", null,
                ("$pid", Environment.ProcessId), ("$machine", Environment.MachineName), ("$pipeline", pipeline), ("$started", Format(startedAt)));
    }

    /// <summary>"pid 123 on host, pipeline x, since …" from the lock row, or null.</summary>
    public static string? DescribeLockHolder(string path)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT pid, machine, pipeline, started_at FROM crawl_lock WHERE id = 1";
            using var reader = command.ExecuteReader();
            return reader.Read() ? $"pid {reader.GetInt64(0)} on {reader.GetString(1)}, pipeline '{reader.GetString(2)}', started {reader.GetString(3)}" : null;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    /// <summary>Resumes the pipeline's unfinished run, or starts a new one.</summary>
    public RunState BeginRun(string pipeline, string command, DateTimeOffset now)
    {
        lock (_lock)
        {
            using (var find = _connection.CreateCommand())
            {
                find.CommandText = "SELECT id, started_at FROM crawl_runs WHERE pipeline = $p AND finished_at IS NULL ORDER BY id DESC LIMIT 1";
                find.Parameters.AddWithValue("$p", pipeline);
                using var reader = find.ExecuteReader();
                if (reader.Read()) return new RunState(reader.GetInt64(0), pipeline, Parse(reader.GetString(1))!.Value, Resumed: true);
            }
            var id = Convert.ToInt64(Scalar(_connection,
                "INSERT INTO crawl_runs (pipeline, command, started_at) VALUES ($p, $c, $s); SELECT last_insert_rowid();", null,
                ("$p", pipeline), ("$c", command), ("$s", Format(now))), CultureInfo.InvariantCulture);
            return new RunState(id, pipeline, now, Resumed: false);
        }
    }

    public void FinishRun(long run, DateTimeOffset now, string reportJson)
    {
        lock (_lock)
            Execute(_connection, "UPDATE crawl_runs SET finished_at = $f, report = $r WHERE id = $id", null, ("$f", Format(now)), ("$r", reportJson), ("$id", run));
    }

    public DocumentState? Find(string url)
    {
        lock (_lock) return Query("SELECT * FROM crawl_documents WHERE url = $v", url).FirstOrDefault();
    }

    /// <summary>Another URL's document holding exactly these bytes, if any.</summary>
    public DocumentState? FindBySha256(string sha256, string exceptUrl)
    {
        lock (_lock)
            return Query("SELECT * FROM crawl_documents WHERE sha256 = $v AND path IS NOT NULL ORDER BY first_seen_at", sha256)
                .FirstOrDefault(d => d.Url != exceptUrl && d.Outcome != Outcomes.Duplicate);
    }

    public IReadOnlyList<DocumentState> CheckedInRun(long run)
    {
        lock (_lock) return Query("SELECT * FROM crawl_documents WHERE checked_run = $v ORDER BY url", run);
    }

    public IReadOnlyList<DocumentState> IngestedInRun(long run)
    {
        lock (_lock) return Query("SELECT * FROM crawl_documents WHERE ingest_run = $v ORDER BY url", run);
    }

    public IReadOnlyList<DocumentState> AwaitingIngest(string pipeline)
    {
        lock (_lock)
            return [.. Query("SELECT * FROM crawl_documents WHERE pipeline = $v AND sha256 IS NOT NULL ORDER BY first_seen_at, url", pipeline).Where(d => d.NeedsIngest)];
    }

    /// <summary>Inserts or replaces a document's row; one statement, so it is atomic.</summary>
    public void Save(DocumentState d)
    {
        lock (_lock)
        {
            Execute(_connection, """
                INSERT OR REPLACE INTO crawl_documents (url, pipeline, source, final_url, referer, title, metadata, sha256, path, size,
                    content_type, etag, last_modified, first_seen_at, fetched_at, checked_at, checked_run, outcome, error,
                    ingested_sha256, ingest_run, ingest_error, tables, lines, failing_checks)
                VALUES ($url, $pipeline, $source, $final_url, $referer, $title, $metadata, $sha256, $path, $size,
                    $content_type, $etag, $last_modified, $first_seen_at, $fetched_at, $checked_at, $checked_run, $outcome, $error,
                    $ingested_sha256, $ingest_run, $ingest_error, $tables, $lines, $failing_checks)
                """, null,
                ("$url", d.Url), ("$pipeline", d.Pipeline), ("$source", d.Source), ("$final_url", d.FinalUrl), ("$referer", d.Referer),
                ("$title", d.Title), ("$metadata", JsonSerializer.Serialize(d.Metadata, MetadataJson)), ("$sha256", d.Sha256), ("$path", d.Path), ("$size", d.Size),
                ("$content_type", d.ContentType), ("$etag", d.ETag), ("$last_modified", Format(d.LastModified)), ("$first_seen_at", Format(d.FirstSeenAt)),
                ("$fetched_at", Format(d.FetchedAt)), ("$checked_at", Format(d.CheckedAt)), ("$checked_run", d.CheckedRun), ("$outcome", d.Outcome),
                ("$error", d.Error), ("$ingested_sha256", d.IngestedSha256), ("$ingest_run", d.IngestRun), ("$ingest_error", d.IngestError),
                ("$tables", d.Tables), ("$lines", d.Lines), ("$failing_checks", d.FailingChecks));
        }
    }

    private List<DocumentState> Query(string sql, object value)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$v", value);
        using var r = command.ExecuteReader();
        var rows = new List<DocumentState>();
        while (r.Read())
        {
            string? S(string name) => r[name] is string s ? s : null;
            long? L(string name) => r[name] is long l ? l : null;
            rows.Add(new DocumentState
            {
                Url = S("url")!,
                Pipeline = S("pipeline")!,
                Source = S("source")!,
                FinalUrl = S("final_url"),
                Referer = S("referer"),
                Title = S("title"),
                Metadata = JsonSerializer.Deserialize<Dictionary<string, string>>(S("metadata") ?? "{}") ?? [],
                Sha256 = S("sha256"),
                Path = S("path"),
                Size = L("size"),
                ContentType = S("content_type"),
                ETag = S("etag"),
                LastModified = Parse(S("last_modified")),
                FirstSeenAt = Parse(S("first_seen_at")) ?? DateTimeOffset.MinValue,
                FetchedAt = Parse(S("fetched_at")),
                CheckedAt = Parse(S("checked_at")),
                CheckedRun = L("checked_run"),
                Outcome = S("outcome"),
                Error = S("error"),
                IngestedSha256 = S("ingested_sha256"),
                IngestRun = L("ingest_run"),
                IngestError = S("ingest_error"),
                Tables = (int?)L("tables"),
                Lines = (int?)L("lines"),
                FailingChecks = (int?)L("failing_checks"),
            });
        }
        return rows;
    }

    private static string? Format(DateTimeOffset? time) => time?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Parse(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command.ExecuteScalar();
    }

    public void Dispose() => _connection.Dispose();
}
