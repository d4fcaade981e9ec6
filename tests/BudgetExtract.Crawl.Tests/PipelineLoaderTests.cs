using BudgetExtract.Crawl.Pipelines;
using BudgetExtract.Diagnostics;
using BudgetExtract.Testing;

namespace BudgetExtract.Crawl.Tests;

public sealed class PipelineLoaderTests
{
    private const string Minimal = """
        name: t
        sources:
          - name: s
            start_urls: ["https://www.shanghai.gov.cn/bmys-26-001/index.html"]
        """;

    [Fact]
    public void MinimalPipeline_GetsDocumentedDefaults_AndStartHostsAsAllowedHosts()
    {
        var pipeline = PipelineLoader.Parse(Minimal, "t.yaml");

        var source = Assert.Single(pipeline.Sources);
        Assert.Equal(["www.shanghai.gov.cn"], source.AllowedHosts);
        Assert.Equal("a[href]", source.Documents.Select);
        Assert.Equal(1000, pipeline.Politeness.DelayMs);
        Assert.True(pipeline.Politeness.Robots);
        Assert.True(source.Referer);
    }

    [Fact]
    public void MetadataRules_AcceptConstantsAndMaps()
    {
        var pipeline = PipelineLoader.Parse(Minimal + """

                metadata:
                  region: 上海市
                  year: { url: 'bmys-(\d{2})-', template: '20$1' }
                levels:
                  - follow: "div.rt-yus.dangw ul li a"
                    metadata:
                      department: { link: text }
            """, "t.yaml");

        var source = pipeline.Sources[0];
        Assert.Equal("上海市", source.Metadata["region"].Value);
        Assert.Equal("2026", source.Metadata["year"].FromUrl("https://www.shanghai.gov.cn/bmys-26-001/index.html"));
        Assert.Null(source.Metadata["year"].FromUrl("https://www.shanghai.gov.cn/other.html"));
        Assert.Equal("text", source.Levels[0].Metadata["department"].Link);
    }

    [Theory]
    [InlineData("sources: []\nname: x", "no 'sources'")]
    [InlineData("name: x\nsources:\n  - name: s\n    start_urls: [\"ftp://x/\"]", "not an absolute http(s) URL")]
    [InlineData("name: x\nsources:\n  - name: s\n    start_urls: [\"https://x/\"]\n    documents: { select: \"a[[\" }", "invalid CSS selector 'a[['")]
    [InlineData("name: x\nsources:\n  - name: s\n    start_urls: [\"https://x/\"]\n    documents: { include: ['(unclosed'] }", "invalid regular expression")]
    [InlineData("name: x\nsources:\n  - name: s\n    start_urls: [\"{serve}/a.html\"]", "no 'serve' directory")]
    [InlineData("name: x\nsources:\n  - name: s\n    start_urls: [\"https://x/\"]\n    unknown_key: 1", "line 5")]
    [InlineData("name: x\npoliteness: { concurrency: 0 }\nsources:\n  - name: s\n    start_urls: [\"https://x/\"]", "concurrency must be at least 1")]
    public void BadPipeline_IsAnInputErrorNamingTheFileAndTheCause(string yaml, string cause)
    {
        var error = Assert.Throws<InputException>(() => PipelineLoader.Parse(yaml, "bad.yaml"));

        Assert.Equal("bad.yaml", error.File);
        Assert.Contains(cause, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BundledPipelines_AllLoad()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "pipelines"), "*.yaml");

        Assert.Contains(files, f => f.EndsWith("demo.yaml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("shanghai-municipal.yaml", StringComparison.Ordinal));
        foreach (var file in files) Assert.NotEmpty(PipelineLoader.Load(file).Sources);
    }

    [Fact]
    public void MissingFile_IsAnInputError()
    {
        var error = Assert.Throws<InputException>(() => PipelineLoader.Load("/nonexistent/p.yaml"));
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }
}
