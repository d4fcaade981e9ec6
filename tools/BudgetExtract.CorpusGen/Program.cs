using BudgetExtract.CorpusGen;

// Usage: dotnet run --project tools/BudgetExtract.CorpusGen -- [corpus-dir]
// Reads corpus-dir/seeds/src/*.txt, writes corpus-dir/seeds/<seed>-<variant>.pdf and corpus-dir/expected/<seed>-<variant>.json.
var corpus = args.Length > 0 ? args[0] : "corpus";
try
{
    foreach (var written in CorpusBuilder.Build(corpus)) Console.WriteLine(written);
    return 0;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
