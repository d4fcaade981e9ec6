namespace BudgetExtract.Crawl.Robots;

/// <summary>
/// The rules of one robots.txt for one user agent (RFC 9309): the most specific matching group, else <c>*</c>;
/// the longest matching Allow/Disallow path wins, Allow on a tie; <c>*</c> and a trailing <c>$</c> in paths.
/// </summary>
public sealed class RobotsRules
{
    private readonly IReadOnlyList<(string Pattern, bool Allow)> _rules;

    private RobotsRules(IReadOnlyList<(string, bool)> rules, TimeSpan? crawlDelay, string? unavailable = null)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        Unavailable = unavailable;
    }

    /// <summary>Why robots.txt could not be read (a server error): the host is not crawled in this run.</summary>
    public string? Unavailable { get; }

    /// <summary>RFC 9309 §2.3.1.3: robots.txt unreachable through a server error means complete disallow.</summary>
    public static RobotsRules Unreachable(string reason) => new([("/", false)], null, reason);

    public static RobotsRules AllowAll { get; } = new([], null);

    public static RobotsRules DisallowAll { get; } = new([("/", false)], null);

    /// <summary>Crawl-delay of the chosen group, if any.</summary>
    public TimeSpan? CrawlDelay { get; }

    public static RobotsRules Parse(string text, string userAgent)
    {
        var product = userAgent.Split('/', ' ')[0].Trim().ToLowerInvariant();
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent) groups.Add(current = new Group());
                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null) continue;
            switch (key)
            {
                case "allow" when value.Length > 0:
                    current.Rules.Add((value, true));
                    break;
                case "disallow" when value.Length > 0:
                    current.Rules.Add((value, false));
                    break;
                case "crawl-delay" when double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    current.Delay = TimeSpan.FromSeconds(Math.Min(seconds, 60));
                    break;
            }
        }

        // The group naming the longest part of our product token wins; groups naming the same agent merge (RFC 9309 §2.2.1).
        var bestLength = groups.SelectMany(g => g.Agents).Where(a => a != "*" && product.Contains(a, StringComparison.Ordinal))
            .Select(a => a.Length).DefaultIfEmpty(0).Max();
        var chosen = bestLength > 0
            ? groups.Where(g => g.Agents.Any(a => a != "*" && a.Length == bestLength && product.Contains(a, StringComparison.Ordinal))).ToList()
            : groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules([.. chosen.SelectMany(g => g.Rules)], chosen.Select(g => g.Delay).FirstOrDefault(d => d is not null));
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<(string, bool)> Rules { get; } = [];
        public TimeSpan? Delay { get; set; }
    }

    /// <summary>Whether the path-and-query of a URL may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        if (url.AbsolutePath == "/robots.txt") return true;
        var path = url.PathAndQuery;
        var best = -1;
        var allow = true;
        foreach (var (pattern, isAllow) in _rules)
        {
            if (!Matches(pattern, path)) continue;
            if (pattern.Length > best || (pattern.Length == best && isAllow))
            {
                best = pattern.Length;
                allow = isAllow;
            }
        }
        return allow;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        return Match(body, 0, Uri.UnescapeDataString(path), 0, anchored);
    }

    private static bool Match(string pattern, int p, string path, int s, bool anchored)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                for (var k = s; k <= path.Length; k++)
                    if (Match(pattern, p + 1, path, k, anchored)) return true;
                return false;
            }
            if (s >= path.Length || pattern[p] != path[s]) return false;
            p++;
            s++;
        }
        return !anchored || s == path.Length;
    }
}
