using BudgetExtract.Crawl.Robots;

namespace BudgetExtract.Crawl.Tests;

public sealed class RobotsRulesTests
{
    private const string Robots = """
        # comment
        User-agent: *
        Disallow: /private/
        Allow: /private/open/
        Disallow: /*.doc$
        Crawl-delay: 2

        User-agent: BudgetExtract
        Disallow: /bmys-*/draft
        Allow: /

        User-agent: OtherBot
        Disallow: /
        """;

    private static Uri U(string path) => new("https://www.example.gov.cn" + path);

    [Fact]
    public void GenericGroup_DisallowsPrefix_LongestMatchAllows_AndAnchoredWildcardWorks()
    {
        var rules = RobotsRules.Parse(Robots, "SomeCrawler/2.0");

        Assert.False(rules.IsAllowed(U("/private/a.pdf")));
        Assert.True(rules.IsAllowed(U("/private/open/a.pdf")));
        Assert.False(rules.IsAllowed(U("/files/a.doc")));
        Assert.True(rules.IsAllowed(U("/files/a.doc.pdf")));
        Assert.True(rules.IsAllowed(U("/public/a.pdf")));
        Assert.Equal(TimeSpan.FromSeconds(2), rules.CrawlDelay);
    }

    [Fact]
    public void SpecificGroup_ReplacesTheGenericOne()
    {
        var rules = RobotsRules.Parse(Robots, "BudgetExtract/1.0 (+crawler)");

        Assert.True(rules.IsAllowed(U("/private/a.pdf")));
        Assert.False(rules.IsAllowed(U("/bmys-26-001/draft.html")));
        Assert.Null(rules.CrawlDelay);
    }

    [Fact]
    public void RobotsTxtItself_IsAlwaysAllowed_AndEmptyFileAllowsAll()
    {
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow: /", "x").IsAllowed(U("/robots.txt")));
        Assert.False(RobotsRules.Parse("User-agent: *\nDisallow: /", "x").IsAllowed(U("/index.html")));
        Assert.True(RobotsRules.Parse("", "x").IsAllowed(U("/anything")));
    }
}
