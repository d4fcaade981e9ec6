using System.Collections.Concurrent;

namespace BudgetExtract.Pdf.MuPdf;

/// <summary>
/// The mutool arguments that write a document's trace. <c>mutool trace</c> writes the same elements as
/// <c>mutool draw -F trace</c> in about half the time (draw sets up its rendering machinery even when it
/// only traces); older MuPDF builds without the <c>trace</c> command get <c>draw -F trace</c>.
/// </summary>
internal static class TraceCommand
{
    private static readonly ConcurrentDictionary<string, bool> HasTraceCommand = new(StringComparer.Ordinal);

    public static List<string> Arguments(string mutool, string file, string? pages)
    {
        var arguments = Supported(mutool)
            ? new List<string> { "trace", file }
            : ["draw", "-q", "-F", "trace", "-o", "-", file];
        if (pages is not null) arguments.Add(pages);
        return arguments;
    }

    /// <summary>Whether this mutool knows the <c>trace</c> command: asked once per executable and process.</summary>
    public static bool Supported(string mutool) => HasTraceCommand.GetOrAdd(mutool, Probe);

    private static bool Probe(string mutool)
    {
        // Without arguments, a known command prints its own usage line; an unknown one lists all commands.
        using var process = MutoolProcess.Start(mutool, ["trace"]);
        var output = process.Output.ReadToEnd();
        return (output + process.WaitForErrorText()).Contains("mutool trace", StringComparison.Ordinal);
    }
}
