using System.Net;
using System.Text.Json;

namespace BudgetExtract.Web.Tests;

/// <summary>HTTP against the real Kestrel of <see cref="WebFixture"/>: search, escaping, errors, exports, read-only.</summary>
[Collection("web")]
public sealed class HttpTests(WebFixture web)
{
    private static string Q(string text) => Uri.EscapeDataString(text);

    private async Task<string> Body(string pathAndQuery, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await web.GetAsync(pathAndQuery);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{pathAndQuery}: expected {expected}, got {response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
        return body;
    }

    [Fact]
    public async Task Search_for_the_two_character_word_公务_finds_rows_of_both_years_with_links_to_their_tables()
    {
        var html = await Body("/search?q=" + Q("公务"));
        Assert.Contains("<mark>公务</mark>接待费", html);
        Assert.Contains($"/documents/{web.BudgetSha2025}/tables/2", html); // 表7 三公 table is ordinal 2
        Assert.Contains(">2024<", html);
        Assert.Contains(">2025<", html);
    }

    [Fact]
    public async Task Search_for_三公_shows_facets_and_a_facet_link_narrows_the_hits()
    {
        var html = await Body("/search?q=" + Q("三公"));
        Assert.Contains("id=\"facets\"", html);
        Assert.Contains("three-public-expenses", html);
        Assert.Contains("深圳市</a> (", html); // region facet with its count

        var csv = await Body("/search?q=" + Q("三公") + "&year=2025&format=csv");
        var rows = csv.TrimEnd('\n').Split('\n');
        Assert.Equal("region,department,year,file,sha256,table,table_kind,row,page,text", rows[0]);
        Assert.True(rows.Length > 1, csv);
        Assert.All(rows.Skip(1), r => Assert.Contains(",2025,", r));

        var byKind = await Body("/search?q=" + Q("公务") + "&table_kind=three-public-expenses&format=csv");
        Assert.All(byKind.TrimEnd('\n').Split('\n').Skip(1), r => Assert.Contains(",three-public-expenses,", r));
    }

    [Fact]
    public async Task Hostile_cell_text_is_escaped_on_the_search_document_and_table_pages()
    {
        var search = await Body("/search?q=" + Q("公务卡"));
        var hostileSha = BudgetExtract.Store.Tests.Fixtures.Sha("hostile");
        var document = await Body($"/documents/{hostileSha}");
        var table = await Body($"/documents/{hostileSha}/tables/0");
        foreach (var html in new[] { search, document, table })
        {
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain("<b>粗</b>", html);
            Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
        }
        Assert.Contains("恶意表&lt;b&gt;粗&lt;/b&gt;", table);
    }

    [Theory]
    [InlineData("/documents/0000000000000000000000000000000000000000000000000000000000000000", HttpStatusCode.NotFound)]
    [InlineData("/documents/not-a-sha", HttpStatusCode.BadRequest)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("/search?q=x&year=abc", HttpStatusCode.BadRequest)]
    [InlineData("/search?q=x&format=xml", HttpStatusCode.BadRequest)]
    [InlineData("/search?format=csv", HttpStatusCode.BadRequest)]
    [InlineData("/compare?department=x&from=2024&to=2024", HttpStatusCode.BadRequest)]
    public async Task Unknown_ids_get_404_and_bad_parameters_400_as_html_pages(string path, HttpStatusCode expected)
    {
        var html = await Body(path, expected);
        Assert.Contains("<h1>", html);
    }

    [Fact]
    public async Task A_table_or_page_that_does_not_exist_is_404_and_a_malformed_table_number_is_400()
    {
        await Body($"/documents/{web.BudgetSha2025}/tables/99", HttpStatusCode.NotFound);
        await Body($"/documents/{web.BudgetSha2025}/tables/x", HttpStatusCode.BadRequest);
        await Body($"/documents/{web.RealPdfSha}/pages/35", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Table_csv_export_has_the_header_as_printed_and_the_rows()
    {
        using var response = await web.GetAsync($"/documents/{web.BudgetSha2025}/tables/2?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? "");
        var csv = await response.Content.ReadAsStringAsync();
        Assert.Equal("科目编码,科目名称,合计,基本支出\n,公务接待费,12.5,\n,因公出国（境）费,3,\n", csv);
    }

    [Fact]
    public async Task Json_export_of_the_document_lists_its_tables_and_provenance()
    {
        using var json = JsonDocument.Parse(await Body($"/documents/{web.BudgetSha2025}?format=json"));
        Assert.Equal("/data/sz-2025.pdf", json.RootElement.GetProperty("document").GetProperty("source").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("tables").GetArrayLength());
        Assert.Equal("一般公共预算“三公”经费支出表", json.RootElement.GetProperty("tables")[2].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("POST", "/search")]
    [InlineData("PUT", "/documents")]
    [InlineData("DELETE", "/sql")]
    [InlineData("PATCH", "/compare")]
    public async Task Write_methods_are_not_allowed(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), web.BaseUrl + path) { Content = new StringContent("q=DROP TABLE documents") };
        using var response = await web.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Compare_marks_increases_and_draws_the_largest_changes()
    {
        var html = await Body($"/compare?department={Q(WebFixture.Department)}&from=2024&to=2025");
        Assert.Contains("<tr class=\"inc\"><td>▲</td><td>changed</td>", html);
        Assert.Contains("<td>removed</td>", html); // 行政单位医疗 is gone in 2025
        Assert.Contains("<svg", html);
        Assert.Contains("class=\"dec\"", html); // the removed line is a decrease bar
        var csv = await Body($"/compare?department={Q(WebFixture.Department)}&from=2024&to=2025&changes=only&format=csv");
        Assert.Contains("line,changed,部门预算,general-budget-by-function,,208,社会保障和就业支出,合计,1130000,1412500,282500,25", csv);
        Assert.DoesNotContain(",unchanged,", csv);
    }

    [Fact]
    public async Task Sql_box_reads_refuses_writes_and_stops_runaway_queries()
    {
        var csv = await Body("/sql?format=csv&q=" + Q("SELECT count(*) AS n FROM current_documents"));
        Assert.Equal("n\n5\n", csv);
        var write = await Body("/sql?q=" + Q("DELETE FROM documents"), HttpStatusCode.BadRequest);
        Assert.Contains("read-only", write);
        var runaway = await Body("/sql?q=" + Q("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"), HttpStatusCode.BadRequest);
        Assert.Contains("time limit", runaway);
        Assert.Equal("n\n5\n", await Body("/sql?format=csv&q=" + Q("SELECT count(*) AS n FROM documents")));
    }

    [Fact]
    public async Task Page_view_draws_the_real_pdf_page_with_the_table_box_and_serves_the_png()
    {
        var html = await Body($"/documents/{web.RealPdfSha}/pages/3?table=0");
        // 110 dpi: a point is 110/72 px; the box 100,200–400,240 pt grows by 3 px on each side.
        Assert.Contains("<rect id=\"table-box\" x=\"149.8\" y=\"302.6\" width=\"464.3\" height=\"67.1\"", html);
        using var png = await web.GetAsync($"/documents/{web.RealPdfSha}/pages/3/image.png");
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    [Fact]
    public async Task Page_view_of_a_document_whose_pdf_is_gone_says_so()
    {
        var html = await Body($"/documents/{web.MissingPdfSha}/pages/1?table=0");
        Assert.Contains("id=\"page-missing\"", html);
        Assert.Contains("no longer on disk", html);
        await Body($"/documents/{web.MissingPdfSha}/pages/1/image.png", HttpStatusCode.NotFound);
    }
}
