using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BudgetExtract.Contract;

namespace BudgetExtract.Store.Benchmark;

/// <summary>
/// Deterministic, realistic-looking extraction results for scale tests: departments across regions and years,
/// function-classified lines over several amount columns, a grid table per document, a few indicators.
/// Document <c>i</c> is department <c>i / years</c>, year <c>firstYear + i % years</c>, with distinct sha256.
/// </summary>
public static class SyntheticBudgets
{
    private static readonly string[] Regions = ["深圳市", "广州市", "武汉市", "上海市", "北京市"];
    private static readonly string[] Bureaus = ["统计局", "审计局", "水务局", "教育局", "财政局", "民政局", "医疗保障局", "文化广电旅游体育局"];
    private static readonly string[] Columns = ["合计", "基本支出", "项目支出", "人员经费", "公用经费", "事业单位经营支出"];
    private static readonly (string Code, string Name)[] Subjects =
    [
        ("201", "一般公共服务支出"), ("20101", "人大事务"), ("2010101", "行政运行"), ("2010102", "一般行政管理事务"),
        ("205", "教育支出"), ("20502", "普通教育"), ("2050201", "学前教育"), ("2050202", "小学教育"),
        ("208", "社会保障和就业支出"), ("20805", "行政事业单位养老支出"), ("2080505", "机关事业单位基本养老保险缴费支出"),
        ("2080506", "机关事业单位职业年金缴费支出"), ("210", "卫生健康支出"), ("21011", "行政事业单位医疗"),
        ("2101101", "行政单位医疗"), ("2101102", "事业单位医疗"), ("221", "住房保障支出"), ("22102", "住房改革支出"),
        ("2210201", "住房公积金"), ("2210203", "购房补贴"),
    ];

    public const int FirstYear = 2022;
    public const int Years = 4;

    public static string DepartmentOf(int index)
    {
        var department = index / Years;
        return Regions[department % Regions.Length] + Bureaus[department / Regions.Length % Bureaus.Length]
               + (department >= Regions.Length * Bureaus.Length ? (department / (Regions.Length * Bureaus.Length)).ToString(CultureInfo.InvariantCulture) + "分局" : "");
    }

    public static int YearOf(int index) => FirstYear + index % Years;

    /// <summary>Document <paramref name="index"/> with about <paramref name="lineCount"/> lines.</summary>
    public static ExtractionResult Create(int index, int lineCount = 300)
    {
        var department = DepartmentOf(index);
        var region = Regions[index / Years % Regions.Length];
        var year = YearOf(index);
        var random = new Random(index);
        var lines = ImmutableArray.CreateBuilder<BudgetLineRecord>(lineCount);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        for (var s = 0; lines.Count < lineCount; s++)
        {
            var (code, name) = Subjects[s % Subjects.Length];
            var unit = s < Subjects.Length ? department : department + "下属单位" + (s / Subjects.Length).ToString(CultureInfo.InvariantCulture);
            var row = ImmutableArray.CreateBuilder<string>();
            row.Add(code);
            row.Add(name);
            foreach (var column in Columns)
            {
                if (lines.Count == lineCount) break;
                var wan = Math.Round((decimal)random.Next(0, 10_000_000) / 100m, 2); // 万元, two decimals as printed
                var text = wan.ToString("#,0.00", CultureInfo.InvariantCulture);
                row.Add(text);
                lines.Add(new BudgetLineRecord(1, "function", code, name, code.Length switch { 3 => 1, 5 => 2, _ => 3 },
                    code.Length > 3 ? code[..^2] : null, unit, column, wan * 10_000m, text, 5 + s / 30));
            }
            rows.Add(row.ToImmutable());
        }
        var tables = ImmutableArray.Create(
            new TableRecord("表1", "收支总表", "万元", "income-expenditure-summary", [3], [["收入", "金额", "支出", "金额"]],
                [["一般公共预算拨款收入", "1,000.00", "一般公共服务支出", "1,000.00"]], [], []),
            new TableRecord("表5", "一般公共预算支出表", "万元", "general-budget-by-function", [5, 6],
                [["科目编码", "科目名称", .. Columns]], rows.ToImmutable(), [], []),
            new TableRecord("表7", "一般公共预算“三公”经费支出表", "万元", "three-public-expenses", [8],
                [["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"]], [["12.50", "3.00", "6.50", "3.00"]], [], []));
        var indicators = ImmutableArray.Create(
            new IndicatorRecord(2, "统计调查项目", "产出指标", "数量指标", "完成调查任务", new IndicatorTarget("≥" + (10 + index % 7), ">=", 10 + index % 7, "项"), null, 20m, null, null, 12),
            new IndicatorRecord(2, "统计调查项目", "满意度指标", "服务对象满意度指标", "用户满意度", new IndicatorTarget("≥90%", ">=", 90m, "%"), null, 10m, null, null, 12));
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("synthetic-budget-" + index.ToString(CultureInfo.InvariantCulture))));
        return new ExtractionResult(
            new SourceInfo($"synthetic-{index:D5}.pdf", sha, 30),
            new DocumentInfo(region, department, year, "部门预算"),
            tables, lines.ToImmutable(), indicators, [], []);
    }
}
