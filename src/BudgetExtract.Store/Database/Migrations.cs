namespace BudgetExtract.Store.Database;

/// <summary>
/// The schema, as ordered steps. Never edit a released step: append a new one (crawl state, for instance,
/// arrives as a later step with its own tables keyed by URL and linked to <c>documents.sha256</c>).
/// </summary>
public static class Migrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "documents, tables, lines, indicators, checks, full-text index", V1),
    ];

    public static int Latest => All[^1].Version;

    // Amounts are exact decimals: `amount` is TEXT holding the invariant decimal string (round-trips
    // System.Decimal bit for bit), `amount_fen` is INTEGER fen (0.01 yuan) for arithmetic and sorting in
    // SQL tools; it is NULL only if an amount had sub-fen digits. SQLite's REAL would lose digits.
    private const string V1 = """
        CREATE TABLE documents (
            id             INTEGER PRIMARY KEY,
            sha256         TEXT NOT NULL UNIQUE,
            source         TEXT NOT NULL,
            file_name      TEXT NOT NULL,
            fetched_at     TEXT NOT NULL,
            stored_at      TEXT NOT NULL,
            pages          INTEGER NOT NULL,
            region         TEXT,
            department     TEXT,
            year           INTEGER,
            kind           TEXT,
            region_key     TEXT,
            department_key TEXT,
            version        INTEGER NOT NULL DEFAULT 1,
            previous_id    INTEGER REFERENCES documents(id),
            superseded_by  INTEGER REFERENCES documents(id),
            diagnostics    TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX documents_department ON documents(department_key, year);
        CREATE INDEX documents_year ON documents(year);
        CREATE INDEX documents_source ON documents(source);
        CREATE INDEX documents_previous ON documents(previous_id);

        CREATE TABLE tables (
            id           INTEGER PRIMARY KEY,
            document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal      INTEGER NOT NULL,
            number       TEXT,
            title        TEXT,
            unit         TEXT,
            kind         TEXT,
            first_page   INTEGER,
            pages_json   TEXT NOT NULL,
            header_json  TEXT NOT NULL,
            rows_json    TEXT NOT NULL,
            cells_json   TEXT NOT NULL,
            notes_json   TEXT NOT NULL,
            row_count    INTEGER NOT NULL,
            column_count INTEGER NOT NULL,
            UNIQUE (document_id, ordinal)
        );

        CREATE TABLE lines (
            id             INTEGER PRIMARY KEY,
            document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            table_ordinal  INTEGER NOT NULL,
            classification TEXT,
            code           TEXT,
            name           TEXT,
            level          INTEGER,
            parent         TEXT,
            unit           TEXT,
            column_name    TEXT NOT NULL,
            amount         TEXT,
            amount_fen     INTEGER,
            text           TEXT NOT NULL,
            page           INTEGER NOT NULL,
            side           TEXT
        );
        CREATE INDEX lines_document ON lines(document_id, code);
        CREATE INDEX lines_code ON lines(code);

        CREATE TABLE indicators (
            id            INTEGER PRIMARY KEY,
            document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            table_ordinal INTEGER NOT NULL,
            project       TEXT,
            level1        TEXT,
            level2        TEXT,
            level3        TEXT,
            target_text   TEXT,
            target_op     TEXT,
            target_value  TEXT,
            target_unit   TEXT,
            actual_text   TEXT,
            actual_op     TEXT,
            actual_value  TEXT,
            actual_unit   TEXT,
            weight        TEXT,
            score         TEXT,
            note          TEXT,
            page          INTEGER NOT NULL
        );
        CREATE INDEX indicators_document ON indicators(document_id);

        CREATE TABLE checks (
            id            INTEGER PRIMARY KEY,
            document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            code          TEXT NOT NULL,
            table_ordinal INTEGER,
            subject       TEXT,
            column_name   TEXT,
            expected      TEXT,
            found         TEXT,
            page          INTEGER,
            message       TEXT
        );
        CREATE INDEX checks_document ON checks(document_id);

        -- Text to search: table titles, grid rows (cells joined with " | ") and line names. Kept in a plain
        -- table so that one- and two-character queries (三公, 公务), shorter than a trigram, can scan it with
        -- LIKE (narrowed by document first when a filter is given); longer ones use the trigram index.
        CREATE TABLE search_text (
            id            INTEGER PRIMARY KEY,
            document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            table_ordinal INTEGER,
            row           INTEGER,
            page          INTEGER,
            text          TEXT NOT NULL
        );
        CREATE INDEX search_text_document ON search_text(document_id);

        -- trigram: CJK has no spaces, so unicode61 would index a whole phrase as one token.
        CREATE VIRTUAL TABLE search_index USING fts5(text, content = 'search_text', content_rowid = 'id', tokenize = 'trigram');
        CREATE TRIGGER search_text_insert AFTER INSERT ON search_text BEGIN
            INSERT INTO search_index (rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER search_text_delete AFTER DELETE ON search_text BEGIN
            INSERT INTO search_index (search_index, rowid, text) VALUES ('delete', old.id, old.text);
        END;

        CREATE VIEW current_documents AS SELECT * FROM documents WHERE superseded_by IS NULL;

        CREATE VIEW line_view AS
            SELECT d.region, d.department, d.year, d.kind AS document_kind, d.file_name, d.sha256,
                   t.number AS table_number, t.title AS table_title, t.kind AS table_kind, t.unit AS table_unit,
                   l.classification, l.code, l.name, l.level, l.parent, l.unit, l.column_name,
                   l.amount, l.amount_fen, l.text, l.page, l.side
            FROM lines l
            JOIN current_documents d ON d.id = l.document_id
            LEFT JOIN tables t ON t.document_id = l.document_id AND t.ordinal = l.table_ordinal;

        CREATE VIEW indicator_view AS
            SELECT d.region, d.department, d.year, d.kind AS document_kind, d.file_name, d.sha256,
                   i.project, i.level1, i.level2, i.level3, i.target_text, i.target_op, i.target_value,
                   i.target_unit, i.actual_text, i.weight, i.score, i.note, i.page
            FROM indicators i
            JOIN current_documents d ON d.id = i.document_id;
        """;
}
