using System.Text.Json;
using BudgetExtract.Contract;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Store.Ingest;

/// <summary>The INSERTs for one document inside the caller's transaction; row commands are prepared once and re-bound.</summary>
internal sealed class DocumentWriter(SqliteConnection connection, SqliteTransaction transaction)
{
    private static readonly JsonSerializerOptions Json = ContractJson.Compact;

    public long InsertDocument(ExtractionResult result, Provenance provenance, string? departmentKey, string? regionKey,
        int version, long? previous, string storedAt)
    {
        var document = result.Document ?? DocumentInfo.Unknown;
        using var command = Command("""
            INSERT INTO documents (sha256, source, file_name, fetched_at, stored_at, pages, region, department, year, kind,
                                   region_key, department_key, version, previous_id, diagnostics)
            VALUES ($sha, $source, $file, $fetched, $stored, $pages, $region, $department, $year, $kind,
                    $regionKey, $departmentKey, $version, $previous, $diagnostics)
            RETURNING id
            """);
        Bind(command, "$sha", result.Source.Sha256);
        Bind(command, "$source", provenance.Source);
        Bind(command, "$file", result.Source.File);
        Bind(command, "$fetched", provenance.FetchedAt.ToUniversalTime().ToString("O"));
        Bind(command, "$stored", storedAt);
        Bind(command, "$pages", result.Source.Pages);
        Bind(command, "$region", document.Region);
        Bind(command, "$department", document.Department);
        Bind(command, "$year", document.Year);
        Bind(command, "$kind", document.Kind);
        Bind(command, "$regionKey", regionKey);
        Bind(command, "$departmentKey", departmentKey);
        Bind(command, "$version", version);
        Bind(command, "$previous", previous);
        Bind(command, "$diagnostics", JsonSerializer.Serialize(OrEmpty(result.Diagnostics), Json));
        return (long)command.ExecuteScalar()!;
    }

    public void InsertContent(long documentId, ExtractionResult result)
    {
        InsertTables(documentId, OrEmpty(result.Tables));
        InsertLines(documentId, OrEmpty(result.Lines));
        InsertIndicators(documentId, OrEmpty(result.Indicators));
        InsertChecks(documentId, OrEmpty(result.Checks));
    }

    private void InsertTables(long documentId, IReadOnlyList<TableRecord> tables)
    {
        using var command = Command("""
            INSERT INTO tables (document_id, ordinal, number, title, unit, kind, first_page, pages_json, header_json,
                                rows_json, cells_json, notes_json, row_count, column_count)
            VALUES ($doc, $ordinal, $number, $title, $unit, $kind, $first, $pages, $header, $rows, $cells, $notes, $rowCount, $columnCount)
            """);
        using var search = SearchCommand();
        for (var ordinal = 0; ordinal < tables.Count; ordinal++)
        {
            var table = tables[ordinal];
            var pages = OrEmpty(table.Pages);
            var header = OrEmpty(table.Header);
            var rows = OrEmpty(table.Rows);
            Bind(command, "$doc", documentId);
            Bind(command, "$ordinal", ordinal);
            Bind(command, "$number", table.Number);
            Bind(command, "$title", table.Title);
            Bind(command, "$unit", table.Unit);
            Bind(command, "$kind", table.Kind);
            Bind(command, "$first", pages.Count > 0 ? pages[0] : null);
            Bind(command, "$pages", JsonSerializer.Serialize(pages, Json));
            Bind(command, "$header", JsonSerializer.Serialize(header, Json));
            Bind(command, "$rows", JsonSerializer.Serialize(rows, Json));
            Bind(command, "$cells", JsonSerializer.Serialize(OrEmpty(table.Cells), Json));
            Bind(command, "$notes", JsonSerializer.Serialize(OrEmpty(table.Notes), Json));
            Bind(command, "$rowCount", header.Count + rows.Count);
            Bind(command, "$columnCount", header.Concat(rows).Select(r => r.Length).DefaultIfEmpty(0).Max());
            command.ExecuteNonQuery();

            int? firstPage = pages.Count > 0 ? pages[0] : null;
            var title = string.Join(" ", new[] { table.Number, table.Title }.Where(t => !string.IsNullOrWhiteSpace(t)));
            if (title.Length > 0) IndexText(search, documentId, title, ordinal, null, firstPage);
            // One entry per grid row: a hit names the table and row, and the row text reads as context.
            var all = header.Concat(rows).ToList();
            for (var row = 0; row < all.Count; row++)
            {
                var text = string.Join(" | ", all[row].Where(c => !string.IsNullOrWhiteSpace(c)));
                if (text.Length > 0) IndexText(search, documentId, text, ordinal, row, PageOfRow(table, row, firstPage));
            }
        }
    }

    private static int? PageOfRow(TableRecord table, int row, int? fallback)
    {
        if (table.Cells.IsDefaultOrEmpty) return fallback;
        foreach (var cell in table.Cells)
            if (cell.Row == row) return cell.Page;
        return fallback;
    }

