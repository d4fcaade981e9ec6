using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetExtract.Crawl.Tests;

/// <summary>One request the fixture site answered (or that the client gave up on).</summary>
internal sealed record SiteRequest(string Host, string Path, int Status, string? IfNoneMatch, string? Referer, DateTimeOffset At);

/// <summary>
/// A budget-disclosure site on a real Kestrel at 127.0.0.1 (random port), shaped like sites.md's Shanghai pages, with
/// faults: robots.txt, 429 + Retry-After, 500s, a slow answer, redirects (same host and off-host), an oversized file
/// (by Content-Length and streamed), HTML where a PDF is expected, duplicate links and duplicate content.
/// Every request is recorded; PDFs answer If-None-Match with 304.
/// </summary>
internal sealed class FixtureSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private readonly ConcurrentQueue<SiteRequest> _requests = new();

    public FixtureSite()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            finally
            {
                _requests.Enqueue(new SiteRequest(context.Request.Host.Host, context.Request.Path.Value ?? "",
                    context.RequestAborted.IsCancellationRequested ? 499 : context.Response.StatusCode,
                    context.Request.Headers.IfNoneMatch.FirstOrDefault(), context.Request.Headers.Referer.FirstOrDefault(), DateTimeOffset.UtcNow));
            }
        });
        _app.Map("/{**path}", Handle);
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    public Uri BaseUrl { get; }

    public int Port => BaseUrl.Port;

    public Uri Url(string path) => new(BaseUrl, path);

    /// <summary>Called with the path of every PDF served with 200 (the kill test stops the crawl from here).</summary>
    public Action<string>? OnPdfServed { get; set; }

    public IReadOnlyList<SiteRequest> Requests => [.. _requests];

    /// <summary>Appended to d1.pdf's bytes: change it to publish a new version of that document.</summary>
    public string D1Version { get; set; } = "";

    /// <summary>Added before every PDF answer, so a test can stop a crawl in the middle.</summary>
    public TimeSpan PdfDelay { get; set; }

    public int Served(string path) => _requests.Count(r => r.Path == path && r.Status == 200);

    public int Requested(string path) => _requests.Count(r => r.Path == path);

    /// <summary>The bytes of a fixture PDF: a tiny valid-looking PDF whose content depends on its name.</summary>
    public static byte[] Pdf(string name) =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n% fixture {name}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>Documents a correct crawl stores, with the bytes they have.</summary>
    public static readonly IReadOnlyDictionary<string, string> ExpectedDocuments = new Dictionary<string, string>
    {
        ["/files/a1.pdf"] = "a1",
        ["/files/a2.pdf"] = "a2",
        ["/files/b1.pdf"] = "b1",
        ["/files/b-article-attachment.pdf"] = "b-article-attachment",
        ["/files/c-429.pdf"] = "c-429",
        ["/files/c-flaky.pdf"] = "c-flaky",
        ["/files/c-slow.pdf"] = "c-slow",
        ["/files/target.pdf"] = "target",
        ["/files/d1.pdf"] = "d1",
    };

    private async Task Handle(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var hit = _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        switch (path)
        {
            case "/robots.txt":
                await Text(context, "User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n", "text/plain");
                return;
            case "/bmys-26-001/index.html":
                await Html(context, Listing(["../dept/a.html", "../dept/b.html", "/dept/a.html"], ["index.html", "index_2.html"]));
                return;
            case "/bmys-26-001/index_2.html":
                await Html(context, Listing([$"{BaseUrl}dept/c.html", "../dept/d.html"], ["index.html", "index_2.html"]));
                return;
            case "/dept/a.html":
                await Html(context, Department("部门甲", ["../files/a1.pdf", "/files/a1.pdf#page=2", $"{BaseUrl}files/a1.pdf", "../files/a2.pdf", "../files/a1.doc"]));
                return;
            case "/dept/b.html":
                await Html(context, Department("部门乙", ["../files/b1.pdf", "/private/secret.pdf", "../files/b-article.pdf", "../files/b-fake.pdf"]));
                return;
            case "/dept/c.html":
                await Html(context, Department("部门丙", ["../files/c-429.pdf", "../files/c-500.pdf", "../files/c-flaky.pdf", "../files/c-slow.pdf",
                    "../files/moved.pdf", "../files/moved-here.pdf", "../files/huge.pdf", "../files/huge-streamed.pdf"]));
                return;
            case "/dept/d.html":
                await Html(context, Department("部门丁", ["../files/d1.pdf", "../files/copy-of-a1.pdf"]));
                return;
            case "/files/b-article.pdf":
                // A "PDF" link that is really an article page wrapping the attachment.
                await Html(context, "<html><body><h1>附件</h1><p><a href=\"b-article-attachment.pdf\">下载</a></p></body></html>");
                return;
            case "/files/b-fake.pdf":
                await Html(context, "<html><body><p>文件不存在</p></body></html>");
                return;
            case "/files/c-429.pdf" when hit == 1:
                response.StatusCode = 429;
                response.Headers.RetryAfter = "1";
                return;
            case "/files/c-500.pdf":
                response.StatusCode = 500;
                return;
            case "/files/c-flaky.pdf" when hit == 1:
                response.StatusCode = 503;
                return;
            case "/files/c-slow.pdf" when hit == 1:
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case "/files/moved.pdf":
                response.StatusCode = 302;
                response.Headers.Location = $"http://localhost:{Port}/files/elsewhere.pdf";
                return;
            case "/files/moved-here.pdf":
                response.StatusCode = 301;
                response.Headers.Location = "/files/target.pdf";
                return;
            case "/files/huge.pdf":
                await PdfAsync(context, path, [.. Pdf("huge"), .. new byte[200_000]]);
                return;
            case "/files/huge-streamed.pdf":
                response.ContentType = "application/pdf";
                await response.Body.WriteAsync(Pdf("huge-streamed"));
                for (var i = 0; i < 50 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await response.Body.WriteAsync(new byte[8192]).AsTask().ContinueWith(_ => { }, TaskScheduler.Default);
                    await response.Body.FlushAsync().ContinueWith(_ => { }, TaskScheduler.Default);
                }
                return;
            case "/files/copy-of-a1.pdf":
                await PdfAsync(context, path, Pdf("a1"));
                return;
            case "/files/a1.pdf" or "/files/a2.pdf" when !(context.Request.Headers.Referer.FirstOrDefault() ?? "").EndsWith("/dept/a.html", StringComparison.Ordinal):
                response.StatusCode = 403; // like Shanghai: PDFs want the department page as Referer
                return;
            default:
                if (path.StartsWith("/files/", StringComparison.Ordinal) && path.EndsWith(".pdf", StringComparison.Ordinal))
                {
                    await PdfAsync(context, path, Pdf(Path.GetFileNameWithoutExtension(path) + (path == "/files/d1.pdf" ? D1Version : "")));
                    return;
                }
                response.StatusCode = 404;
                return;
        }
    }

    private async Task PdfAsync(HttpContext context, string path, byte[] body)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = "Sat, 01 Nov 2026 08:00:00 GMT";
        if (context.Request.Headers.IfNoneMatch.FirstOrDefault() == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }
        if (PdfDelay > TimeSpan.Zero) await Task.Delay(PdfDelay, context.RequestAborted);
        context.Response.ContentType = "application/pdf";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
        OnPdfServed?.Invoke(path);
    }

    private static Task Html(HttpContext context, string html) => Text(context, html, "text/html; charset=utf-8");

    private static Task Text(HttpContext context, string text, string contentType)
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(text);
    }

    private static string Listing(IEnumerable<string> departments, IEnumerable<string> pages) => $"""
        <html><head><meta charset="utf-8"><title>2026年部门预算</title></head><body>
        <div class="rt-yus dangw"><ul>{string.Concat(departments.Select((d, i) => $"<li><a href=\"{d}\">部门{i}</a></li>"))}</ul></div>
        <div class="rt-yus other"><ul><li><a href="/dept/ignored.html">不相关</a></li></ul></div>
        <div class="page">{string.Concat(pages.Select((p, i) => $"<a href=\"{p}\">{i + 1}</a> "))}</div>
        </body></html>
        """;

    private static string Department(string name, IEnumerable<string> documents) => $"""
        <html><head><meta charset="utf-8"><title>{name}</title></head><body>
        <h1 class="dept">{name}</h1>
        <div class="rt-yus trout-region-list"><ul>
        {string.Concat(documents.Select(d => $"<li><a href=\"{d}\" title=\"{name}2026年部门预算\">{name}预算</a></li>"))}
        </ul></div>
        <div class="footer"><a href="/files/not-a-document.pdf">页脚链接</a></div>
        </body></html>
        """;

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
