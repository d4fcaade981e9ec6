using System.Collections.Immutable;
using BudgetExtract.Pdf;
using BudgetExtract.Pdf.Model;
using BudgetExtract.Pdf.MuPdf;

namespace BudgetExtract.Pdf.Tests;

public sealed class TraceParserTests
{
    private static PageContent ParseOne(string body, string mediabox = "0 0 600 800", int rotation = 0)
    {
        var trace = $"""
            <?xml version="1.0"?>
            <document name="x.pdf">
            <page mediabox="{mediabox}">
            {body}
            </page>
            </document>
            """;
        var pages = new TraceParser(new PdfReadOptions())
            .Parse(new StringReader(trace), [1], new Dictionary<int, int> { [1] = rotation }).ToList();
        return Assert.Single(pages);
    }

    private const string TwoGlyphs = """
        <fill_text colorspace="DeviceGray" color="0" transform="1 0 0 1 100 200">
            <span font="ABCDEF+SimHei" wmode="0" bidi="0" trm="10 0 0 -10">
                <g unicode="收" glyph="6" x="0" y="0" adv="1"/>
                <g unicode="入" glyph="7" x="10" y="0" adv="1"/>
            </span>
        </fill_text>
        """;

    [Fact]
    public void Glyph_box_spans_advance_and_sits_on_the_baseline()
    {
        var page = ParseOne(TwoGlyphs);
        Assert.Equal(2, page.Glyphs.Length);
        var first = page.Glyphs[0];
        Assert.Equal("收", first.Text);
        Assert.Equal(10, first.Size, 3);
        Assert.Equal(100, first.Box.X0, 3);
        Assert.Equal(110, first.Box.X1, 3);
        Assert.Equal(200 - 8.8, first.Box.Y0, 3);
        Assert.Equal(200 + 1.2, first.Box.Y1, 3);
        Assert.True(first.Upright);
        Assert.False(first.Invisible);
        Assert.Equal("ABCDEF+SimHei", first.Font);
    }

    [Fact]
    public void Faux_bold_duplicate_drawn_half_a_point_off_becomes_one_glyph()
    {
        var page = ParseOne(TwoGlyphs + "\n" + TwoGlyphs.Replace("100 200", "100.5 200.3"));
        Assert.Equal(["收", "入"], page.Glyphs.Select(g => g.Text));
    }

    [Fact]
    public void Same_character_two_points_away_is_kept_as_two_glyphs()
    {
        var page = ParseOne(TwoGlyphs + "\n" + TwoGlyphs.Replace("100 200", "102.5 200"));
        Assert.Equal(4, page.Glyphs.Length);
    }

    [Fact]
    public void Ignored_text_render_mode_three_is_kept_as_invisible()
    {
        var page = ParseOne(TwoGlyphs.Replace("fill_text", "ignore_text"));
        Assert.All(page.Glyphs, g => Assert.True(g.Invisible));
    }

    [Fact]
    public void Clip_text_is_not_a_glyph()
    {
        var page = ParseOne(TwoGlyphs.Replace("fill_text", "clip_text"));
        Assert.Empty(page.Glyphs);
    }

    [Fact]
    public void Glyphs_without_unicode_are_counted_as_a_diagnostic_and_parsing_goes_on()
    {
        var page = ParseOne(TwoGlyphs.Replace("unicode=\"收\" ", ""));
        Assert.Equal(["入"], page.Glyphs.Select(g => g.Text));
        var diagnostic = Assert.Single(page.Diagnostics);
        Assert.Equal("glyphs-without-unicode", diagnostic.Code);
        Assert.Equal(1, diagnostic.Page);
    }

    [Fact]
    public void Glyphs_outside_the_visible_page_are_dropped_with_a_diagnostic()
    {
        var page = ParseOne(TwoGlyphs.Replace("100 200", "900 200"));
        Assert.Empty(page.Glyphs);
        Assert.Contains(page.Diagnostics, d => d.Code == "glyphs-outside-page");
    }

    [Fact]
    public void Escaped_unicode_is_decoded()
    {
        var page = ParseOne(TwoGlyphs.Replace("unicode=\"收\"", "unicode=\"&amp;\"").Replace("unicode=\"入\"", "unicode=\"&#x4e2d;\""));
        Assert.Equal(["&", "中"], page.Glyphs.Select(g => g.Text));
    }

