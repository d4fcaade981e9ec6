using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace BudgetExtract.Crawl.Html;

/// <summary>A link found on a page: absolute URL (fragment removed), its element's text and attributes.</summary>
public sealed record PageLink(Uri Url, string Text, IElement Element);

/// <summary>An HTML page parsed with AngleSharp, with links resolved against its URL (or its &lt;base href&gt;).</summary>
public sealed class HtmlPage
{
    private static readonly HtmlParser Parser = new();
    private static readonly Regex PdfUrl = new(@"\.pdf($|[?#&])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    static HtmlPage() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private HtmlPage(IHtmlDocument document, Uri url)
    {
        Document = document;
        Url = url;
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");
        BaseUrl = baseHref is not null && Uri.TryCreate(url, baseHref, out var b) ? b : url;
    }

    public IHtmlDocument Document { get; }

    public Uri Url { get; }

    public Uri BaseUrl { get; }

    /// <summary>
    /// Parses a saved page. The encoding is the HTTP charset when it names a known one (gb2312/GBK pages are common),
    /// else a BOM or &lt;meta charset&gt;, else UTF-8.
    /// </summary>
    public static HtmlPage Load(string path, Uri url, string? charset = null)
    {
        if (charset is not null && TryEncoding(charset) is { } encoding)
            return new HtmlPage(Parser.ParseDocument(File.ReadAllText(path, encoding)), url);
        using var stream = File.OpenRead(path);
        return new HtmlPage(Parser.ParseDocument(stream), url);
    }

    private static Encoding? TryEncoding(string name)
    {
        try
        {
            // gb2312 pages routinely contain GBK characters: read them as GBK.
            return Encoding.GetEncoding(name.Equals("gb2312", StringComparison.OrdinalIgnoreCase) ? "GBK" : name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static HtmlPage Parse(string html, Uri url) => new(Parser.ParseDocument(html), url);

    /// <summary>Links of the elements matching a CSS selector (href, or src/data of frames and embeds), in page order.</summary>
    public IReadOnlyList<PageLink> Links(string selector)
    {
        var links = new List<PageLink>();
        foreach (var element in Document.QuerySelectorAll(selector))
        {
            var target = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("data");
            if (Resolve(target) is { } url) links.Add(new PageLink(url, Normalize(element.TextContent), element));
        }
        return links;
    }

    /// <summary>
    /// Links on the page that point at a PDF (anchors, iframes, embeds, objects): what an article page wraps.
    /// When no URL ends in .pdf, download links are taken instead (<c>a[download]</c>, or text with 下载 / 附件 / PDF),
    /// as many sites serve attachments from <c>download.jsp?id=…</c>.
    /// </summary>
    public IReadOnlyList<PageLink> PdfLinks()
    {
        var all = Links("a[href], iframe[src], embed[src], object[data]");
        var pdfs = all.Where(l => PdfUrl.IsMatch(l.Url.OriginalString)).DistinctBy(l => l.Url).ToList();
        if (pdfs.Count > 0) return pdfs;
        return [.. all.Where(l => l.Element.LocalName == "a" && l.Url != Url &&
                                  (l.Element.HasAttribute("download") || DownloadText.IsMatch(l.Text)))
                      .DistinctBy(l => l.Url)];
    }

    private static readonly Regex DownloadText = new("下载|附件|pdf", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The text of the first element matching a selector, or null.</summary>
    public string? Text(string selector) => Document.QuerySelector(selector) is { } e ? Normalize(e.TextContent) : null;

    public string? Title => Normalize(Document.Title ?? "") is { Length: > 0 } t ? t : null;

    private Uri? Resolve(string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim();
        if (href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) ||
            href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return null;
        if (!Uri.TryCreate(BaseUrl, href, out var url) || url.Scheme is not ("http" or "https")) return null;
        return new UriBuilder(url) { Fragment = "" }.Uri;
    }

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
