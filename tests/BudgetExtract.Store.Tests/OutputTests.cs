using BudgetExtract.Store.Output;
using BudgetExtract.Store.Query;

namespace BudgetExtract.Store.Tests;

public sealed class OutputTests
{
    private static readonly ResultTable Sample = new(["name", "amount", "page"],
    [
        ["公务接待费", 125000m, 8L],
        ["a,b \"c\"", 1234567.891m, null],
        [null, null, 12L],
    ]);

    [Fact]
    public void Text_table_aligns_chinese_by_display_width_and_right_aligns_numbers()
    {
        var writer = new StringWriter();
        TextTableFormat.Write(Sample, writer);
        var lines = writer.ToString().Split('\n');
        // 公务接待费 is five characters but ten terminal cells wide: the column is 10 wide, not 9.
        Assert.Equal("name               amount  page", lines[0]);
        Assert.Equal("----------  -------------  ----", lines[1]);
        Assert.Equal("公务接待费        125,000     8", lines[2]);
        Assert.Equal("a,b \"c\"     1,234,567.891", lines[3]);
        Assert.Equal(new string(' ', 29) + "12", lines[4]);
        Assert.Equal("(3 rows)", lines[5]);
    }

    [Fact]
    public void Csv_quotes_fields_with_commas_and_quotes_and_keeps_decimals_exact()
    {
        var writer = new StringWriter();
        CsvFormat.Write(Sample, writer);
        Assert.Equal("name,amount,page\n公务接待费,125000,8\n\"a,b \"\"c\"\"\",1234567.891,\n,,12\n", writer.ToString());
    }

    [Fact]
    public void Json_writes_objects_with_exact_numbers_and_nulls()
    {
        var writer = new StringWriter();
        JsonFormat.WriteLines(Sample, writer);
        Assert.Equal("{\"name\":\"公务接待费\",\"amount\":125000,\"page\":8}", writer.ToString().Split('\n')[0]);
        Assert.Equal("{\"name\":null,\"amount\":null,\"page\":12}", writer.ToString().Split('\n')[2]);
    }
}
