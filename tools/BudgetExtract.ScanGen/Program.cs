using System.Globalization;
using BudgetExtract.Diagnostics;
using BudgetExtract.Ocr;
using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Pdf;
using BudgetExtract.Pdf.MuPdf;
using BudgetExtract.ScanGen;

// BudgetExtract.ScanGen: makes scanned-looking, image-only PDFs from text PDFs, and measures OCR against the
// original's text layer.
//   scan IN.pdf OUT.pdf [--pages 16,27] [--dpi 200] [--skew 1.5 | --max-skew 2] [--noise 12] [--specks 0.0004] [--bits 8|4|1] [--seed 1]
//   eval ORIGINAL.pdf SCANNED.pdf [--pages 16,27] [-j 2] [--dpi 300] [--verbose]
//   expected FULL.json OUT.json --pages 4,5,16   (expected file of a page-subset scan, from the whole document's)
//   lexicon EXTRACTED_DIR OUT.txt [--min-docs 3] [--min-cities 2] [--min-coded-docs 2]   (the OCR domain lexicon, docs/ocr.md)
//   bigrams TEXT_DIR OUT.txt   (character pairs of the OCR stroke context, from mutool text of real PDFs, docs/ocr.md)
try
{
    if (args.Length < 3) return Usage();
    var options = Options(args.Skip(3));
    return args[0] switch
    {
        "scan" => await Scan(args[1], args[2], options),
        "eval" => await Evaluate(args[1], args[2], options),
        "expected" => Expected(args[1], args[2], options),
        "lexicon" => Lexicon(args[1], args[2], options),
        "bigrams" => Bigrams(args[1], args[2]),
        _ => Usage(),
    };
}
catch (Exception e) when (e is InputException or ToolMissingException or FormatException or IOException or System.Text.Json.JsonException or InvalidOperationException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

static async Task<int> Scan(string input, string output, Dictionary<string, string> options)
{
    var dpi = Int(options, "dpi", 200);
    var seed = Int(options, "seed", 1);
    var random = new Random(seed);
    var content = await new MuPdfEngine().ReadAsync(input, options.TryGetValue("pages", out var p) ? PageSelection.Parse(p) : null);
    var rasterizer = new MutoolRasterizer();
    var pages = new List<(GrayImage, double, double)>();
    foreach (var page in content.Pages)
    {
        var clean = await rasterizer.RenderAsync(input, page.Number, dpi, CancellationToken.None);
        var maxSkew = Double(options, "max-skew", 2);
        var skew = options.ContainsKey("skew") ? Double(options, "skew", 0) : Math.Round((random.NextDouble() * 2 - 1) * maxSkew, 2);
        var profile = new ScanProfile(skew, Double(options, "noise", 12), Double(options, "specks", 0.0004), (byte)Int(options, "paper", 240), random.Next());
        pages.Add((ScanSimulator.Apply(clean, profile), page.Width, page.Height));
        Console.Error.WriteLine($"page {page.Number}: {clean.Width}x{clean.Height} px at {dpi} dpi, skew {skew:+0.00;-0.00}°, noise σ {profile.NoiseSigma}");
    }
    ImagePdfWriter.Write(output, pages, Int(options, "bits", 8));
    Console.Error.WriteLine($"wrote {output} ({pages.Count} page(s))");
    return 0;
}

static int Expected(string input, string output, Dictionary<string, string> options)
{
    if (!options.TryGetValue("pages", out var list) || list.Length == 0) throw new FormatException("expected: --pages is required (the original's pages kept in the scan)");
    var pages = list.Split(',').SelectMany(PageRange).ToList();
    var tables = ExpectedSubset.Write(input, output, pages);
    Console.Error.WriteLine($"wrote {output} ({tables} table(s) on pages {list} of {input}, renumbered 1..{pages.Count})");
    return 0;
}

static int Lexicon(string input, string output, Dictionary<string, string> options)
{
    var defaults = new LexiconOptions();
    var settings = new LexiconOptions(Int(options, "min-docs", defaults.MinDocuments), Int(options, "min-cities", defaults.MinCities),
        Int(options, "min-coded-docs", defaults.MinCodedDocuments));
    var terms = LexiconBuilder.Build(input, settings);
    File.WriteAllLines(output, terms);
    Console.Error.WriteLine($"wrote {output} ({terms.Count} terms from {input}; {settings})");
    return 0;
}

static int Bigrams(string input, string output)
{
    var pairs = BigramBuilder.Build(input);
    File.WriteAllLines(output, pairs);
    Console.Error.WriteLine($"wrote {output} ({pairs.Count} character pairs from the text files under {input})");
    return 0;
}

static IEnumerable<int> PageRange(string part)
{
    var ends = part.Split('-');
    var from = int.Parse(ends[0], CultureInfo.InvariantCulture);
    var to = ends.Length > 1 ? int.Parse(ends[1], CultureInfo.InvariantCulture) : from;
    return Enumerable.Range(from, to - from + 1);
}

static async Task<int> Evaluate(string original, string scanned, Dictionary<string, string> options)
{
    var ocrOptions = new OcrOptions
    {
        Mode = OcrMode.Auto,
        Dpi = Int(options, "dpi", 300),
        MaxParallelism = Int(options, "j", Environment.ProcessorCount),
        CacheDirectory = options.TryGetValue("cache", out var cache) ? cache : null,
        Languages = options.GetValueOrDefault("lang") ?? new OcrOptions().Languages,
        MinNumberConfidence = Double(options, "min-conf", new OcrOptions().MinNumberConfidence),
    };
    var report = await OcrEvaluation.RunAsync(original, options.GetValueOrDefault("pages"), scanned, ocrOptions, options.ContainsKey("verbose"));
    Console.WriteLine(report);
    return 0;
}

static Dictionary<string, string> Options(IEnumerable<string> args)
{
    var options = new Dictionary<string, string>();
    string? key = null;
    foreach (var a in args)
    {
        // "-3" after an option is its (negative) value, not an option: --skew -3 was silently skew 0
        if (a.StartsWith('-') && !(key is not null && a.Length > 1 && (char.IsDigit(a[1]) || a[1] == '.')))
        {
            key = a.TrimStart('-');
            options[key] = "";
        }
        else if (key is not null)
        {
            options[key] = a;
            key = null;
        }
        else throw new FormatException($"unexpected argument '{a}'");
    }
    return options;
}

static int Int(Dictionary<string, string> o, string key, int fallback) =>
    o.TryGetValue(key, out var v) && v.Length > 0 ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

static double Double(Dictionary<string, string> o, string key, double fallback) =>
    o.TryGetValue(key, out var v) && v.Length > 0 ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

static int Usage()
{
    Console.Error.WriteLine("usage: BudgetExtract.ScanGen scan IN.pdf OUT.pdf [--pages 16,27] [--dpi 200] [--skew 1.5|--max-skew 2] [--noise 12] [--specks 0.0004] [--paper 240] [--bits 8|4|1] [--seed 1]");
    Console.Error.WriteLine("       BudgetExtract.ScanGen expected FULL.json OUT.json --pages 4,5,16");
    Console.Error.WriteLine("       BudgetExtract.ScanGen lexicon EXTRACTED_JSON_DIR OUT.txt [--min-docs 3] [--min-cities 2] [--min-coded-docs 2]");
    Console.Error.WriteLine("       BudgetExtract.ScanGen bigrams TEXT_DIR OUT.txt");
    Console.Error.WriteLine("       BudgetExtract.ScanGen eval ORIGINAL.pdf SCANNED.pdf [--pages 16,27] [--j 2] [--dpi 300] [--cache DIR] [--verbose]");
    return 1;
}
