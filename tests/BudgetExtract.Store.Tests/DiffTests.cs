using BudgetExtract.Diagnostics;
using BudgetExtract.Store.Diff;
using BudgetExtract.Store.Names;

namespace BudgetExtract.Store.Tests;

public sealed class DiffTests : IDisposable
{
    private readonly StoreScope _scope = new();

    public DiffTests() => _scope.StoreAll(
        (Fixtures.Budget("sz-2024", "深圳市统计局", 2024, withHealth: true), "/in/sz-2024.pdf"),
        (Fixtures.Budget("sz-2025", "深圳市统计局（本级）", 2025, factor: 1.1m, withHealth: false, activityTarget: "≥600场"), "/in/sz-2025.pdf"),
        (Fixtures.Budget("jx-2024", "深圳市经济贸易和信息化委员会", 2024), "/in/jx-2024.pdf"),
        (Fixtures.Budget("gx-2025", "深圳市工业和信息化局", 2025, factor: 0.5m), "/in/gx-2025.pdf"));

    public void Dispose() => _scope.Dispose();

    private DiffResult Compare(DiffRequest request, DepartmentAliases? aliases = null)
    {
        using var queries = _scope.OpenQueries();
        return new YearDiff(queries, aliases).Compare(request);
    }

    [Fact]
    public void Amounts_changes_and_percent_per_subject_and_column()
    {
        var diff = Compare(new DiffRequest("深圳市统计局", 2024, 2025));
        Assert.Equal(["深圳市统计局"], diff.From.Departments);
        Assert.Equal(["深圳市统计局（本级）"], diff.To.Departments);
        var pension = Assert.Single(diff.Lines, l => l.Code == "2080505");
        Assert.Equal((DiffStatus.Changed, 1_130_000m, 1_243_000m, 113_000m, 10.00m), (pension.Status, pension.Old, pension.New, pension.Change, pension.Percent));
        var basic = Assert.Single(diff.Lines, l => l.Code == "208" && l.Column == "基本支出");
        Assert.Equal(113_000m, basic.Change);
        var unchanged = Assert.Single(diff.Lines, l => l.Name == "公务接待费");
        Assert.Equal((DiffStatus.Unchanged, 0m, 0m), (unchanged.Status, unchanged.Change, unchanged.Percent));
    }

    [Fact]
    public void Subjects_added_and_removed_are_listed_with_one_side_empty()
    {
        var diff = Compare(new DiffRequest("深圳市统计局", 2024, 2025));
        var removed = Assert.Single(diff.Lines, l => l.Status == DiffStatus.Removed);
        Assert.Equal(("2101101", "行政单位医疗", 456_789.12m, (decimal?)null, (decimal?)null), (removed.Code, removed.Name, removed.Old, removed.New, removed.Change));
        var added = Assert.Single(diff.Lines, l => l.Status == DiffStatus.Added);
        Assert.Equal(("2130101", (decimal?)null, 80_000m), (added.Code, added.Old, added.New));
    }

    [Fact]
    public void Indicators_added_removed_and_with_changed_targets()
    {
        var diff = Compare(new DiffRequest("深圳市统计局", 2025, 2024));
        var changed = Assert.Single(diff.Indicators, i => i.Status == DiffStatus.Changed);
        Assert.Equal(("举办各类服务活动", "≥600场", "≥500场"), (changed.Level3, changed.OldTarget, changed.NewTarget));
        var removed = Assert.Single(diff.Indicators, i => i.Status == DiffStatus.Removed);
        Assert.Equal(("带动就业", "≥100人", (string?)null), (removed.Level3, removed.OldTarget, removed.NewTarget));
        Assert.Single(diff.Indicators, i => i.Status == DiffStatus.Unchanged);
        Assert.DoesNotContain(diff.Indicators, i => i.Status == DiffStatus.Added);
    }

    [Fact]
    public void Renamed_department_needs_the_alias_file()
    {
        var request = new DiffRequest("深圳市工业和信息化局", 2024, 2025);
        var error = Assert.Throws<InputException>(() => Compare(request));
        Assert.Equal("--department 深圳市工业和信息化局: no stored document for 2024 (stored years: 2025)", error.Message);
        var diff = Compare(request, DepartmentAliases.From([("深圳市经济贸易和信息化委员会", "深圳市工业和信息化局")]));
        Assert.Equal(["深圳市经济贸易和信息化委员会"], diff.From.Departments);
        Assert.Equal(-50.00m, Assert.Single(diff.Lines, l => l.Code == "2080505").Percent);
    }

    [Fact]
    public void Region_narrows_the_department()
    {
        var error = Assert.Throws<InputException>(() => Compare(new DiffRequest("统计局", 2024, 2025, Region: "广州市")));
        Assert.Contains("no stored document for 2024 in 广州市 (stored years: none)", error.Message);
        Assert.Equal(2, Compare(new DiffRequest("统计局", 2024, 2025, Region: "深圳")).From.Files.Count + 1);
    }
}
