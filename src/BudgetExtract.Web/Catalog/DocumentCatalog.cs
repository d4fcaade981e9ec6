using System.Text.Json;
using BudgetExtract.Store.Database;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Web.Catalog;

/// <summary>One stored document: the store's metadata and provenance (source path or URL and sha256).</summary>
public sealed record DocumentEntry(
    long Id, string Sha256, string Source, string FileName, string FetchedAt, string StoredAt, int Pages,
    string? Region, string? Department, int? Year, string? Kind, int Version, bool Superseded, string Diagnostics);

/// <summary>One stored table's metadata (its grid comes from <c>BudgetQueries.TableGrid</c>).</summary>
public sealed record TableEntry(int Ordinal, string? Number, string? Title, string? Unit, string? Kind, IReadOnlyList<int> Pages, int Rows, int Columns, IReadOnlyList<string> Notes)
{
    public string Caption => string.Join(" ", new[] { Number, Title }.Where(t => !string.IsNullOrWhiteSpace(t))) is { Length: > 0 } c ? c : $"table {Ordinal}";
}

/// <summary>A box on a page, in PDF points from the top-left corner.</summary>
public readonly record struct PageBox(int Page, double X0, double Y0, double X1, double Y1);

/// <summary>
/// What the web pages need and <c>BudgetQueries</c> does not answer: documents by sha256 (with provenance), the tables
/// of one document, facet values, and a table's bounding box per page (from its cells). Read-only connection.
/// </summary>
public sealed class DocumentCatalog(string path) : IDisposable
{
    private readonly SqliteConnection _connection = StoreDatabase.OpenReadOnly(path);

    private const string DocumentColumns =
        "id, sha256, source, file_name, fetched_at, stored_at, pages, region, department, year, kind, version, superseded_by IS NOT NULL, diagnostics";

    /// <summary>Current documents, ordered by region, department, year.</summary>
    public IReadOnlyList<DocumentEntry> CurrentDocuments()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {DocumentColumns} FROM documents WHERE superseded_by IS NULL ORDER BY region, department, year, id";
        return ReadDocuments(command);
    }

    /// <summary>The document with this sha256 (superseded versions too: shared links keep working).</summary>
    public DocumentEntry? Document(string sha256)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {DocumentColumns} FROM documents WHERE sha256 = $sha";
        command.Parameters.AddWithValue("$sha", sha256);
        return ReadDocuments(command).FirstOrDefault();
    }

    public IReadOnlyList<TableEntry> Tables(long documentId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT ordinal, number, title, unit, kind, pages_json, row_count, column_count, notes_json
            FROM tables WHERE document_id = $id ORDER BY ordinal
            """;
        command.Parameters.AddWithValue("$id", documentId);
        var tables = new List<TableEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            tables.Add(new TableEntry(reader.GetInt32(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4),
                JsonSerializer.Deserialize<int[]>(reader.GetString(5)) ?? [], reader.GetInt32(6), reader.GetInt32(7),
                JsonSerializer.Deserialize<string[]>(reader.GetString(8)) ?? []));
        return tables;
    }

    /// <summary>(sha256, table ordinal) → table kind, for every table of the current documents (the table-kind facet).</summary>
    public IReadOnlyDictionary<(string Sha256, int Ordinal), string?> TableKinds()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT d.sha256, t.ordinal, t.kind FROM tables t JOIN documents d ON d.id = t.document_id WHERE d.superseded_by IS NULL";
        var kinds = new Dictionary<(string, int), string?>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) kinds[(reader.GetString(0), reader.GetInt32(1))] = Text(reader, 2);
        return kinds;
    }

    /// <summary>The union of the table's cell boxes on each page it spans.</summary>
    public IReadOnlyList<PageBox> TableBoxes(long documentId, int ordinal)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT cells_json FROM tables WHERE document_id = $id AND ordinal = $ordinal";
        command.Parameters.AddWithValue("$id", documentId);
        command.Parameters.AddWithValue("$ordinal", ordinal);
        if (command.ExecuteScalar() is not string json) return [];
        var boxes = new Dictionary<int, PageBox>();
        using var cells = JsonDocument.Parse(json);
        foreach (var cell in cells.RootElement.EnumerateArray())
        {
            if (!cell.TryGetProperty("page", out var pageValue) || !cell.TryGetProperty("bbox", out var bbox) || bbox.GetArrayLength() != 4) continue;
            var page = pageValue.GetInt32();
            var b = new PageBox(page, bbox[0].GetDouble(), bbox[1].GetDouble(), bbox[2].GetDouble(), bbox[3].GetDouble());
            boxes[page] = boxes.TryGetValue(page, out var u)
                ? new PageBox(page, Math.Min(u.X0, b.X0), Math.Min(u.Y0, b.Y0), Math.Max(u.X1, b.X1), Math.Max(u.Y1, b.Y1))
                : b;
        }
        return [.. boxes.Values.OrderBy(b => b.Page)];
    }

    private static List<DocumentEntry> ReadDocuments(SqliteCommand command)
    {
        var documents = new List<DocumentEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            documents.Add(new DocumentEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetInt32(6), Text(reader, 7), Text(reader, 8),
                reader.IsDBNull(9) ? null : reader.GetInt32(9), Text(reader, 10), reader.GetInt32(11), reader.GetInt64(12) != 0,
                reader.GetString(13)));
        return documents;
    }

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    public void Dispose() => _connection.Dispose();
}
