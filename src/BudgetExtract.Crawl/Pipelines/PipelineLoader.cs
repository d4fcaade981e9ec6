using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using BudgetExtract.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BudgetExtract.Crawl.Pipelines;

/// <summary>Reads and validates a pipeline YAML file; every problem is an <see cref="InputException"/> naming the file.</summary>
public static class PipelineLoader
{
    public const string ServePlaceholder = "{serve}";

    public static PipelineDefinition Load(string path)
    {
        if (!File.Exists(path)) throw new InputException(path, "pipeline file not found");
        return Parse(File.ReadAllText(path), path);
    }

    public static PipelineDefinition Parse(string yaml, string name)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithTypeConverter(new MetadataRuleConverter())
            .Build();
        PipelineDefinition? pipeline;
        try
        {
            pipeline = deserializer.Deserialize<PipelineDefinition>(yaml);
        }
        catch (YamlException e)
        {
            var inner = e.InnerException is null ? "" : ": " + e.InnerException.Message;
            throw new InputException(name, $"line {e.Start.Line}: {e.Message}{inner}");
        }
        if (pipeline is null) throw new InputException(name, "empty pipeline file");
        Validate(pipeline, name);
        return pipeline with { Sources = [.. pipeline.Sources.Select(WithDefaultHosts)] };
    }

    private static SourceDefinition WithDefaultHosts(SourceDefinition source) =>
        source.AllowedHosts.Count > 0 ? source : source with
        {
            AllowedHosts = [.. source.StartUrls.Select(u => new Uri(u.Replace(ServePlaceholder, "http://127.0.0.1"), UriKind.Absolute).Host).Distinct()],
        };

    private static void Validate(PipelineDefinition pipeline, string file)
    {
        void Fail(string cause) => throw new InputException(file, cause);
        if (string.IsNullOrWhiteSpace(pipeline.Name)) Fail("the pipeline has no 'name'");
        if (pipeline.Sources.Count == 0) Fail("the pipeline has no 'sources'");
        var p = pipeline.Politeness;
        if (p.Concurrency < 1) Fail("politeness.concurrency must be at least 1");
        if (p.DelayMs < 0 || p.Retries < 0 || p.RetryBaseDelayMs < 0) Fail("politeness delays and retries cannot be negative");
        if (p.TimeoutSeconds <= 0) Fail("politeness.timeout_seconds must be positive");
        if (p.MaxBytes < 1) Fail("politeness.max_bytes must be positive");
        if (p.CircuitFailureRatio is <= 0 or > 1) Fail("politeness.circuit_failure_ratio must be in (0, 1]");
        if (p.CircuitMinimumThroughput < 2) Fail("politeness.circuit_minimum_throughput must be at least 2");
        if (p.CircuitSamplingSeconds < 0.5 || p.CircuitBreakSeconds < 0.5) Fail("politeness circuit durations must be at least 0.5 s");

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in pipeline.Sources)
        {
            var where = $"source '{source.Name}'";
            if (string.IsNullOrWhiteSpace(source.Name)) Fail("a source has no 'name'");
            if (!names.Add(source.Name)) Fail($"two sources are named '{source.Name}'");
            if (source.StartUrls.Count == 0) Fail($"{where} has no 'start_urls'");
            foreach (var url in source.StartUrls)
            {
                var concrete = url.Replace(ServePlaceholder, "http://127.0.0.1");
                if (!Uri.TryCreate(concrete, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    Fail($"{where}: start URL '{url}' is not an absolute http(s) URL");
                if (url.Contains(ServePlaceholder, StringComparison.Ordinal) && pipeline.Serve is null)
                    Fail($"{where}: start URL '{url}' uses {ServePlaceholder} but the pipeline has no 'serve' directory");
            }
            if (source.MaxPages < 1) Fail($"{where}: max_pages must be at least 1");
            for (var i = 0; i < source.Levels.Count; i++)
            {
                var level = source.Levels[i];
                if (string.IsNullOrWhiteSpace(level.Follow)) Fail($"{where}: levels[{i}] has no 'follow' selector");
                CheckSelector(level.Follow, $"{where}: levels[{i}].follow", file);
                CheckSelector(level.Paginate, $"{where}: levels[{i}].paginate", file);
                CheckPatterns(level.Include.Concat(level.Exclude), $"{where}: levels[{i}]", file);
                CheckMetadata(level.Metadata, $"{where}: levels[{i}].metadata", file);
            }
            CheckSelector(source.Documents.Select, $"{where}: documents.select", file);
            CheckSelector(source.Documents.Paginate, $"{where}: documents.paginate", file);
            CheckPatterns(source.Documents.Include.Concat(source.Documents.Exclude), $"{where}: documents", file);
            CheckMetadata(source.Documents.Metadata, $"{where}: documents.metadata", file);
            CheckMetadata(source.Metadata, $"{where}: metadata", file);
            foreach (var (key, rule) in source.Metadata)
                if (rule.Link is not null || rule.Page is not null)
                    Fail($"{where}: metadata '{key}': source-wide metadata can only be a constant or a 'url' pattern");
        }
    }

    private static readonly HtmlParser SelectorProbe = new();

    private static void CheckSelector(string? selector, string where, string file)
    {
        if (selector is null) return;
        try
        {
            SelectorProbe.ParseDocument("<html></html>").QuerySelectorAll(selector);
        }
        catch (Exception e) when (e is AngleSharp.Dom.DomException or ArgumentException)
        {
            throw new InputException(file, $"{where}: invalid CSS selector '{selector}'");
        }
    }

    private static void CheckPatterns(IEnumerable<string> patterns, string where, string file)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                throw new InputException(file, $"{where}: invalid regular expression '{pattern}': {e.Message}");
            }
        }
    }

    private static void CheckMetadata(Dictionary<string, MetadataRule> rules, string where, string file)
    {
        foreach (var (key, rule) in rules)
        {
            var kinds = new[] { rule.Value, rule.Link, rule.Page, rule.Url }.Count(v => v is not null);
            if (kinds != 1) throw new InputException(file, $"{where} '{key}': give exactly one of a constant, 'link', 'page' or 'url'");
            if (rule.Url is not null) CheckPatterns([rule.Url], $"{where} '{key}'", file);
            if (rule.Pattern is not null) CheckPatterns([rule.Pattern], $"{where} '{key}'", file);
            if (rule.Pattern is not null && rule.Link is null && rule.Page is null)
                throw new InputException(file, $"{where} '{key}': 'pattern' applies to 'link' or 'page' values (a 'url' rule is a pattern itself)");
            CheckSelector(rule.Page, $"{where} '{key}'", file);
        }
    }

    /// <summary>A metadata rule is a plain string (constant) or a map.</summary>
    private sealed class MetadataRuleConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(MetadataRule);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            if (parser.TryConsume<Scalar>(out var scalar)) return new MetadataRule { Value = scalar.Value };
            var map = (RuleMap?)rootDeserializer(typeof(RuleMap)) ?? new RuleMap();
            return new MetadataRule { Value = map.Value, Link = map.Link, Page = map.Page, Url = map.Url, Template = map.Template, Pattern = map.Pattern };
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            throw new NotSupportedException("pipelines are only read");
    }

    private sealed class RuleMap
    {
        public string? Value { get; set; }
        public string? Link { get; set; }
        public string? Page { get; set; }
        public string? Url { get; set; }
        public string? Template { get; set; }
        public string? Pattern { get; set; }
    }
}