    [Fact]
    public void Rotated_page_text_is_upright_in_displayed_coordinates()
    {
        // As mutool writes a /Rotate 90 page: transform swaps axes, trm rotates the text back.
        var body = """
            <fill_text colorspace="DeviceGray" color="0" transform="0 1 1 0 0 0">
                <span font="F" wmode="0" bidi="0" trm="0 36 -36 0">
                    <g unicode="江" glyph="1" x="128.88" y="308.75" adv="1"/>
                    <g unicode="苏" glyph="2" x="128.88" y="344.99" adv="1"/>
                </span>
            </fill_text>
            """;
        var page = ParseOne(body, "0 0 842 595.22", rotation: 90);
        Assert.Equal(842, page.Width, 2);
        Assert.Equal(90, page.Rotation);
        Assert.All(page.Glyphs, g => Assert.True(g.Upright));
        Assert.True(page.Glyphs[1].Box.X0 > page.Glyphs[0].Box.X0);
        Assert.Equal(page.Glyphs[0].Box.Y0, page.Glyphs[1].Box.Y0, 3);
        Assert.Equal(36, page.Glyphs[0].Size, 2);
    }

    [Fact]
    public void Stroked_lines_become_horizontal_and_vertical_rulings()
    {
        var body = """
            <stroke_path linewidth=".5" colorspace="DeviceGray" color="0" transform="1 0 0 1 10 20">
                <moveto x="0" y="0"/>
                <lineto x="100" y="0"/>
            </stroke_path>
            <stroke_path linewidth=".5" colorspace="DeviceGray" color="0" transform="1 0 0 1 10 20">
                <moveto x="50" y="0"/>
                <lineto x="50" y="80"/>
            </stroke_path>
            <stroke_path linewidth=".5" colorspace="DeviceGray" color="0" transform="1 0 0 1 0 0">
                <moveto x="0" y="0"/>
                <lineto x="30" y="40"/>
            </stroke_path>
            """;
        var page = ParseOne(body);
        Assert.Equal(2, page.Rulings.Length);
        Assert.Contains(new Ruling(10, 20, 110, 20, 0.5), page.Rulings);
        Assert.Contains(new Ruling(60, 20, 60, 100, 0.5), page.Rulings);
    }

    [Fact]
    public void Thin_filled_rectangles_are_rulings_and_thick_ones_are_filled_rects()
    {
        var body = """
            <fill_path winding="nonzero" colorspace="DeviceGray" color="0" transform="1 0 0 1 0 0">
                <moveto x="10" y="100"/>
                <lineto x="210" y="100"/>
                <lineto x="210" y="100.5"/>
                <lineto x="10" y="100.5"/>
                <closepath/>
            </fill_path>
            <fill_path winding="nonzero" colorspace="DeviceRGB" color=".8 .8 .8" transform="1 0 0 1 0 0">
                <moveto x="10" y="200"/>
                <lineto x="210" y="200"/>
                <lineto x="210" y="220"/>
                <lineto x="10" y="220"/>
                <closepath/>
            </fill_path>
            """;
        var page = ParseOne(body);
        var ruling = Assert.Single(page.Rulings);
        Assert.True(ruling.IsHorizontal);
        Assert.Equal(100.25, ruling.Y0, 3);
        Assert.Equal(200, ruling.Length, 3);
        var rect = Assert.Single(page.FilledRects);
        Assert.False(rect.IsWhite);
        Assert.Equal(20, rect.Box.Height, 3);
    }

    [Fact]
    public void A_stroked_rectangle_outline_counts_as_four_rulings()
    {
        var body = """
            <stroke_path linewidth="1" colorspace="DeviceGray" color="0" transform="1 0 0 1 0 0">
                <moveto x="10" y="10"/>
                <lineto x="110" y="10"/>
                <lineto x="110" y="60"/>
                <lineto x="10" y="60"/>
                <closepath/>
            </stroke_path>
            """;
        var page = ParseOne(body);
        Assert.Equal(4, page.Rulings.Length);
        Assert.Equal(2, page.Rulings.Count(r => r.IsHorizontal));
        Assert.Equal(2, page.Rulings.Count(r => r.IsVertical));
    }

