namespace BudgetExtract.Crawl.State;

/// <summary>
/// The crawler's own tables in the shared database: all named <c>crawl_*</c>, versioned by their own row in
/// <c>crawl_schema</c>; other tables are never touched. Migrations only append.
/// </summary>
internal static class CrawlSchema
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE crawl_schema (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
        INSERT INTO crawl_schema (id, version) VALUES (1, 0);
        """,
        """
        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            pipeline TEXT NOT NULL,
            command TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            report TEXT);
        CREATE TABLE crawl_documents (
            url TEXT PRIMARY KEY,
            pipeline TEXT NOT NULL,
            source TEXT NOT NULL,
            final_url TEXT,
            referer TEXT,
            title TEXT,
            metadata TEXT NOT NULL DEFAULT '{}',
            sha256 TEXT,
            path TEXT,
            size INTEGER,
            content_type TEXT,
            etag TEXT,
            last_modified TEXT,
            first_seen_at TEXT NOT NULL,
            fetched_at TEXT,
            checked_at TEXT,
            checked_run INTEGER,
            outcome TEXT,
            error TEXT,
            ingested_sha256 TEXT,
            ingest_run INTEGER,
            ingest_error TEXT,
            tables INTEGER,
            lines INTEGER,
            failing_checks INTEGER);
        CREATE INDEX crawl_documents_sha256 ON crawl_documents (sha256);
        CREATE INDEX crawl_documents_checked_run ON crawl_documents (checked_run);
        CREATE TABLE crawl_lock (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, machine TEXT NOT NULL,
            pipeline TEXT NOT NULL, started_at TEXT NOT NULL);
        """,
    ];
}
