using System.Security.Cryptography;
using BudgetExtract.Web.Catalog;

namespace BudgetExtract.Web.Pages;

/// <summary>What became of a request for a page image: the cached PNG, or why there is none (said to the reader).</summary>
public sealed record PageImage(string? PngPath, string? Problem);

/// <summary>
/// Page images on demand, cached by the document's sha256: the PDF is read from the source path the store recorded,
/// and only when its bytes still hash to that sha256 (a moved or edited file must not be cited as the source).
/// </summary>
public sealed class PageImages(IPageRenderer renderer, string cacheDirectory, int resolution)
{
    private readonly SemaphoreSlim _gate = new(2); // two cores: at most two mutool processes at once
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<PageImage>>> _inFlight = new();

    public int Resolution => resolution;

    public async Task<PageImage> GetAsync(DocumentEntry document, int page, CancellationToken cancellationToken)
    {
        var cached = Path.Combine(cacheDirectory, document.Sha256, $"p{page}-r{resolution}.png");
        if (File.Exists(cached)) return new PageImage(cached, null);
        if (Uri.TryCreate(document.Source, UriKind.Absolute, out var uri) && !uri.IsFile)
            return new PageImage(null, $"The PDF was fetched from {document.Source} and is not kept on this machine; open it there (sha256 {document.Sha256}).");
        if (!File.Exists(document.Source))
            return new PageImage(null, $"The PDF is no longer on disk at {document.Source}; the page image cannot be drawn (sha256 {document.Sha256}).");
        // One rendering per page at a time: concurrent requests for it share the same task. It is not cancelled by
        // one reader leaving (others may wait on it); mutool's own time limit bounds it.
        var render = _inFlight.GetOrAdd(cached, key => new Lazy<Task<PageImage>>(() => RenderAsync(document, page, key)));
        try
        {
            return await render.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            if (render.Value.IsCompleted) _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<PageImage>>>(cached, render));
        }
    }

    private async Task<PageImage> RenderAsync(DocumentEntry document, int page, string cached)
    {
        await _gate.WaitAsync();
        try
        {
            if (File.Exists(cached)) return new PageImage(cached, null);
            if (await Sha256Async(document.Source, CancellationToken.None) != document.Sha256)
                return new PageImage(null, $"The file at {document.Source} has changed since it was stored (its sha256 differs from {document.Sha256}); the page image is not drawn from other bytes.");
            Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
            var partial = cached + "." + Guid.NewGuid().ToString("N")[..8] + ".png";
            try
            {
                await renderer.RenderAsync(document.Source, page, resolution, partial, CancellationToken.None);
                File.Move(partial, cached, overwrite: true);
            }
            finally
            {
                if (File.Exists(partial)) File.Delete(partial);
            }
            return new PageImage(cached, null);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>Width and height of a PNG in pixels, from its IHDR chunk.</summary>
    public static (int Width, int Height) PngSize(string path)
    {
        Span<byte> head = stackalloc byte[24];
        using var stream = File.OpenRead(path);
        stream.ReadExactly(head);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(head[16..]), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(head[20..]));
    }
}
