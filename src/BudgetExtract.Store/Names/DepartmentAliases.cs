using System.Collections.Frozen;
using BudgetExtract.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace BudgetExtract.Store.Names;

/// <summary>
/// Explicit renamings: each alias name maps to a canonical name, compared after <see cref="DepartmentNames"/>
/// normalization. YAML (<c>canonical: [alias, …]</c>) or CSV (<c>alias,canonical</c> per line, optional header).
/// </summary>
public sealed class DepartmentAliases
{
    public static readonly DepartmentAliases None = new(FrozenDictionary<string, string>.Empty);

    private readonly FrozenDictionary<string, string> _canonicalByCore;

    private DepartmentAliases(FrozenDictionary<string, string> canonicalByCore) => _canonicalByCore = canonicalByCore;

    /// <summary>From (alias, canonical) pairs of raw names.</summary>
    public static DepartmentAliases From(IEnumerable<(string Alias, string Canonical)> pairs)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alias, canonical) in pairs)
        {
            var target = DepartmentNames.Key(canonical).Core;
            map[DepartmentNames.Key(alias).Core] = target;
            map.TryAdd(target, target);
        }
        return new DepartmentAliases(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public static DepartmentAliases Load(string? path)
    {
        if (path is null) return None;
        if (!File.Exists(path)) throw new InputException(path, "alias file not found");
        var text = File.ReadAllText(path);
        var csv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        try
        {
            return From(csv ? ParseCsv(text, path) : ParseYaml(text, path));
        }
        catch (YamlException e)
        {
            throw new InputException(path, $"not a valid alias file (line {e.Start.Line}: {e.Message}); expected 'canonical name: [alias, …]'", e);
        }
    }

    /// <summary>The canonical core of a department key's core (itself when it has no alias).</summary>
    public string Canonical(string core) => _canonicalByCore.GetValueOrDefault(core, core);

    /// <summary>Every core that names the same department as <paramref name="core"/>, itself included.</summary>
    public IReadOnlyList<string> Equivalents(string core)
    {
        var canonical = Canonical(core);
        var all = _canonicalByCore.Where(p => p.Value == canonical).Select(p => p.Key).Append(core).Append(canonical);
        return [.. all.Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<(string, string)> ParseYaml(string text, string path)
    {
        var root = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(text) ?? [];
        foreach (var (canonical, value) in root)
        {
            var aliases = value switch
            {
                string one => [one],
                List<object> many => many.Select(a => a?.ToString() ?? ""),
                null => [],
                _ => throw new InputException(path, $"aliases of '{canonical}' must be a name or a list of names"),
            };
            foreach (var alias in aliases.Where(a => a.Length > 0)) yield return (alias, canonical);
        }
    }

    private static IEnumerable<(string, string)> ParseCsv(string text, string path)
    {
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split(',');
            if (parts.Length != 2) throw new InputException(path, $"line {number}: expected 'alias,canonical'");
            var (alias, canonical) = (parts[0].Trim().Trim('"'), parts[1].Trim().Trim('"'));
            if (number == 1 && alias.Equals("alias", StringComparison.OrdinalIgnoreCase)) continue;
            yield return (alias, canonical);
        }
    }
}
