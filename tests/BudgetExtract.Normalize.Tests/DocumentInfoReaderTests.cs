using BudgetExtract.Normalize.Documents;

namespace BudgetExtract.Normalize.Tests;

public class DocumentInfoReaderTests
{
    [Theory]
    [InlineData("2026年深圳市统计局部门预算.pdf", "深圳市", "深圳市统计局", 2026, "部门预算")]
    [InlineData("信访局_2026年部门预算.pdf", null, "信访局", 2026, "部门预算")]
    [InlineData("https://www.example.gov.cn/files/2025%E5%B9%B4%E6%AD%A6%E6%B1%89%E5%B8%82%E5%AE%A1%E8%AE%A1%E5%B1%80%E9%83%A8%E9%97%A8%E5%86%B3%E7%AE%97.pdf", "武汉市", "武汉市审计局", 2025, "部门决算")]
    public void File_name_or_url_gives_metadata_when_nothing_else_does(string file, string? region, string department, int year, string kind)
    {
        var info = DocumentInfoReader.Read(file, [], []);
        Assert.Equal(region, info.Region);
        Assert.Equal(department, info.Department);
        Assert.Equal(year, info.Year);
        Assert.Equal(kind, info.Kind);
    }

    [Fact]
    public void Cover_title_wrapped_inside_a_word_is_joined()
    {
        var info = DocumentInfoReader.Read("x.pdf", ["2026年深圳市统计局（本级）部门预", "算", "目 录", "第一部分 部门概况"], []);
        Assert.Equal(new Contract.DocumentInfo("深圳市", "深圳市统计局", 2026, "部门预算"), info);
    }

    [Fact]
    public void Cover_line_naming_the_department_wins()
    {
        var info = DocumentInfoReader.Read("x.pdf", ["江苏省2018年度", "省级部门预算公开报表", "部 门:中共江苏省委办公厅", "江苏省财政厅印制"], []);
        Assert.Equal(new Contract.DocumentInfo("江苏省", "中共江苏省委办公厅", 2018, "部门预算"), info);
    }

    [Fact]
    public void Table_meta_line_部门_with_the_unit_on_the_same_line_names_the_department()
    {
        // Regression: Jiangsu 2019 prints "部门：中共江苏省委办公厅 单位：万元" above every table and nothing on a cover.
        var table = new Tables.Model.Table(null, "收支预算总表", "万元", [1], 2, 1, 2,
            [new Tables.Model.TableCell(0, 0, 1, 1, true, "项目", 1, default), new Tables.Model.TableCell(1, 0, 1, 1, false, "一、财政拨款", 1, default)],
            [], ["部门：中共江苏省委办公厅 单位：万元"]);
        var info = DocumentInfoReader.Read("江苏省委办公厅2019年度部门预算公开表格.pdf", ["收支预算总表", "部门：中共江苏省委办公厅 单位：万元"], [table]);
        Assert.Equal("中共江苏省委办公厅", info.Department);
        Assert.Equal(2019, info.Year);
    }

    [Theory]
    [InlineData("000_7b0e8fb7a46aa85b.txt", "深圳市", "深圳市中小企业服务局", 2023, "部门预算")]
    [InlineData("002_78cf085746fe5453.txt", "深圳市", "深圳市工业和信息化局", 2021, "部门预算")]
    [InlineData("003_d0b700a6485bd38b.txt", "武汉市", "武汉市中小企业发展促进中心", 2024, "单位预算")]
    [InlineData("004_920f741a827def05.txt", "东湖区", "东湖区发展和改革委员会", 2023, "绩效目标表")]
    public void Seed_documents_give_their_metadata(string seed, string region, string department, int year, string kind)
    {
        var info = new BudgetDocumentNormalizer().Normalize(SeedTables.Input(seed, "document.pdf")).Document;
        Assert.Equal(new Contract.DocumentInfo(region, department, year, kind), info);
    }

    [Fact]
    public void Self_evaluation_takes_its_department_from_the_table() =>
        Assert.Equal(new Contract.DocumentInfo("上海市", "上海市经济和信息化委员会", null, "绩效自评"),
            new BudgetDocumentNormalizer().Normalize(SeedTables.Input("001_bcdd9000e326aa50.txt", "document.pdf")).Document);
}
