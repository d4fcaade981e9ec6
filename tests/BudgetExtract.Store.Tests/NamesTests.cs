using BudgetExtract.Diagnostics;
using BudgetExtract.Store.Names;
using BudgetExtract.Testing;

namespace BudgetExtract.Store.Tests;

public sealed class NamesTests
{
    [Theory]
    [InlineData("深圳市统计局", null, "深圳", "统计局")]
    [InlineData("深圳市统计局（本级）", null, "深圳", "统计局")]
    [InlineData("深圳市 统计局 本级", null, "深圳", "统计局")]
    [InlineData("深圳市统计局(机关)", "深圳市", "深圳", "统计局")]
    [InlineData("深圳市福田区教育局", null, "深圳福田", "教育局")]
    [InlineData("统计局", null, null, "统计局")]
    [InlineData("市场监督管理局", null, null, "市场监督管理局")]
    [InlineData("城市管理和综合执法局", null, null, "城市管理和综合执法局")]
    [InlineData("上海市水务局【上海市海洋局】", null, "上海", "水务局")]
    // Regression (Jiangsu 2018/2019 diff found no 2018 document): 中共 is part of the name, not of the region.
    [InlineData("中共江苏省委办公厅", null, "江苏", "中共委办公厅")]
    [InlineData("中共江苏省委办公厅", "江苏省", "江苏", "中共委办公厅")]
    public void Department_names_reduce_to_region_and_core(string name, string? region, string? expectedRegion, string expectedCore)
    {
        var key = DepartmentNames.Key(name, region);
        Assert.Equal(expectedCore, key.Core);
        Assert.Equal(expectedRegion, key.Region);
    }

    [Theory]
    [InlineData("深圳市", "深圳")]
    [InlineData("深圳", "深圳")]
    [InlineData("广东省深圳市", "广东深圳")]
    public void Region_names_drop_their_administrative_suffix(string region, string expected) =>
        Assert.Equal(expected, DepartmentNames.RegionKey(region));

    [Fact]
    public void Yaml_alias_file_maps_old_names_to_the_canonical_one()
    {
        using var dir = new TempDir();
        var file = dir.File("aliases.yaml", """
            # canonical: [aliases]
            深圳市工业和信息化局:
              - 深圳市经济贸易和信息化委员会
              - 深圳市经信委
            深圳市统计局: 深圳市统计局（深圳市国家统计局深圳调查队）
            """u8.ToArray());
        var aliases = DepartmentAliases.Load(file);
        Assert.Equal("工业和信息化局", aliases.Canonical("经济贸易和信息化委员会"));
        Assert.Equal("工业和信息化局", aliases.Canonical("经信委"));
        Assert.Equal("工业和信息化局", aliases.Canonical("工业和信息化局"));
        Assert.Equal("文化局", aliases.Canonical("文化局"));
        Assert.Equal(
            new[] { "工业和信息化局", "经信委", "经济贸易和信息化委员会" }.Order(StringComparer.Ordinal),
            aliases.Equivalents("经信委").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Csv_alias_file_with_header_is_read()
    {
        using var dir = new TempDir();
        var file = dir.File("aliases.csv", "alias,canonical\n深圳市经济贸易和信息化委员会,深圳市工业和信息化局\n\n# a comment\n"u8.ToArray());
        Assert.Equal("工业和信息化局", DepartmentAliases.Load(file).Canonical("经济贸易和信息化委员会"));
    }

    [Fact]
    public void Broken_alias_files_give_one_line_naming_the_file()
    {
        using var dir = new TempDir();
        var csv = dir.File("bad.csv", "a,b,c\n"u8.ToArray());
        Assert.Equal($"{csv}: line 1: expected 'alias,canonical'", Assert.Throws<InputException>(() => DepartmentAliases.Load(csv)).Message);
        var yaml = dir.File("bad.yaml", "a: [b\n"u8.ToArray());
        Assert.StartsWith($"{yaml}: not a valid alias file", Assert.Throws<InputException>(() => DepartmentAliases.Load(yaml)).Message);
        Assert.Equal($"{dir.Combine("none.yaml")}: alias file not found", Assert.Throws<InputException>(() => DepartmentAliases.Load(dir.Combine("none.yaml"))).Message);
    }
}
