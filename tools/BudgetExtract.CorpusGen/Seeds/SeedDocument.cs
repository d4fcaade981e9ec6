namespace BudgetExtract.CorpusGen.Seeds;

/// <summary>A seed document: its prose paragraphs, tables, and the signature stamp it was printed with.</summary>
internal sealed record SeedDocument(string Name, string Title, IReadOnlyList<string> Prose, IReadOnlyList<SeedTable> Tables, string Signer, DateTime FirstStamp);

/// <summary>One table of a seed, its page chunks already stitched (repeated header rows dropped).</summary>
/// <param name="Breaks">Body-row indexes where the seed's own page break fell (the row starts a new page).</param>
internal sealed record SeedTable(
    string? Number, string? Title, string? Unit, IReadOnlyList<string> MetaLines,
    IReadOnlyList<string[]> HeaderRows, IReadOnlyList<string[]> BodyRows, IReadOnlyList<int> Breaks,
    IReadOnlyList<string> Notes, bool IsForm);
