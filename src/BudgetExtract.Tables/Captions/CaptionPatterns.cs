using System.Text.RegularExpressions;

namespace BudgetExtract.Tables.Captions;

/// <summary>The printed shapes of table numbers, units, meta lines and notes.</summary>
internal static partial class CaptionPatterns
{
    /// <summary>
    /// 表1, 表 3, 表三, 附表2, 表3-1, 公开01表 (and Table 2, Table A-1, Exhibit 3 in English documents) at the start
    /// of a line; the rest of the line may be the title.
    /// </summary>
    [GeneratedRegex(@"^\s*((?:附)?表\s*(?:[0-9０-９]+|[一二三四五六七八九十]+)(?:\s*[-－]\s*[0-9]+)?|公开\s*[0-9]+\s*表|(?:Table|TABLE|Exhibit|EXHIBIT)\s+[A-Z]?[0-9]+(?:[.-][0-9]+)*)\s*[：:、.．]?\s*(.*)$")]
    public static partial Regex Number();

    /// <summary>单位：万元, 金额单位：元, (单位:万元).</summary>
    [GeneratedRegex(@"(?:金额)?单位\s*[:：]\s*(万元|元|千元|亿元|百万元)")]
    public static partial Regex Unit();

    /// <summary>
    /// An English unit line: (In billions of dollars), (Thousands of euros), (EUR million), Percent. The unit is the
    /// text without its brackets and "In".
    /// </summary>
    [GeneratedRegex(@"^\s*\(?\s*(?:[Ii]n\s+)?((?:[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions)(?:\s+of\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?|[A-Z]{3}\s+(?:thousand|million|billion)|[Pp]er\s?cent)\s*\)?\s*$")]
    public static partial Regex EnglishUnit();

    /// <summary>Key-value lines printed between title and grid.</summary>
    [GeneratedRegex(@"^\s*(部门名称|单位名称|编制单位|预算单位|填报单位|部门|单位|主管部门|编报单位|项目名称)\s*[:：]")]
    public static partial Regex Meta();

    /// <summary>注：…, 备注：…, 说明：… (and Note: / Notes: / Source: in English documents).</summary>
    [GeneratedRegex(@"^\s*(注|备注|说明|注释|Notes?|NOTES?|Sources?|SOURCES?)\s*\d*\s*[:：]")]
    public static partial Regex Note();

    /// <summary>
    /// A line under a title giving the period: (2023年度), （2026年）, 2021年度; OCR may drop a bracket or read the
    /// opening one as a digit (2023年度), 20232年度)), and on a 1-bit scan read 年 as another character before 度
    /// (202342秆度)) or set a space inside (2023 年 度)). A bracketed line of up to 40 characters is one too ((In billions
    /// of dollars) between an English title and its table).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:[（(][^（）()]{1,40}[)）]|[（(]?\s*\d{4,8}\s*(?:年\s*度?|\p{IsCJKUnifiedIdeographs}度)\s*[)）]?)\s*$")]
    public static partial Regex Subtitle();

    /// <summary>A figure's caption: 图 2：基本支出和项目支出情况, 图3 …, Figure 1.</summary>
    [GeneratedRegex(@"^\s*(?:图\s*(?:[0-9０-９]+|[一二三四五六七八九十]+)(?:\s*[-－]\s*[0-9]+)?|(?:Figure|FIGURE|Chart|CHART)\s+[0-9]+)\s*[：:、.．\s]")]
    public static partial Regex Figure();

    /// <summary>续表, （续）, 续上表.</summary>
    [GeneratedRegex(@"续表|（续）|\(续\)|续上表")]
    public static partial Regex Continued();
}
