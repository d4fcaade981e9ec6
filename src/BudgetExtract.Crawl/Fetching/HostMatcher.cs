namespace BudgetExtract.Crawl.Fetching;

/// <summary>The allowed hosts of a source: exact names, or <c>*.example.gov.cn</c> for the domain and its subdomains.</summary>
public sealed class HostMatcher(IEnumerable<string> hosts)
{
    private readonly string[] _hosts = [.. hosts.Select(h => h.Trim().ToLowerInvariant())];

    public bool IsAllowed(Uri url)
    {
        var host = url.Host.ToLowerInvariant();
        foreach (var allowed in _hosts)
        {
            if (allowed.StartsWith("*.", StringComparison.Ordinal))
            {
                var domain = allowed[2..];
                if (host == domain || host.EndsWith("." + domain, StringComparison.Ordinal)) return true;
            }
            else if (host == allowed) return true;
        }
        return false;
    }
}
