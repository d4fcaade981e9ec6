namespace BudgetExtract.Store.Export;

public static class ExportFormat
{
    public const string Csv = "csv", JsonLines = "jsonl", Xlsx = "xlsx", DataPackage = "datapackage";

    public static readonly IReadOnlyList<string> Names = [Csv, JsonLines, Xlsx, DataPackage];
}
