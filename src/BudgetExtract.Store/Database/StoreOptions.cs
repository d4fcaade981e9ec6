namespace BudgetExtract.Store.Database;

/// <summary>How the store opens its database file.</summary>
public sealed record StoreOptions
{
    /// <summary>The default database, relative to the current directory.</summary>
    public const string DefaultPath = "data/budget.db";

    /// <summary>How long a writer waits for another writer's lock before giving up. Default: 30 s.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