    private void InsertLines(long documentId, IReadOnlyList<BudgetLineRecord> lines)
    {
        using var command = Command("""
            INSERT INTO lines (document_id, table_ordinal, classification, code, name, level, parent, unit, column_name,
                               amount, amount_fen, text, page, side)
            VALUES ($doc, $table, $class, $code, $name, $level, $parent, $unit, $column, $amount, $fen, $text, $page, $side)
            """);
        using var search = SearchCommand();
        var indexed = new HashSet<(int, string?, string)>();
        foreach (var line in lines)
        {
            Bind(command, "$doc", documentId);
            Bind(command, "$table", line.Table);
            Bind(command, "$class", line.Classification);
            Bind(command, "$code", line.Code);
            Bind(command, "$name", line.Name);
            Bind(command, "$level", line.Level);
            Bind(command, "$parent", line.Parent);
            Bind(command, "$unit", line.Unit);
            Bind(command, "$column", line.Column);
            command.Parameters["$amount"].Value = Amounts.ToText(line.Amount);
            command.Parameters["$fen"].Value = Amounts.ToFen(line.Amount);
            Bind(command, "$text", line.Text);
            Bind(command, "$page", line.Page);
            Bind(command, "$side", line.Side);
            command.ExecuteNonQuery();
            // A line name is indexed once per table, not once per amount column.
            if (!string.IsNullOrWhiteSpace(line.Name) && indexed.Add((line.Table, line.Code, line.Name)))
                IndexText(search, documentId, line.Code is null ? line.Name : line.Code + " " + line.Name, line.Table, null, line.Page);
        }
    }

    private void InsertIndicators(long documentId, IReadOnlyList<IndicatorRecord> indicators)
    {
        using var command = Command("""
            INSERT INTO indicators (document_id, table_ordinal, project, level1, level2, level3, target_text, target_op,
                                    target_value, target_unit, actual_text, actual_op, actual_value, actual_unit,
                                    weight, score, note, page)
            VALUES ($doc, $table, $project, $l1, $l2, $l3, $tt, $to, $tv, $tu, $at, $ao, $av, $au, $weight, $score, $note, $page)
            """);
        foreach (var indicator in indicators)
        {
            Bind(command, "$doc", documentId);
            Bind(command, "$table", indicator.Table);
            Bind(command, "$project", indicator.Project);
            Bind(command, "$l1", indicator.Level1);
            Bind(command, "$l2", indicator.Level2);
            Bind(command, "$l3", indicator.Level3);
            Bind(command, "$tt", indicator.Target?.Text);
            Bind(command, "$to", indicator.Target?.Op);
            command.Parameters["$tv"].Value = Amounts.ToText(indicator.Target?.Value);
            Bind(command, "$tu", indicator.Target?.Unit);
            Bind(command, "$at", indicator.Actual?.Text);
            Bind(command, "$ao", indicator.Actual?.Op);
            command.Parameters["$av"].Value = Amounts.ToText(indicator.Actual?.Value);
            Bind(command, "$au", indicator.Actual?.Unit);
            command.Parameters["$weight"].Value = Amounts.ToText(indicator.Weight);
            command.Parameters["$score"].Value = Amounts.ToText(indicator.Score);
            Bind(command, "$note", indicator.Note);
            Bind(command, "$page", indicator.Page);
            command.ExecuteNonQuery();
        }
    }

    private void InsertChecks(long documentId, IReadOnlyList<CheckRecord> checks)
    {
        using var command = Command("""
            INSERT INTO checks (document_id, code, table_ordinal, subject, column_name, expected, found, page, message)
            VALUES ($doc, $code, $table, $subject, $column, $expected, $found, $page, $message)
            """);
        foreach (var check in checks)
        {
            Bind(command, "$doc", documentId);
            Bind(command, "$code", check.Code);
            Bind(command, "$table", check.Table);
            Bind(command, "$subject", check.Subject);
            Bind(command, "$column", check.Column);
            command.Parameters["$expected"].Value = Amounts.ToText(check.Expected);
            command.Parameters["$found"].Value = Amounts.ToText(check.Found);
            Bind(command, "$page", check.Page);
            Bind(command, "$message", check.Message);
            command.ExecuteNonQuery();
        }
    }

    private SqliteCommand SearchCommand() => Command("""
        INSERT INTO search_text (document_id, table_ordinal, row, page, text)
        VALUES ($doc, $table, $row, $page, $text)
        """);

    private static void IndexText(SqliteCommand search, long documentId, string text, int table, int? row, int? page)
    {
        Bind(search, "$text", text);
        Bind(search, "$doc", documentId);
        Bind(search, "$table", table);
        Bind(search, "$row", row);
        Bind(search, "$page", page);
        search.ExecuteNonQuery();
    }

    /// <summary>A command whose parameters are created from the $names in its SQL, so rows only re-bind values.</summary>
    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(sql, @"\$\w+"))
            if (!command.Parameters.Contains(m.Value)) command.Parameters.Add(new SqliteParameter(m.Value, DBNull.Value));
        return command;
    }

    private static void Bind(SqliteCommand command, string name, object? value) =>
        command.Parameters[name].Value = value ?? DBNull.Value;

    // Contract arrays are ImmutableArray: a default (never assigned) one must read as empty, not throw.
    private static IReadOnlyList<T> OrEmpty<T>(System.Collections.Immutable.ImmutableArray<T> items) =>
        items.IsDefault ? [] : items;
}
