using Xunit.Abstractions;
using System.Diagnostics;
using BudgetExtract.Testing;
using Microsoft.Data.Sqlite;

namespace BudgetExtract.Cli.Tests;

/// <summary>A real writer process killed with SIGKILL in the middle of storing leaves only whole documents.</summary>
public sealed class KillDuringIngestTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Kill_9_mid_run_leaves_no_partial_document_and_a_sound_database()
    {
        using var dir = new TempDir();
        var db = dir.Combine("budget.db");
        var cli = Path.Combine(AppContext.BaseDirectory, "budgetextract.dll");
        // No redirected streams: waiting for a killed process would also wait for its pipes to close.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = false, RedirectStandardError = false };
        foreach (var arg in new[] { cli, "bench-store", "--db", db, "--documents", "3000", "--lines", "300" }) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var writer = Process.Start(start)!;
        try
        {
            // Watch the files, not the database: the writer must not be disturbed, and 2 MB of WAL is several documents.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (Size(db + "-wal") < 2_000_000 && DateTime.UtcNow < deadline && !writer.HasExited) await Task.Delay(50);
            await Task.Delay(300);
            output.WriteLine($"killing after {clock.ElapsedMilliseconds} ms");
            Assert.False(writer.HasExited, $"the writer ended (exit code {(writer.HasExited ? writer.ExitCode : 0)}) before it could be killed");
        }
        finally
        {
            writer.Kill(); // SIGKILL: no cleanup, no rollback by the process itself
            await writer.WaitForExitAsync();
            output.WriteLine($"killed after {clock.ElapsedMilliseconds} ms");
        }

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        var documents = (long)Scalar(connection, "SELECT COUNT(*) FROM documents")!;
        output.WriteLine($"checked after {clock.ElapsedMilliseconds} ms");
        Assert.True(documents >= 1, $"{documents} documents");
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM documents d WHERE (SELECT COUNT(*) FROM lines l WHERE l.document_id = d.id) <> 300"));
        Assert.Equal(documents * 300, Scalar(connection, "SELECT COUNT(*) FROM lines"));
        Assert.Equal(documents * 3, Scalar(connection, "SELECT COUNT(*) FROM tables"));
        Assert.Equal(0L, Scalar(connection, "SELECT COUNT(*) FROM lines WHERE document_id NOT IN (SELECT id FROM documents)"));
    }

    private static long Size(string file) => File.Exists(file) ? new FileInfo(file).Length : 0;

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
