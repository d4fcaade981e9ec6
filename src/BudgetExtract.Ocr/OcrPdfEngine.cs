using System.Collections.Concurrent;
using System.Collections.Immutable;
using BudgetExtract.Ocr.Cache;
using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition;
using BudgetExtract.Ocr.Tesseract;
using BudgetExtract.Pdf;
using BudgetExtract.Pdf.Model;

namespace BudgetExtract.Ocr;

/// <summary>
/// An <see cref="IPdfEngine"/> decorator: reads with the inner engine, then replaces the content of the pages
/// that need OCR (by <see cref="OcrOptions.Mode"/>; auto = <see cref="PageContent.LooksScanned"/>) with what OCR
/// finds — visible glyphs and raster rulings in page points — so layout and tables run unchanged.
/// Pages are OCR'd in parallel, each worker with its own single-threaded Tesseract; results are cached.
/// </summary>
public sealed class OcrPdfEngine : IPdfEngine, IDisposable
{
    private readonly IPdfEngine _inner;
    private readonly OcrOptions _options;
    private readonly IPageRasterizer _rasterizer;
    private readonly Func<ReaderPair> _createReaders;
    private readonly IProgress<OcrProgress>? _progress;
    private readonly OcrCache? _cache;
    private readonly ConcurrentBag<ReaderPair> _readers = [];

    // Bounds recognitions across every document read through this engine (extract runs documents in parallel
    // too), so the number of Tesseract instances never exceeds MaxParallelism.
    private readonly SemaphoreSlim _gate;
    private volatile bool _readersChecked;

    public OcrPdfEngine(IPdfEngine inner, OcrOptions? options = null, IProgress<OcrProgress>? progress = null)
        : this(inner, options ?? new OcrOptions(), null, null, progress)
    {
    }

    /// <summary>For tests and tools: another rasterizer or reader (e.g. a fake).</summary>
    internal OcrPdfEngine(IPdfEngine inner, OcrOptions options, IPageRasterizer? rasterizer, Func<ReaderPair>? createReaders, IProgress<OcrProgress>? progress)
    {
        _inner = inner;
        _options = options;
        _rasterizer = rasterizer ?? new MutoolRasterizer(options.MutoolPath);
        _createReaders = createReaders ?? (() => CreateTesseractReaders(options));
        _progress = progress;
        _cache = options.CacheDirectory is null ? null : new OcrCache(options.CacheDirectory);
        _gate = new SemaphoreSlim(Math.Max(1, options.MaxParallelism));
    }

    public OcrOptions Options => _options;

    public async Task<PdfContent> ReadAsync(string file, PageSelection? pages = null, CancellationToken cancellationToken = default)
    {
        var content = await _inner.ReadAsync(file, pages, cancellationToken).ConfigureAwait(false);
        var targets = content.Pages.Where(NeedsOcr).ToList();
        if (targets.Count == 0) return content;

        // Fails fast, before any rendering, with one clear message when Tesseract or its data is missing.
        if (!_readersChecked)
        {
            Return(Rent());
            _readersChecked = true;
        }
        var replaced = new ConcurrentDictionary<int, PageContent>();
        var done = 0;
        await Parallel.ForEachAsync(targets,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelism), CancellationToken = cancellationToken },
            async (page, ct) =>
            {
                var (ocr, fromCache) = await RecognizeAsync(file, page, ct).ConfigureAwait(false);
                replaced[page.Number] = Replace(page, ocr);
                _progress?.Report(new OcrProgress(file, page.Number, Interlocked.Increment(ref done), targets.Count, fromCache));
            }).ConfigureAwait(false);

        var merged = content.Pages.Select(p => replaced.TryGetValue(p.Number, out var r) ? r : p).ToImmutableArray();
        return content with { Pages = merged };
    }

    private bool NeedsOcr(PageContent page) => _options.Mode switch
    {
        OcrMode.Always => true,
        OcrMode.Never => false,
        _ => page.LooksScanned,
    };

    private async Task<(OcrPage Page, bool FromCache)> RecognizeAsync(string file, PageContent page, CancellationToken cancellationToken)
    {
        var image = await _rasterizer.RenderAsync(file, page.Number, _options.Dpi, cancellationToken).ConfigureAwait(false);
        var key = OcrCache.Key(image, _options.Fingerprint);
        if (_cache?.TryLoad(key) is { } cached) return (cached, true);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        var readers = Rent();
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = new PageRecognizer(_options).Recognize(image, page.Width, readers);
            _cache?.Store(key, result);
            return (result, false);
        }
        finally
        {
            Return(readers);
            _gate.Release();
        }
    }

    /// <summary>Code of the diagnostic every OCR'd page carries (dpi, skew, rulings, cells, doubtful readings).</summary>
    public const string PageDiagnosticCode = "ocr-page";

    /// <summary>The page with OCR'd glyphs and rulings in place of its drawn content; images and page size kept.</summary>
    private PageContent Replace(PageContent page, OcrPage ocr)
    {
        var diagnostics = page.Diagnostics
            .Add(new BudgetExtract.Diagnostics.Diagnostic(PageDiagnosticCode,
                $"page OCR'd at {_options.Dpi} dpi (skew {ocr.Skew:+0.00;-0.00;0}°, {ocr.Rulings.Length} rulings, {ocr.Cells} table cells, {ocr.Diagnostics.Length} low-confidence reading(s))",
                page.Number))
            .AddRange(ocr.Diagnostics.Select(d => d with { Page = page.Number }));
        return page with { Glyphs = ocr.Glyphs, Rulings = ocr.Rulings, FilledRects = [], Diagnostics = diagnostics };
    }

    private ReaderPair Rent() => _readers.TryTake(out var readers) ? readers : _createReaders();

    private void Return(ReaderPair readers) => _readers.Add(readers);

    private static ReaderPair CreateTesseractReaders(OcrOptions options)
    {
        var text = new TesseractEngine(options.TessdataPath, options.Languages, null, options.Dpi);
        try
        {
            return new ReaderPair(text, new TesseractEngine(options.TessdataPath, "eng", NumberText.Whitelist, options.Dpi));
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        while (_readers.TryTake(out var readers)) readers.Dispose();
        _gate.Dispose();
    }
}
