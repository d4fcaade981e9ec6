namespace BudgetExtract.Cli.Infrastructure;

/// <summary>The command's arguments are wrong; the message says how.</summary>
public sealed class UsageException(string message) : Exception(message);
