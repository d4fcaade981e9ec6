using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using BudgetExtract.Contract;
using BudgetExtract.Store.Ingest;

namespace BudgetExtract.Store.Tests;

/// <summary>Extraction results built in the test: what the normalization stage will deliver for real documents.</summary>
internal static class Fixtures
{
    public static readonly DateTimeOffset Fetched = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);

    public static string Sha(string seed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));

    public static Provenance From(string source, string? previous = null) => new(source, Fetched, previous);

    public static BudgetLineRecord Line(string? code, string name, string column, decimal? amount, int table = 1, int page = 5, string? unit = null) =>
        new(table, "function", code, name, code is null ? null : code.Length switch { 3 => 1, 5 => 2, _ => 3 },
            code is { Length: > 3 } ? code[..(code.Length - 2)] : null, unit, column, amount, amount?.ToString() ?? "-", page);

    public static IndicatorRecord Indicator(string? project, string level1, string level2, string level3, string target, int table = 3) =>
        new(table, project, level1, level2, level3, new IndicatorTarget(target, ">=", 500m, "场"), null, 10m, null, null, 12);

    public static TableRecord Table(string number, string title, string kind, params string[][] rows) => new(
        number, title, "万元", kind, [5, 6],
        [["科目编码", "科目名称", "合计", "基本支出"]],
        [.. rows.Select(r => r.ToImmutableArray())],
        [new CellRecord(0, 0, 1, 1, true, "科目编码", 5, [10, 10, 50, 20])],
        ["注：本表无发生额的科目未列示。"]);

    public static ExtractionResult Result(
        string seed, string? department, int? year, string? region = "深圳市", string? kind = "部门预算",
        IEnumerable<BudgetLineRecord>? lines = null, IEnumerable<IndicatorRecord>? indicators = null,
        IEnumerable<TableRecord>? tables = null, IEnumerable<CheckRecord>? checks = null, string? file = null) => new(
        new SourceInfo(file ?? seed + ".pdf", Sha(seed), 30),
        new DocumentInfo(region, department, year, kind),
        [.. tables ?? DefaultTables()],
        [.. lines ?? []],
        [.. indicators ?? []],
        [.. checks ?? []],
        [new DiagnosticRecord("unreadable-page", "page 9: no text layer", 9)]);

    public static IEnumerable<TableRecord> DefaultTables() =>
    [
        Table("表1", "收支总表", "income-expenditure-summary", ["", "本年收入合计", "1,000", ""]),
        Table("表5", "一般公共预算支出表", "general-budget-by-function",
            ["208", "社会保障和就业支出", "113", "113"],
            ["2080505", "机关事业单位基本养老保险缴费支出", "113", "113"]),
        Table("表7", "一般公共预算“三公”经费支出表", "three-public-expenses",
            ["", "公务接待费", "12.5", ""], ["", "因公出国（境）费", "3", ""]),
        Table("表11", "项目支出绩效目标表", "performance-targets", ["产出指标", "数量指标", "举办各类服务活动", "≥500场"]),
    ];

    /// <summary>Department budget of one year: function lines (amounts scaled by <paramref name="factor"/>) and indicators.</summary>
    public static ExtractionResult Budget(string seed, string department, int year, decimal factor = 1m, string? region = "深圳市",
        bool withHealth = true, bool withPension = true, string activityTarget = "≥500场")
    {
        var lines = new List<BudgetLineRecord>
        {
            Line("208", "社会保障和就业支出", "合计", 1_130_000m * factor),
            Line("208", "社会保障和就业支出", "基本支出", 1_130_000m * factor),
        };
        if (withPension) lines.Add(Line("2080505", "机关事业单位基本养老保险缴费支出", "合计", 1_130_000m * factor));
        if (withHealth) lines.Add(Line("2101101", "行政单位医疗", "合计", 456_789.12m * factor));
        else lines.Add(Line("2130101", "行政运行", "合计", 80_000m));
        lines.Add(Line(null, "公务接待费", "合计", 125_000m, table: 2, page: 8));
        var indicators = new List<IndicatorRecord>
        {
            Indicator("中小企业服务", "产出指标", "数量指标", "举办各类服务活动", activityTarget),
            Indicator("中小企业服务", "满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"),
        };
        if (year % 2 == 1) indicators.Add(Indicator("中小企业服务", "效益指标", "社会效益", "带动就业", "≥100人"));
        return Result(seed, department, year, region, lines: lines, indicators: indicators);
    }
}

/// <summary>A clock that reads what the test says.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
