using System.Collections.Immutable;
using System.Security.Cryptography;
using BudgetExtract.Contract;
using BudgetExtract.Store.Ingest;
using BudgetExtract.Store.Tests;
using BudgetExtract.Testing;

namespace BudgetExtract.Web.Tests;

/// <summary>
/// A temporary database filled through the store's API (two years of one department, a document whose cell text is
/// hostile HTML, a real corpus PDF for page images, one whose file is gone) served by a real Kestrel on 127.0.0.1:0.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string Hostile = "<script>alert('x')</script>公务卡";
    public const string Department = "深圳市统计局";

    private readonly TempDir _dir = new();
    private WebServer? _server;

    public string BaseUrl { get; private set; } = "";
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(20) };
    public string RealPdfSha { get; private set; } = "";
    public string MissingPdfSha { get; } = Fixtures.Sha("missing");
    public string BudgetSha2025 { get; } = Fixtures.Sha("sz-2025");

    public async Task InitializeAsync()
    {
        var db = _dir.Combine("web.db");
        var pdf = _dir.Combine("shenzhen-statistics-2026.pdf");
        File.Copy(RepoPaths.Corpus("real/shenzhen-statistics-2026.pdf"), pdf);
        RealPdfSha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(pdf)));
        using (var store = SqliteBudgetStore.Open(db))
        {
            store.Store(Fixtures.Budget("sz-2024", Department, 2024), Fixtures.From("/data/sz-2024.pdf"));
            store.Store(Fixtures.Budget("sz-2025", Department, 2025, factor: 1.25m, withHealth: false), Fixtures.From("/data/sz-2025.pdf"));
            store.Store(Fixtures.Result("hostile", "北京市审计局", 2026, region: "北京市",
                tables: [Fixtures.Table("表9", "恶意表<b>粗</b>", "three-public-expenses", ["", Hostile, "1", "2"])]), Fixtures.From("/data/hostile.pdf"));
            store.Store(RealDocument(RealPdfSha, "shenzhen-statistics-2026.pdf"), Fixtures.From(pdf));
            store.Store(RealDocument(MissingPdfSha, "gone.pdf", "深圳市审计局"), Fixtures.From(_dir.Combine("gone.pdf")));
        }
        _server = WebServer.Create(new WebOptions
        {
            Database = db,
            Urls = "http://127.0.0.1:0",
            CacheDirectory = _dir.Combine("pages"),
            SqlTimeLimit = TimeSpan.FromSeconds(1),
        });
        await _server.StartAsync();
        BaseUrl = _server.Addresses.Single();
    }

    /// <summary>A document whose one table sits on page 3 at a known box (points, top-left origin).</summary>
    private static ExtractionResult RealDocument(string sha, string file, string department = "深圳市统计局") => new(
        new SourceInfo(file, sha, 34),
        new DocumentInfo("深圳市", department, 2026, "部门预算"),
        [new TableRecord("表1", "收支总表", "万元", "income-expenditure-summary", [3],
            [["项目", "预算数"]], [["一般公共预算拨款收入", "1,000"]],
            [new CellRecord(0, 0, 1, 1, true, "项目", 3, [100, 200, 300, 220]), new CellRecord(1, 1, 1, 1, false, "1,000", 3, [300, 220, 400, 240])],
            ImmutableArray<string>.Empty)],
        [], [], [], []);

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery) => Http.GetAsync(BaseUrl + pathAndQuery);

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        Http.Dispose();
        _dir.Dispose();
    }
}

[CollectionDefinition("web")]
public sealed class WebCollection : ICollectionFixture<WebFixture>;
