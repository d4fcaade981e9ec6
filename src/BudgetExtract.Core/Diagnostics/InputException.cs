namespace BudgetExtract.Diagnostics;

/// <summary>
/// The input cannot be used at all (missing, empty, not a PDF, password-protected, truncated, too large).
/// Reported once per file as one line: "<c>FILE: cause</c>".
/// </summary>
public sealed class InputException(string file, string cause, Exception? inner = null)
    : Exception($"{file}: {cause}", inner)
{
    public string File { get; } = file;
    public string Cause { get; } = cause;
}
