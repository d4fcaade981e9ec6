using System.Diagnostics;
using System.Globalization;
using BudgetExtract.Cli.Infrastructure;
using BudgetExtract.Store.Benchmark;
using BudgetExtract.Store.Ingest;
using BudgetExtract.Store.Query;

namespace BudgetExtract.Cli.Commands;

/// <summary>Arguments of <c>budgetextract bench-store</c>.</summary>
public sealed record BenchStoreSettings
{
    public string Db { get; init; } = "data/bench-store.db";
    public int Documents { get; init; } = 1000;
    public int Lines { get; init; } = 300;
    public int Runs { get; init; } = 50;

    public void Validate()
    {
        if (Documents < 1 || Lines < 1 || Runs < 1) throw new UsageException("--documents, --lines and --runs must be at least 1");
        if (File.Exists(Db)) throw new UsageException($"{Db}: already exists; bench-store fills a new database (delete it or pass another --db)");
    }
}

/// <summary>
/// <c>budgetextract bench-store</c>: stores synthetic documents (distinct sha256, realistic line counts) into a new
/// database, then times the queries people run most. Figures go to stdout; docs/store.md records them.
/// </summary>
public sealed class BenchStoreCommand(TextWriter stdout)
{
    public Task<int> RunAsync(BenchStoreSettings settings)
    {
        settings.Validate();
        var clock = Stopwatch.StartNew();
        using (var store = SqliteBudgetStore.Open(settings.Db))
            for (var i = 0; i < settings.Documents; i++)
                store.Store(SyntheticBudgets.Create(i, settings.Lines), new Provenance($"synthetic://{i}", DateTimeOffset.UnixEpoch));
        var ingest = clock.Elapsed;
        var size = new FileInfo(settings.Db).Length + (File.Exists(settings.Db + "-wal") ? new FileInfo(settings.Db + "-wal").Length : 0);
        stdout.WriteLine(Invariant($"stored {settings.Documents} documents x {settings.Lines} lines in {ingest.TotalSeconds:0.0} s ({settings.Documents / ingest.TotalSeconds:0} documents/s); database {size / 1024.0 / 1024.0:0.0} MiB"));

        var middle = settings.Documents / 2;
        var department = SyntheticBudgets.DepartmentOf(middle);
        var year = SyntheticBudgets.YearOf(middle);
        using var queries = BudgetQueries.Open(settings.Db);
        Time(settings.Runs, $"query lines --department {department} --year {year}", () => queries.Lines(new LineFilter { Department = department, Year = year }).Rows.Count);
        Time(settings.Runs, $"query lines --department {department} --year {year} --code 208", () => queries.Lines(new LineFilter { Department = department, Year = year, Code = "208" }).Rows.Count);
        Time(Math.Min(settings.Runs, 10), "query search 公务接待费 (trigram index)", () => queries.Search("公务接待费", new LineFilter { Limit = 100 }).Rows.Count);
        Time(Math.Min(settings.Runs, 10), "query search 公务 (2 characters: LIKE scan)", () => queries.Search("公务", new LineFilter { Limit = 100 }).Rows.Count);
        Time(Math.Min(settings.Runs, 10), $"query search 公务 --department {department} (LIKE scan, one department)", () => queries.Search("公务", new LineFilter { Department = department }).Rows.Count);
        return Task.FromResult(ExitCodes.Ok);
    }

    private void Time(int runs, string label, Func<int> query)
    {
        var rows = query(); // warm-up: statement preparation, page cache
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            query();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        stdout.WriteLine(Invariant($"{label}: {rows} rows; median {times[runs / 2]:0.0} ms, max {times[^1]:0.0} ms over {runs} runs"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
