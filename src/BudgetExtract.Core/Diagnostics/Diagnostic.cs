namespace BudgetExtract.Diagnostics;

/// <summary>
/// Something worth reporting about a document that did not stop its processing
/// (an unreadable page, glyphs without unicode, a sum that does not reconcile).
/// Collected as values, never thrown.
/// </summary>
/// <param name="Code">Stable kebab-case code, e.g. <c>glyphs-without-unicode</c>.</param>
/// <param name="Message">One human-readable sentence.</param>
/// <param name="Page">1-based page number, or null when it concerns the whole document.</param>
public sealed record Diagnostic(string Code, string Message, int? Page = null);
