using BudgetExtract.Contract;
using BudgetExtract.Store.Ingest;

namespace BudgetExtract.Store.Tests;

public sealed class IngestTests
{
    [Fact]
    public void New_document_stores_tables_lines_indicators_checks_and_provenance()
    {
        using var scope = new StoreScope();
        var result = Fixtures.Result("a", "深圳市统计局", 2025,
            lines: [Fixtures.Line("2080505", "机关事业单位基本养老保险缴费支出", "基本支出", 1_130_000m)],
            indicators: [Fixtures.Indicator(null, "产出指标", "数量指标", "举办各类服务活动", "≥500场")],
            checks: [new CheckRecord("sum-mismatch", 1, "20805", "支出总计", 1_690_000m, 1_680_000m, 8)]);
        using (var store = scope.OpenStore())
        {
            var outcome = store.Store(result, Fixtures.From("https://example.gov.cn/a.pdf"));
            Assert.Equal(StoreOutcomeKind.New, outcome.Kind);
            Assert.Equal(1, outcome.Version);
        }
        Assert.Equal(1, scope.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(4, scope.Count("SELECT COUNT(*) FROM tables"));
        Assert.Equal(1, scope.Count("SELECT COUNT(*) FROM lines"));
        Assert.Equal(1, scope.Count("SELECT COUNT(*) FROM indicators"));
        Assert.Equal(1, scope.Count("SELECT COUNT(*) FROM checks"));
        Assert.Equal("https://example.gov.cn/a.pdf", scope.Scalar("SELECT source FROM documents"));
        Assert.Equal("2026-03-01T08:30:00.0000000+00:00", scope.Scalar("SELECT fetched_at FROM documents"));
        Assert.Equal("2026-03-02T09:00:00.0000000+00:00", scope.Scalar("SELECT stored_at FROM documents"));
        Assert.Equal("统计局", scope.Scalar("SELECT department_key FROM documents"));
        Assert.Equal("深圳", scope.Scalar("SELECT region_key FROM documents"));
        Assert.Equal("[5,6]", scope.Scalar("SELECT pages_json FROM tables WHERE ordinal = 1"));
        Assert.Equal("一般公共预算支出表", scope.Scalar("SELECT table_title FROM line_view"));
        Assert.Equal("1690000", scope.Scalar("SELECT expected FROM checks"));
        Assert.Contains("unreadable-page", (string)scope.Scalar("SELECT diagnostics FROM documents")!);
    }

    [Fact]
    public void Same_bytes_again_change_nothing()
    {
        using var scope = new StoreScope();
        using var store = scope.OpenStore();
        var result = Fixtures.Budget("a", "深圳市统计局", 2025);
        var first = store.Store(result, Fixtures.From("/data/a.pdf"));
        var again = store.Store(result, Fixtures.From("/elsewhere/a-copy.pdf"));
        Assert.Equal(StoreOutcomeKind.Unchanged, again.Kind);
        Assert.Equal(first.DocumentId, again.DocumentId);
        Assert.True(store.Contains(result.Source.Sha256));
        Assert.Equal(1, scope.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(result.Lines.Length, scope.Count("SELECT COUNT(*) FROM lines"));
        Assert.Equal(result.Indicators.Length, scope.Count("SELECT COUNT(*) FROM indicators"));
    }

    [Fact]
    public void New_bytes_from_the_same_source_become_version_2_linked_to_version_1()
    {
        using var scope = new StoreScope();
        using var store = scope.OpenStore();
        var v1 = store.Store(Fixtures.Result("v1", null, null, region: null, kind: null), Fixtures.From("https://x.gov.cn/budget.pdf"));
        var v2 = store.Store(Fixtures.Result("v2", null, null, region: null, kind: null), Fixtures.From("https://x.gov.cn/budget.pdf"));
        Assert.Equal(StoreOutcomeKind.NewVersion, v2.Kind);
        Assert.Equal(2, v2.Version);
        Assert.Equal(v1.DocumentId, v2.PreviousId);
        Assert.Equal(v2.DocumentId, scope.Scalar($"SELECT superseded_by FROM documents WHERE id = {v1.DocumentId}"));
        Assert.Equal(1, scope.Count("SELECT COUNT(*) FROM current_documents"));
        Assert.Equal(2, scope.Count("SELECT COUNT(*) FROM documents"));
    }

    [Fact]
    public void Same_department_year_and_kind_from_another_file_is_a_new_version()
    {
        using var scope = new StoreScope();
        using var store = scope.OpenStore();
        var v1 = store.Store(Fixtures.Budget("a", "深圳市统计局", 2025), Fixtures.From("/in/2025-a.pdf"));
        var v2 = store.Store(Fixtures.Budget("b", "深圳市统计局（本级）", 2025, factor: 2m), Fixtures.From("/in/2025-b.pdf"));
        var otherYear = store.Store(Fixtures.Budget("c", "深圳市统计局", 2024), Fixtures.From("/in/2024.pdf"));
        var otherKind = store.Store(Fixtures.Result("d", "深圳市统计局", 2025, kind: "绩效目标表"), Fixtures.From("/in/2025-targets.pdf"));
        Assert.Equal(StoreOutcomeKind.NewVersion, v2.Kind);
        Assert.Equal(v1.DocumentId, v2.PreviousId);
        Assert.Equal(StoreOutcomeKind.New, otherYear.Kind);
        Assert.Equal(StoreOutcomeKind.New, otherKind.Kind);
    }

    [Fact]
    public void Previous_version_named_by_the_caller_extends_the_chain_at_its_end()
    {
        using var scope = new StoreScope();
        using var store = scope.OpenStore();
        var v1 = store.Store(Fixtures.Result("v1", null, null), Fixtures.From("https://x.gov.cn/a"));
        var v2 = store.Store(Fixtures.Result("v2", null, null), Fixtures.From("https://x.gov.cn/a"));
        var v3 = store.Store(Fixtures.Result("v3", null, null), Fixtures.From("https://mirror.gov.cn/b", previous: Fixtures.Sha("v1")));
        Assert.Equal(StoreOutcomeKind.NewVersion, v3.Kind);
        Assert.Equal(v2.DocumentId, v3.PreviousId);
        Assert.Equal(3, v3.Version);
        Assert.NotEqual(v1.DocumentId, v3.PreviousId);
    }

    [Fact]
    public void A_failure_inside_a_document_leaves_none_of_it_stored()
    {
        using var scope = new StoreScope();
        using var store = scope.OpenStore();
        store.Store(Fixtures.Budget("ok", "深圳市统计局", 2024), Fixtures.From("/in/ok.pdf"));
        var searchable = scope.Count("SELECT COUNT(*) FROM search_text");
        // checks.code is NOT NULL: the last insert of the document fails after documents, tables and lines went in.
        var broken = Fixtures.Budget("broken", "深圳市统计局", 2025) with { Checks = [new CheckRecord(null!, 1, null, null, null, null, 3)] };
        Assert.ThrowsAny<Exception>(() => store.Store(broken, Fixtures.From("/in/broken.pdf")));
        Assert.Equal(1, scope.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(Fixtures.Budget("ok", "深圳市统计局", 2024).Lines.Length, scope.Count("SELECT COUNT(*) FROM lines"));
        Assert.Equal(searchable, scope.Count("SELECT COUNT(*) FROM search_text"));
        Assert.Equal(2, scope.Count("SELECT COUNT(*) FROM search_index WHERE search_index MATCH '\"公务接待\"'")); // row + line name of "ok"
        // and the store still works afterwards
        Assert.Equal(StoreOutcomeKind.New, store.Store(Fixtures.Budget("next", "深圳市统计局", 2025), Fixtures.From("/in/next.pdf")).Kind);
    }

    [Fact]
    public void Amounts_round_trip_exactly_as_decimal_text_and_integer_fen()
    {
        using var scope = new StoreScope();
        var huge = 123_456_789_012_345.67m;
        scope.StoreAll((Fixtures.Result("a", "深圳市统计局", 2025, lines:
        [
            Fixtures.Line("201", "一般公共服务支出", "合计", huge),
            Fixtures.Line("202", "外交支出", "合计", 0.1m + 0.2m),
            Fixtures.Line("203", "国防支出", "合计", 1.005m),
            Fixtures.Line("204", "公共安全支出", "合计", null),
        ]), "/in/a.pdf"));
        using var queries = scope.OpenQueries();
        var amounts = queries.Lines(new Query.LineFilter()).Rows.Select(r => r[15]).ToList();
        Assert.Equal<object?>([huge, 0.3m, 1.005m, null], amounts);
        Assert.Equal("0.3", scope.Scalar("SELECT amount FROM lines WHERE code = '202'"));
        Assert.Equal(12_345_678_901_234_567L, scope.Scalar("SELECT amount_fen FROM lines WHERE code = '201'"));
        Assert.Null(scope.Scalar("SELECT amount_fen FROM lines WHERE code = '203'"));
        Assert.Equal(12_345_678_901_234_597L, scope.Count("SELECT SUM(amount_fen) FROM lines"));
    }

    [Fact]
    public void Default_contract_arrays_are_stored_as_empty()
    {
        using var scope = new StoreScope();
        var result = new ExtractionResult(new SourceInfo("x.pdf", Fixtures.Sha("x"), 1), null!, default, default, default, default, default);
        scope.StoreAll((result, "/in/x.pdf"));
        Assert.Equal(1, scope.Count("SELECT COUNT(*) FROM documents WHERE department IS NULL AND diagnostics = '[]'"));
    }
}
