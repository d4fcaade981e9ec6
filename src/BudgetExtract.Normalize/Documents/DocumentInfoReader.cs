using System.Text.RegularExpressions;
using BudgetExtract.Contract;
using BudgetExtract.Normalize.Text;
using BudgetExtract.Tables.Model;

namespace BudgetExtract.Normalize.Documents;

/// <summary>
/// Document metadata (region, department, fiscal year, kind) from the title page, else the tables' meta lines
/// (部门名称：…), else the file name or URL ("2026年深圳市统计局部门预算.pdf", "信访局_2026年部门预算.pdf").
/// </summary>
public static partial class DocumentInfoReader
{
    public static DocumentInfo Read(string? fileName, IReadOnlyList<string> titleLines, IReadOnlyList<Table> tables)
    {
        var title = TitleOf(titleLines);
        var file = FileStem(fileName);
        var kind = KindOf(title) ?? KindOf(file) ?? KindOf(string.Join(" ", tables.Select(t => t.Title)));
        var year = YearOf(title) ?? YearOf(file) ?? YearOf(string.Join(" ", titleLines.Take(10)))
            ?? YearOf(string.Join(" ", tables.SelectMany(t => t.MetaLines.Append(t.Title ?? ""))));
        var department = NamedOnTitlePage(titleLines) ?? DepartmentOf(title) ?? MetaDepartment(tables) ?? DepartmentOf(file);
        var region = RegionOf(department) ?? RegionOf(title) ?? RegionOf(file);
        return new DocumentInfo(region, department, year, kind);
    }

    /// <summary>
    /// The title as printed on the cover: the leading lines before the table of contents joined (titles wrap, even inside
    /// a word: "…部门预" / "算"), cut after the first document-kind word.
    /// </summary>
    private static string TitleOf(IReadOnlyList<string> lines)
    {
        var joined = string.Concat(lines.Take(8).Select(CellText.Compact).Select(l => l.Trim('#', '*'))
            .TakeWhile(l => !l.StartsWith("目录", StringComparison.Ordinal)));
        var m = KindWords().Match(joined);
        return m.Success ? joined[..(m.Index + m.Length)] : "";
    }

    /// <summary>A cover line naming the organisation: "部 门:中共江苏省委办公厅", "预算单位：上海市海洋监测预报中心".</summary>
    private static string? NamedOnTitlePage(IReadOnlyList<string> lines)
    {
        foreach (var line in lines.Take(12))
        {
            var m = CoverName().Match(CellText.Compact(line));
            if (m.Success && Organisation().IsMatch(m.Groups[1].Value)) return m.Groups[1].Value;
        }
        return null;
    }

    public static string? KindOf(string? text)
    {
        var t = CellText.Compact(text);
        if (t.Length == 0) return null;
        if (t.Contains("决算", StringComparison.Ordinal)) return "部门决算";
        if (t.Contains("自评", StringComparison.Ordinal) || t.Contains("自我评价", StringComparison.Ordinal)) return "绩效自评";
        if (t.Contains("单位预算", StringComparison.Ordinal)) return "单位预算";
        if (t.Contains("部门预算", StringComparison.Ordinal)) return "部门预算";
        if (t.Contains("绩效目标", StringComparison.Ordinal)) return "绩效目标表";
        return null;
    }

    public static int? YearOf(string? text)
    {
        var m = Year().Match(CellText.Compact(text));
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The organisation named in a title: what is left after the year and the document kind, if it ends like one.</summary>
    public static string? DepartmentOf(string? text)
    {
        var t = CellText.Compact(text);
        t = Year().Replace(t, "");
        t = KindWords().Replace(t, "");
        t = t.Trim('_', '-', '—', '·', '(', ')', '（', '）', ' ', '：', ':');
        var parts = t.Split(['_', '-', ' ', '（', '('], StringSplitOptions.RemoveEmptyEntries);
        var best = parts.Select(p => p.Trim('）', ')')).FirstOrDefault(p => Organisation().IsMatch(p));
        return best;
    }

    /// <summary>The leading region names of an organisation (深圳市中小企业服务局 → 深圳市; 广东省深圳市福田区… → 广东省深圳市福田区).</summary>
    public static string? RegionOf(string? text)
    {
        var t = CellText.Compact(text);
        if (t.StartsWith("中共", StringComparison.Ordinal)) t = t[2..]; // 中共江苏省委办公厅: the party committee of 江苏省
        var m = Region().Match(t);
        return m.Success && m.Length > 0 && m.Length < t.Length ? m.Value : null;
    }

    private static string? MetaDepartment(IReadOnlyList<Table> tables)
    {
        var names = new List<string>();
        foreach (var line in tables.SelectMany(t => t.MetaLines))
        {
            var m = MetaName().Match(CellText.Compact(line));
            if (m.Success && Organisation().IsMatch(m.Groups[1].Value)) names.Add(m.Groups[1].Value);
        }
        foreach (var table in tables)
            foreach (var row in table.Grid().Take(3))
                for (var c = 0; c + 1 < row.Length; c++)
                    if (CellText.Compact(row[c]) is "部门名称" or "单位名称" or "部门(单位)名称" or "部门（单位）名称" or "主管部门")
                    {
                        var v = row.Skip(c + 1).Select(CellText.Compact).FirstOrDefault(x => x.Length > 0);
                        if (v is not null && Organisation().IsMatch(v)) names.Add(v);
                    }
        return names.GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
    }

    private static string FileStem(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName)) return "";
        var name = fileName;
        if (Uri.TryCreate(fileName, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal))
            name = Uri.UnescapeDataString(uri.AbsolutePath);
        return Path.GetFileNameWithoutExtension(name.Replace('\\', '/').Split('/')[^1]);
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年度?")]
    private static partial Regex Year();

    [GeneratedRegex(@"(部门|单位)?(整体支出)?(预算|决算|绩效目标表?|绩效自评(价|表)?|项目支出绩效自我评价)(信息)?(公开)?(表|报告|说明)?")]
    private static partial Regex KindWords();

    [GeneratedRegex(@"(局|委员会|委|中心|办公室|办|厅|院|馆|站|所|部|会|室|处|队|校|学|园|社|行|集团|政府|公司|署|台|团|库)(本级)?$")]
    private static partial Regex Organisation();

    [GeneratedRegex(@"^(?:[\p{IsCJKUnifiedIdeographs}]{1,7}?(?:省|自治区|特别行政区))?(?:[\p{IsCJKUnifiedIdeographs}]{1,6}?(?:市|自治州|盟|地区))?(?:[\p{IsCJKUnifiedIdeographs}]{1,6}?(?:区|县|旗|市))?")]
    private static partial Regex Region();

    /// <summary>部门名称：X, 单位名称：X, 部门：X, 编制单位：X, 预算单位：X — up to a following 单位：万元 on the same line.</summary>
    [GeneratedRegex(@"(?:(?:部门|单位|预算单位)名称|^部门|^编制单位|^预算单位)[：:](.+?)(?:(?:金额)?单位[：:].*)?$")]
    private static partial Regex MetaName();

    [GeneratedRegex(@"^(?:部门|单位|预算单位|部门名称|单位名称)[：:](.+)$")]
    private static partial Regex CoverName();
}
