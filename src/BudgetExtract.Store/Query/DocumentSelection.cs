using System.Text;
using BudgetExtract.Store.Names;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Store.Query;

/// <summary>Builds the WHERE conditions over <c>documents d</c> that select current versions by region, department, year, kind.</summary>
internal static class DocumentSelection
{
    public static void Append(StringBuilder where, SqliteCommand command, LineFilter filter, DepartmentAliases aliases)
    {
        where.Append(" d.superseded_by IS NULL");
        string? region = filter.Region is null ? null : DepartmentNames.RegionKey(filter.Region);
        if (filter.Department is not null)
        {
            var key = DepartmentNames.Key(filter.Department, filter.Region);
            region ??= key.Region;
            var cores = aliases.Equivalents(key.Core);
            var names = new List<string>();
            for (var i = 0; i < cores.Count; i++)
            {
                names.Add("$dk" + i);
                command.Parameters.AddWithValue("$dk" + i, cores[i]);
            }
            where.Append(" AND d.department_key IN (").Append(string.Join(", ", names)).Append(')');
            // A prefix-derived region only narrows documents that know their region.
            if (filter.Region is null && region is not null)
            {
                where.Append(" AND (d.region_key IS NULL OR d.region_key = $region)");
                command.Parameters.AddWithValue("$region", region);
                region = null;
            }
        }
        if (region is not null)
        {
            where.Append(" AND d.region_key = $region");
            command.Parameters.AddWithValue("$region", region);
        }
        if (filter.Year is { } year)
        {
            where.Append(" AND d.year = $year");
            command.Parameters.AddWithValue("$year", year);
        }
        if (filter.Kind is { } kind)
        {
            where.Append(" AND d.kind = $kind");
            command.Parameters.AddWithValue("$kind", kind);
        }
    }
}
