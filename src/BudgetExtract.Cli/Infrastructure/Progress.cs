namespace BudgetExtract.Cli.Infrastructure;

/// <summary>A one-line progress counter on stderr, shown only when stderr is a terminal.</summary>
public sealed class Progress(int total, TextWriter stderr, bool enabled)
{
    private readonly Lock _lock = new();
    private int _done;

    public static Progress ForTerminal(int total) =>
        new(total, Console.Error, total > 1 && !Console.IsErrorRedirected);

    public void Advance(string item)
    {
        if (!enabled) return;
        lock (_lock)
        {
            _done++;
            var name = item.Length > 60 ? "…" + item[^59..] : item;
            stderr.Write($"\r[{_done}/{total}] {name}".PadRight(80));
            if (_done == total) stderr.WriteLine();
        }
    }
}