    [Fact]
    public void White_strokes_and_white_fills_are_not_rulings()
    {
        var body = """
            <stroke_path linewidth="1" colorspace="DeviceGray" color="1" transform="1 0 0 1 0 0">
                <moveto x="10" y="10"/>
                <lineto x="110" y="10"/>
            </stroke_path>
            <fill_path winding="nonzero" colorspace="DeviceRGB" color="1 1 1" transform="1 0 0 1 0 0">
                <moveto x="10" y="100"/>
                <lineto x="210" y="100"/>
                <lineto x="210" y="100.5"/>
                <lineto x="10" y="100.5"/>
                <closepath/>
            </fill_path>
            """;
        var page = ParseOne(body);
        Assert.Empty(page.Rulings);
        Assert.All(page.FilledRects, r => Assert.True(r.IsWhite));
    }

    [Fact]
    public void Images_get_their_placed_box()
    {
        var page = ParseOne("""<fill_image alpha="1" width="2480" height="3508" transform="600 0 0 800 0 0"/>""");
        var image = Assert.Single(page.Images);
        Assert.Equal(600, image.Width, 3);
        Assert.True(page.LooksScanned);
    }

    [Fact]
    public void Trace_cut_off_mid_page_keeps_the_page_and_says_it_is_incomplete()
    {
        var trace = "<document>\n<page mediabox=\"0 0 600 800\">\n" + TwoGlyphs;
        var pages = new TraceParser(new PdfReadOptions()).Parse(new StringReader(trace), [3], ImmutableDictionary<int, int>.Empty).ToList();
        var page = Assert.Single(pages);
        Assert.Equal(3, page.Number);
        Assert.Equal(2, page.Glyphs.Length);
        Assert.Contains(page.Diagnostics, d => d.Code == "page-incomplete");
    }

    // 省法院2018 p18: a chart's data label clipped to its box; the characters left of the box are not on the page.
    private const string ClippedLabel = """
        <clip_path winding="eofill" transform="1 0 0 1 100 200">
            <moveto x="0" y="-10"/>
            <lineto x="60" y="-10"/>
            <lineto x="60" y="5"/>
            <lineto x="0" y="5"/>
            <closepath/>
        </clip_path>
            <fill_text colorspace="DeviceGray" color="0" transform="1 0 0 1 100 200">
                <span font="ABCDEF+SimSun" wmode="0" bidi="0" trm="10 0 0 -10">
                    <g unicode="项" glyph="1" x="-23" y="0" adv="1"/>
                    <g unicode="目" glyph="2" x="-13" y="0" adv="1"/>
                    <g unicode="支" glyph="3" x="-3" y="0" adv="1"/>
                    <g unicode="出" glyph="4" x="7" y="0" adv="1"/>
                </span>
            </fill_text>
            <stroke_path linewidth="1" colorspace="DeviceGray" color="0" transform="1 0 0 1 0 0">
                <moveto x="300" y="300"/>
                <lineto x="400" y="300"/>
            </stroke_path>
        <pop_clip/>
        <fill_text colorspace="DeviceGray" color="0" transform="1 0 0 1 100 300">
            <span font="ABCDEF+SimSun" wmode="0" bidi="0" trm="10 0 0 -10">
                <g unicode="注" glyph="5" x="-23" y="0" adv="1"/>
            </span>
        </fill_text>
        """;

    [Fact]
    public void Glyphs_and_rulings_wholly_outside_a_clip_path_are_left_out_and_reported()
    {
        var page = ParseOne(ClippedLabel);
        Assert.Equal(["支", "出", "注"], page.Glyphs.Select(g => g.Text));
        Assert.Empty(page.Rulings);
        var clipped = Assert.Single(page.Diagnostics, d => d.Code == "glyphs-clipped");
        Assert.StartsWith("2 glyph(s)", clipped.Message);
    }

    [Fact]
    public void Nested_clips_narrow_the_visible_area_and_pop_clip_restores_it()
    {
        var parts = ClippedLabel.Replace("x=\"-3\"", "x=\"70\"").Split("<pop_clip/>");
        var page = ParseOne($"""
            <clip_path winding="nonzero" transform="1 0 0 1 0 0">
                <moveto x="90" y="0"/>
                <lineto x="600" y="0"/>
                <lineto x="600" y="800"/>
                <lineto x="90" y="800"/>
                <closepath/>
            </clip_path>
            {parts[0]}
            <pop_clip/>
            <pop_clip/>
            {parts[1]}
            """);
        // 支 moved right of the label's box is hidden by the inner clip; 注, left of the outer clip, shows after both pops.
        Assert.Equal(["出", "注"], page.Glyphs.Select(g => g.Text));
    }
}
