using BudgetExtract.Store.Names;
using BudgetExtract.Store.Query;

namespace BudgetExtract.Store.Tests;

public sealed class QueryTests : IDisposable
{
    private readonly StoreScope _scope = new();

    public QueryTests() => _scope.StoreAll(
        (Fixtures.Budget("sz-2024", "深圳市统计局", 2024), "/in/sz-2024.pdf"),
        (Fixtures.Budget("sz-2025", "深圳市统计局（本级）", 2025, factor: 1.1m), "/in/sz-2025.pdf"),
        (Fixtures.Budget("gz-2025", "广州市统计局", 2025, region: "广州市"), "/in/gz-2025.pdf"),
        (Fixtures.Budget("sz-jx-2025", "深圳市经济贸易和信息化委员会", 2025), "/in/sz-jx-2025.pdf"));

    public void Dispose() => _scope.Dispose();

    private ResultTable Lines(LineFilter filter, DepartmentAliases? aliases = null)
    {
        using var queries = _scope.OpenQueries();
        return queries.Lines(filter, aliases);
    }

    [Fact]
    public void Lines_by_department_and_year_match_the_normalized_name_within_its_region()
    {
        var lines = Lines(new LineFilter { Department = "深圳市统计局", Year = 2025 });
        Assert.Equal(5, lines.Rows.Count);
        Assert.All(lines.Rows, r => Assert.Equal("深圳市统计局（本级）", r[1]));
        Assert.Equal(1_243_000m, lines.Value(0, "amount"));
        Assert.Equal("一般公共预算支出表", lines.Value(0, "table_title"));
    }

    [Fact]
    public void Department_without_a_region_prefix_matches_every_region_unless_region_is_given()
    {
        Assert.Equal(10, Lines(new LineFilter { Department = "统计局", Year = 2025 }).Rows.Count);
        var guangzhou = Lines(new LineFilter { Department = "统计局", Region = "广州", Year = 2025 });
        Assert.Equal(5, guangzhou.Rows.Count);
        Assert.All(guangzhou.Rows, r => Assert.Equal("广州市统计局", r[1]));
    }

    [Fact]
    public void Code_is_a_prefix_name_a_substring_column_exact()
    {
        var codes = Lines(new LineFilter { Department = "深圳市统计局", Year = 2024, Code = "208" }).Rows.Select(r => (string)r[9]!).ToList();
        Assert.Equal(["208", "208", "2080505"], codes);
        var named = Lines(new LineFilter { Year = 2024, Name = "养老" });
        Assert.Equal("机关事业单位基本养老保险缴费支出", Assert.Single(named.Rows)[10]);
        var column = Lines(new LineFilter { Year = 2024, Column = "基本支出" });
        Assert.Equal("基本支出", Assert.Single(column.Rows)[14]);
    }

    [Fact]
    public void Alias_file_joins_a_renamed_department()
    {
        var aliases = DepartmentAliases.From([("深圳市经济贸易和信息化委员会", "深圳市工业和信息化局")]);
        var lines = Lines(new LineFilter { Department = "深圳市工业和信息化局", Year = 2025 }, aliases);
        Assert.Equal(5, lines.Rows.Count);
        Assert.Empty(Lines(new LineFilter { Department = "深圳市工业和信息化局", Year = 2025 }).Rows);
    }

    [Fact]
    public void Superseded_versions_are_not_answered()
    {
        using (var store = _scope.OpenStore())
            store.Store(Fixtures.Budget("sz-2025-v2", "深圳市统计局", 2025, factor: 3m), Fixtures.From("/in/sz-2025.pdf"));
        var lines = Lines(new LineFilter { Department = "深圳市统计局", Year = 2025 });
        Assert.Equal(3_390_000m, lines.Value(0, "amount"));
        Assert.Equal(5, lines.Rows.Count);
    }

    [Theory]
    [InlineData("公务", 8)]         // two characters, shorter than a trigram: grid row and line name of each document
    [InlineData("三公", 4)]         // the table title only
    [InlineData("公务接待费", 8)]
    [InlineData("养老保险缴费", 8)]
    [InlineData("费", 24)]
    [InlineData("不存在的词", 0)]
    public void Search_finds_chinese_words_of_any_length(string text, int hits)
    {
        using var queries = _scope.OpenQueries();
        var found = queries.Search(text, new LineFilter());
        Assert.Equal(hits, found.Rows.Count);
        Assert.All(found.Rows, r => Assert.Contains(text, (string)r[7]!));
    }

    [Fact]
    public void Search_names_table_row_and_page_and_honours_the_filter()
    {
        using var queries = _scope.OpenQueries();
        var found = queries.Search("三公", new LineFilter { Department = "广州市统计局" });
        var hit = Assert.Single(found.Rows);
        Assert.Equal("广州市统计局", hit[0]);
        Assert.Equal(2L, hit[4]);
        Assert.Null(hit[5]);
        Assert.Equal(5L, hit[6]);
        Assert.Equal("表7 一般公共预算“三公”经费支出表", hit[7]);
    }

    [Fact]
    public void Tables_list_titles_and_a_grid_reads_back()
    {
        using var queries = _scope.OpenQueries();
        var tables = queries.Tables(new LineFilter { Department = "广州市统计局" }, title: "三公");
        var row = Assert.Single(tables.Rows);
        Assert.Equal("表7", row[7]);
        Assert.Equal("[5,6]", row[11]);
        var grid = queries.TableGrid(Fixtures.Sha("gz-2025")[..10], 2);
        Assert.Equal(["科目编码", "科目名称", "合计", "基本支出"], grid.Columns);
        Assert.Equal("公务接待费", grid.Rows[0][1]);
    }

    [Fact]
    public void Read_only_sql_answers_selects()
    {
        using var queries = _scope.OpenQueries();
        var result = queries.Sql("SELECT department, COUNT(*) AS n FROM line_view GROUP BY department ORDER BY department");
        Assert.Equal(["department", "n"], result.Columns);
        Assert.Equal(4, result.Rows.Count);
        var error = Assert.Throws<Diagnostics.InputException>(() => queries.Sql("SELECT nope FROM lines"));
        Assert.Equal("query sql: no such column: nope", error.Message);
    }
}
