namespace BudgetExtract.Diagnostics;

/// <summary>An external program BudgetExtract needs (mutool, tesseract) is missing or lacks data.</summary>
public sealed class ToolMissingException(string message, Exception? inner = null) : Exception(message, inner);
