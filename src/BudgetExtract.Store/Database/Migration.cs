namespace BudgetExtract.Store.Database;

/// <summary>One schema step: applied once, in order, inside a transaction; its number is recorded in <c>schema_version</c>.</summary>
public sealed record Migration(int Version, string Description, string Sql);
