namespace BudgetExtract.Testing;

/// <summary>Locates the repository (for corpus fixtures) from the test binary's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus(params string[] parts) => Path.Combine([Root, "corpus", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BudgetExtract.sln"))) return dir.FullName;
        throw new InvalidOperationException("BudgetExtract.sln not found above " + AppContext.BaseDirectory);
    }
}
