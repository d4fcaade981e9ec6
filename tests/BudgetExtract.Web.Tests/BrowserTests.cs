using Microsoft.Playwright;

namespace BudgetExtract.Web.Tests;

/// <summary>
/// Playwright driving Debian's chromium (installed by scripts/ensure-deps.sh; nothing is downloaded here):
/// search, open a table, export it as CSV.
/// </summary>
[Collection("web")]
public sealed class BrowserTests(WebFixture web)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_reader_searches_opens_a_table_and_downloads_its_csv()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (scripts/ensure-deps.sh does, or: apt-get install -y chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Timeout = 30_000,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });
        var outside = new List<string>();
        page.Request += (_, request) => { if (!request.Url.StartsWith(web.BaseUrl, StringComparison.Ordinal)) outside.Add(request.Url); };

        await page.GotoAsync(web.BaseUrl + "/");
        await page.FillAsync("#q", "三公");
        await page.ClickAsync("#search-button");
        await page.WaitForSelectorAsync("#hits");
        Assert.Contains("hit(s)", await page.InnerTextAsync("#hit-count"));

        await page.ClickAsync($"#hits a[href='/documents/{web.BudgetSha2025}/tables/2']");
        await page.WaitForSelectorAsync("#grid");
        Assert.Equal("一般公共预算“三公”经费支出表", (await page.InnerTextAsync("h1")).Replace("表7 ", ""));
        Assert.Contains("公务接待费", await page.InnerTextAsync("#grid"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Equal("科目编码,科目名称,合计,基本支出\n,公务接待费,12.5,\n,因公出国（境）费,3,\n", csv);
        Assert.EndsWith(".csv", download.SuggestedFilename);
        Assert.Empty(outside);
    }
}
