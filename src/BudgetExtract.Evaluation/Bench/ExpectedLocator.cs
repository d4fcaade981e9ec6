namespace BudgetExtract.Evaluation.Bench;

/// <summary>
/// Finds the expected file of a PDF by its name stem: in the given folder, or else in the nearest folder named
/// <c>expected</c> (or <paramref name="folderName"/>) beside the PDF's folder or one of its ancestors
/// (corpus/seeds/x.pdf → corpus/expected/x.json, corpus/expected-lines/x.json).
/// </summary>
public static class ExpectedLocator
{
    /// <summary>The folder of line-level expected files, beside <c>expected</c>.</summary>
    public const string LinesFolder = "expected-lines";

    public static string? Find(string pdf, string? expectedDir, string folderName = "expected")
    {
        var name = Path.GetFileNameWithoutExtension(pdf) + ".json";
        if (expectedDir is not null)
        {
            var direct = Path.Combine(expectedDir, name);
            return File.Exists(direct) ? direct : null;
        }
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(pdf))!); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, folderName, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
