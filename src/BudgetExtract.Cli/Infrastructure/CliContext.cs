namespace BudgetExtract.Cli.Infrastructure;

/// <summary>What every command gets: the output streams, and the wrapper that maps errors to exit codes.</summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Stdout { get; } = stdout;
    public TextWriter Stderr { get; } = stderr;

    /// <summary>Runs a command body; any exception becomes one stderr line and an exit code via <see cref="ErrorHandler"/>.</summary>
    public async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return ErrorHandler.Handle(e, Stderr);
        }
    }
}
