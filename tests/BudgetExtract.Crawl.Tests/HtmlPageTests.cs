using BudgetExtract.Crawl.Fetching;
using BudgetExtract.Crawl.Html;
using BudgetExtract.Crawl.Running;
using BudgetExtract.Testing;

namespace BudgetExtract.Crawl.Tests;

public sealed class HtmlPageTests
{
    [Fact]
    public void Links_AreResolvedAgainstThePageOrItsBase_WithoutFragments_AndSkipScriptLinks()
    {
        var page = HtmlPage.Parse("""
            <div class="list"><a href="../files/a.pdf#page=2" title="甲">A</a><a href="javascript:void(0)">x</a>
            <a href="mailto:x@y">m</a><a href="#top">t</a><a href="/b.pdf">B</a></div>
            """, new Uri("https://www.shanghai.gov.cn/bmys-26-001/dept/index.html"));

        var links = page.Links("div.list a");

        Assert.Equal(["https://www.shanghai.gov.cn/bmys-26-001/files/a.pdf", "https://www.shanghai.gov.cn/b.pdf"], links.Select(l => l.Url.AbsoluteUri));
        Assert.Equal("甲", links[0].Element.GetAttribute("title"));

        var based = HtmlPage.Parse("<base href=\"https://cdn.example.cn/docs/\"><a href=\"x.pdf\">x</a>", new Uri("https://a.example.cn/p/q.html"));
        Assert.Equal("https://cdn.example.cn/docs/x.pdf", Assert.Single(based.Links("a")).Url.AbsoluteUri);
    }

    [Fact]
    public void PdfLinks_FindAnchorsFramesAndEmbeds()
    {
        var page = HtmlPage.Parse("""
            <a href="att/1.PDF">1</a><a href="att/1.PDF">again</a><iframe src="/view?file=2.pdf&x=1"></iframe>
            <embed src="3.pdf"><a href="4.docx">no</a>
            """, new Uri("https://x.gov.cn/a/b.html"));

        Assert.Equal(["https://x.gov.cn/a/att/1.PDF", "https://x.gov.cn/view?file=2.pdf&x=1", "https://x.gov.cn/a/3.pdf"],
            page.PdfLinks().Select(l => l.Url.AbsoluteUri));
    }

    [Fact]
    public void PdfLinks_FallBackToDownloadLinks_WhenNoUrlEndsInPdf()
    {
        var page = HtmlPage.Parse("""
            <a href="/">首页</a><a href="/download.jsp?id=7">附件：2026年部门预算</a><a href="/f?id=8" download>x</a>
            """, new Uri("https://x.gov.cn/art/1.html"));

        Assert.Equal(["https://x.gov.cn/download.jsp?id=7", "https://x.gov.cn/f?id=8"], page.PdfLinks().Select(l => l.Url.AbsoluteUri));
    }

    [Fact]
    public void GbkPage_IsDecodedFromItsMetaCharset()
    {
        using var dir = new TempDir();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gbk = System.Text.Encoding.GetEncoding("GBK");
        var path = dir.File("p.html", gbk.GetBytes("<html><head><meta charset=\"gbk\"></head><body><h1>部门预算</h1></body></html>"));

        Assert.Equal("部门预算", HtmlPage.Load(path, new Uri("https://x.gov.cn/")).Text("h1"));
    }

    [Theory]
    [InlineData("%PDF-1.7\n...", null, SniffedKind.Pdf)]
    [InlineData("\n\n<!DOCTYPE html><html><body>", "application/pdf", SniffedKind.Html)]
    [InlineData("<p>moved <a href=\"x.pdf\">here</a></p>", "text/html", SniffedKind.Html)]
    [InlineData("PK\u0003\u0004 zip", "application/octet-stream", SniffedKind.Other)]
    public void Sniffer_TellsPdfFromHtmlByContent(string head, string? contentType, SniffedKind expected)
    {
        using var dir = new TempDir();
        var path = dir.File("f", System.Text.Encoding.UTF8.GetBytes(head));

        Assert.Equal(expected, ContentSniffer.Sniff(path, contentType));
    }

    [Fact]
    public void HostMatcher_MatchesExactHostsAndWildcardDomains()
    {
        var hosts = new HostMatcher(["www.shanghai.gov.cn", "*.shpt.gov.cn"]);

        Assert.True(hosts.IsAllowed(new Uri("https://WWW.shanghai.gov.cn/x")));
        Assert.True(hosts.IsAllowed(new Uri("https://zw.shpt.gov.cn/x")));
        Assert.True(hosts.IsAllowed(new Uri("https://shpt.gov.cn/x")));
        Assert.False(hosts.IsAllowed(new Uri("https://shanghai.gov.cn/x")));
        Assert.False(hosts.IsAllowed(new Uri("https://evilshpt.gov.cn/x")));
    }
}

public sealed class HtmlCharsetTests
{
    [Fact]
    public void Gb2312CharsetFromTheServer_DecodesAPageWithoutMetaCharset()
    {
        using var dir = new TempDir();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = dir.File("p.html", System.Text.Encoding.GetEncoding("GBK").GetBytes("<html><body><h1>财政拨款收支总表</h1></body></html>"));

        Assert.Equal("财政拨款收支总表", HtmlPage.Load(path, new Uri("https://x.gov.cn/"), "gb2312").Text("h1"));
        Assert.Equal("财政拨款收支总表", HtmlPage.Load(path, new Uri("https://x.gov.cn/"), "\"GBK\"".Trim('"')).Text("h1"));
        Assert.NotEqual("财政拨款收支总表", HtmlPage.Load(path, new Uri("https://x.gov.cn/"), "no-such-charset").Text("h1"));
    }
}
