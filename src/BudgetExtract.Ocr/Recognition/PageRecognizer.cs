using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BudgetExtract.Diagnostics;
using BudgetExtract.Geometry;
using BudgetExtract.Ocr.Imaging;
using BudgetExtract.Ocr.Recognition.Lexicon;
using BudgetExtract.Pdf.Model;
using static BudgetExtract.Ocr.Recognition.OcrText;

namespace BudgetExtract.Ocr.Recognition;

/// <summary>
/// OCR of one rendered page: binarize, deskew, find rulings and table grids, read every grid cell on its own
/// with the rulings removed (Tesseract on a whole ruled page loses most numbers), read the rest of the page
/// as a page, re-read numbers with a digits-only reader, and flag readings that are not trustworthy.
/// </summary>
public sealed partial class PageRecognizer(OcrOptions options)
{
    private readonly OcrLexicon? _lexicon = options.UseLexicon ? OcrLexicon.Default : null;
    private readonly StrokeContext? _strokes = options.UseLexicon ? StrokeContext.Default : null;

    /// <param name="image">The page rendered at <see cref="OcrOptions.Dpi"/>.</param>
    /// <param name="pageWidth">Page width in points (the image spans the whole page).</param>
    public OcrPage Recognize(GrayImage image, double pageWidth, ReaderPair readers)
    {
        var scale = pageWidth / image.Width;
        // Judged on the rendering before deskewing: rotating interpolates new gray levels into any page.
        var bilevel = image.LooksBilevel();
        var bits = Binarizer.Binarize(image);
        var skew = Skew.Estimate(bits, options.MaxSkewDegrees);
        var gray = image;
        if (Math.Abs(skew) >= 0.05 && Math.Abs(skew) <= options.MaxSkewDegrees)
        {
            gray = Skew.Deskew(image, skew);
            bits = Binarizer.Binarize(gray);
        }
        else skew = 0;

        var lines = LineFinder.Find(bits);
        var grids = GridBuilder.Build(lines);
        var mask = WithoutLines(bits, lines);

        var readings = new List<Reading>();
        var cells = 0;
        foreach (var grid in grids)
        {
            var read = new List<(OrdinalHeadings.Cell Cell, int Reading)>();
            foreach (var cell in grid.Cells)
            {
                cells++;
                if (InkRegion.From(mask, new PixelBox(cell.X0 + 2, cell.Y0 + 2, cell.X1 - 2, cell.Y1 - 2), options.MinSpecklePixels) is not { } region)
                    continue;
                foreach (var reading in ReadRegion(region, readers, gray, bilevel))
                {
                    read.Add((new(cell, Compact(reading.Text)), readings.Count));
                    readings.Add(reading);
                }
            }
            foreach (var (index, text) in OrdinalHeadings.Correct([.. read.Select(r => r.Cell)]))
                readings[read[index].Reading] = Renumbered(readings[read[index].Reading], text);
            foreach (var (index, text) in BracketedOrdinals.Correct([.. read.Select(r => r.Cell)]))
                readings[read[index].Reading] = ItemRenumbered(readings[read[index].Reading], text, text.IndexOfAny(['）', ')']) + 1);
            foreach (var (index, text) in NumberedItems.Correct([.. read.Select(r => r.Cell)]))
                readings[read[index].Reading] = ItemRenumbered(readings[read[index].Reading], text, 2);
        }

        foreach (var grid in grids) Clear(mask, grid.Bounds);
        // A page without a ruled grid may hold an unruled (or three-line) table: read chunk by chunk, not as a page.
        var chunked = grids.Count == 0 ? ReadUnruled(mask, readers, gray, bilevel) : null;
        readings.AddRange(chunked ?? ReadRest(mask, readers, gray, bilevel));
        if (bilevel && _strokes is not null)
        {
            // Black-and-white pages lose thin strokes (项日 for 项目): the characters beside them decide.
            for (var i = 0; i < readings.Count; i++) readings[i] = WithStrokesPutBack(readings[i], _strokes);
        }

        var glyphs = ImmutableArray.CreateBuilder<Glyph>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var textLines = Lines([.. readings.SelectMany(r => r.Words)]);
        // Pages read chunk by chunk go to the unruled table stage, which measures its gaps in ems: their lines get the
        // printed type's em, measured on the ink, instead of the reader's loose boxes.
        var printed = chunked is not null
            ? PrintedLines.Measure(WithoutSpecks(mask), [.. textLines.Select(l => new PrintedLines.Line(MeasuredBox(l.Top, l.Bottom, l.Words), Join(l.Words)))])
            : null;
        for (var i = 0; i < textLines.Count; i++)
        {
            var line = textLines[i];
            var (top, bottom, size) = printed?[i] is { } p
                ? ((int)Math.Round(p.Top), (int)Math.Round(p.Bottom), p.Size)
                : (line.Top, line.Bottom, line.Size);
            var ordered = InReadingOrder(line.Words).ToList();
            for (var k = 0; k < ordered.Count; k++)
                AddGlyphs(glyphs, ordered[k] with { Box = new PixelBox(ordered[k].Box.X0, top, ordered[k].Box.X1, bottom) }, size * scale, scale,
                    widenStart: chunked is not null && k == 0, widenEnd: chunked is not null && k == ordered.Count - 1);
        }
        foreach (var reading in readings)
        {
            if (reading.Problem is { } problem)
                diagnostics.Add(LowConfidenceDiagnostic.Create(reading.Text, ToPoints(reading.Box, scale), problem));
            if (reading.ReadAs is { } read)
                diagnostics.Add(LexiconDiagnostic.Create(read, reading.Text, ToPoints(reading.Box, scale), reading.CorrectedBy));
        }
        var rulings = lines.Select(l => ToRuling(l, scale)).ToImmutableArray();
        return new OcrPage(glyphs.ToImmutable(), rulings, skew, cells, diagnostics.ToImmutable());
    }

    /// <summary>The page's ink without specks (a speck beside a line would make its ink look taller).</summary>
    private BitImage WithoutSpecks(BitImage mask)
    {
        var clean = new BitImage(mask.Width, mask.Height);
        if (InkRegion.From(mask, new PixelBox(0, 0, mask.Width, mask.Height), options.MinSpecklePixels) is not { } page) return clean;
        var image = page.Image;
        for (var y = 0; y < page.Bounds.Y1 - page.Bounds.Y0; y++)
        for (var x = 0; x < page.Bounds.X1 - page.Bounds.X0; x++)
            if (image.Pixels[(y + InkRegion.Padding) * image.Width + x + InkRegion.Padding] < 128)
                clean.Ink[(y + page.Bounds.Y0) * clean.Width + x + page.Bounds.X0] = true;
        return clean;
    }

    /// <summary>Where a line's ink is looked for: its words' box, a little taller (a reader's box may clip the ink).</summary>
    private static PixelBox MeasuredBox(int top, int bottom, IReadOnlyList<OcrWord> words) =>
        new(words.Min(w => w.Box.X0), top - 2, words.Max(w => w.Box.X1), bottom + 2);

    /// <summary>
    /// A cell of this many text lines or more is a paragraph (a 年度目标 description), read once on black-and-white
    /// pages. Measured on the development scans: 4 keeps every cell that was exact; 3 lost one of them.
    /// </summary>
    internal const int ParagraphLines = 4;

    /// <summary>A lone Chinese character's ink narrower than this share of its height is a digit's (0: about 0.55; a
    /// Chinese character is about as wide as high).</summary>
    private const double NarrowLoneCharacter = 0.75;

    /// <summary>Text cells read with a lower mean confidence are read again from the gray pixels.</summary>
    private const float GrayRereadBelow = 80;

    /// <summary>One cell or one free-standing word: the words to draw, why it is doubtful (null when fine), and
    /// what OCR read when the lexicon corrected it (null when not).</summary>
    private sealed record Reading(string Text, PixelBox Box, IReadOnlyList<OcrWord> Words, string? Problem, string? ReadAs = null,
        string CorrectedBy = "budget lexicon");

    /// <param name="bilevel">The page is a black-and-white scan: text is read from smoothed pixels too, by majority.</param>
    private IEnumerable<Reading> ReadRegion(InkRegion region, ReaderPair readers, GrayImage gray, bool bilevel)
    {
        if (region.Image.Width <= 4 * InkRegion.Padding && region.Image.Height <= 4 * InkRegion.Padding)
        {
            // Small ink: a lone hyphen is a cell's value ("-", nothing budgeted); any other speck or dot is left out.
            if (IsHyphen(region.Bounds, bilevel))
                yield return new Reading("-", region.Bounds, [new OcrWord("-", region.Bounds, 100, region.Bounds)], null);
            yield break;
        }
        IReadOnlyList<OcrWord> words;
        Func<PixelBox, PixelBox> toPage = region.ToPage;
        if (bilevel && region.Lines >= ParagraphLines)
        {
            // A paragraph on a black-and-white page: read once, from the thickened and blurred gray pixels. Five
            // readings of a paragraph never agree to the character, so the majority reading cannot settle it, and
            // they took half the CPU of a dense 1-bit page (docs/ocr.md, "Bracketed units, signs, headings").
            words = readers.Text.Read(region.GrayAround(gray).Pad(InkRegion.Padding).Thicken().Blur(), ReadMode.Block);
            toPage = region.GrayToPage;
        }
        else words = readers.Text.Read(region.Image, region.Lines == 1 ? ReadMode.Line : ReadMode.Block);
        var readOnlySmoothed = false;
        if (words.Count == 0)
        {
            toPage = region.ToPage;
            // Tesseract sometimes returns nothing for a clean line: try it as a block, then on the gray pixels.
            words = readers.Text.Read(region.Image, ReadMode.Block);
            if (words.Count == 0)
            {
                words = readers.Text.Read(region.GrayAround(gray).Pad(InkRegion.Padding), ReadMode.Block);
                toPage = region.GrayToPage;
            }
            // On a black-and-white page the smoothed gray pixels, as for the majority reading (3家, 金额, 三级指标 were
            // read from none of the above on 1-bit scans and left empty).
            if (words.Count == 0 && bilevel)
                foreach (var (image, factor) in BilevelText.Smoothed(region.GrayAround(gray).Pad(InkRegion.Padding)))
                    if (readers.Text.Read(image, region.Lines == 1 ? ReadMode.Line : ReadMode.Block) is { Count: > 0 } smoothed)
                    {
                        (words, readOnlySmoothed) = (BilevelText.Unscaled(smoothed, factor), true);
                        break;
                    }
        }
        if (words.Count == 0)
        {
            yield return new Reading("", region.Bounds, [], "no text recognized in an inked cell");
            yield break;
        }
        IReadOnlyList<OcrWord>? grayWords = null;
        IReadOnlyList<OcrWord> GrayWords() => grayWords ??= readers.Text.Read(
            region.GrayAround(gray).Blur().Pad(InkRegion.Padding), region.Lines == 1 ? ReadMode.Line : ReadMode.Block);
        var fromMask = toPage == region.ToPage;
        // On black-and-white pages the second reading the lexicon may use is the runner-up of five (null: all agreed).
        BilevelText.Candidate? runner = null;
        var byMajority = false;
        // What the majority reading said before the character vote changed it (null: unchanged).
        string? votedFrom = null;
        if (fromMask && bilevel && !LooksLikeBareNumber(Join(words)))
        {
            // Black-and-white scan: the mask and four smoothed versions of the gray pixels are read, and the reading
            // most of them give is kept — their strokes are broken differently, so agreement is the best evidence.
            (var chosen, runner, votedFrom) = ReadByMajority(words, region, gray, readers, region.Lines == 1 ? ReadMode.Line : ReadMode.Block);
            (words, toPage, byMajority) = (chosen.Words, chosen.ToPage, true);
        }
        else if (fromMask && words.Average(w => w.Confidence) < GrayRereadBelow && !LooksLikeBareNumber(Join(words)))
        {
            // Doubtful text: read the deskewed gray pixels too (thresholded noisy scans break Chinese strokes
            // apart) and keep whichever reading Tesseract is surer of. Numbers have their own re-reads below.
            if (GrayWords() is { Count: > 0 } surer && surer.Average(w => w.Confidence) > words.Average(w => w.Confidence))
            {
                words = surer;
                toPage = region.GrayToPage;
            }
        }
        words = Repaired(PhantomWords.Without(words, toPage, region));
        var text = Join(words);
        string? readAs = null;
        var correctedBy = "budget lexicon";
        bool DigitsSeePercent()
        {
            var last = toPage(words[^1].Box);
            var crop = gray.Crop(last.X0 - 2, last.Y0 - 2, last.X1 + 2, last.Y1 + 2).Pad(InkRegion.Padding);
            return DigitReading(readers.Digits.Read(crop, ReadMode.Line)).StartsWith('%');
        }
        if (BracketedUnit.RepairPercent([.. words.Select(w => w.Text)], DigitsSeePercent) is { } percent)
        {
            // 0.50(吵 where 0.50(%) is printed: the half-width % and its closing bracket read as one character.
            (readAs, correctedBy) = (text, "a bracketed % read as a character");
            words = [.. words.Select((w, i) => w with { Text = percent[i] })];
            text = Join(words);
        }
        // Word boxes of a gray re-read lie one pixel off the mask's (its crop starts a pixel further out): close enough here.
        if (region.Lines == 1 && ComparisonGlyph.MayStartWithSign(Compact(text))
            && ComparisonGlyph.Classify(region.Image, words[0].Box.X0, words[0].Box.Y0, words[0].Box.X1, words[0].Box.Y1) is { } glyphSign)
        {
            // 委369万元 where ≤369万元 is printed: the first glyph's ink is a comparison sign.
            (readAs, correctedBy) = (text, "comparison sign from the glyph's ink");
            var rest = words[0].Text.TrimStart()[1..];
            words = rest.Length > 0 || words.Count == 1
                ? [words[0] with { Text = glyphSign + rest }, .. words.Skip(1)]
                // The sign was read as a word of its own: it is printed against its number (≤369万元).
                : [words[1] with { Text = glyphSign + words[1].Text, Box = words[0].Box.Union(words[1].Box) }, .. words.Skip(2)];
            text = Join(words);
        }
        var pageWords = words.Select(w => w with { Box = toPage(w.Box), Line = toPage(w.Line) }).ToList();
        if (region.Lines == 1 && readAs is null && ComparisonGlyph.MayHaveDroppedSign(Compact(text))
            && ComparisonGlyph.Classify(region.Image, 0, 0, region.Image.Width, region.Image.Height) is { } droppedSign)
        {
            // 1次 read where ≥1次 is printed: chi_sim's word covers the sign's ink but its text leaves the sign out.
            (readAs, correctedBy) = (text, "comparison sign from the glyph's ink");
            words = [words[0] with { Text = droppedSign + words[0].Text.TrimStart() }, .. words.Skip(1)];
            text = Join(words);
            pageWords[0] = pageWords[0] with { Text = words[0].Text };
        }
        if (bilevel && region.Lines == 1 && readAs is null && BoundSeenInPagePixels(region, readers, gray, text, words.Min(w => w.Confidence)) is { } pixelBound)
        {
            yield return pixelBound;
            yield break;
        }
        var withUnit = BracketedUnit.IsValueWithUnit(text);
        if (region.Lines == 1 && !withUnit && NumberText.SplitComparison(text) is ({ } readSign, { } bound)
            && ConfirmedSign(readSign, words[0].Box, region, gray, toPage) is { } sign)
        {
            // A target such as ≥90%: the digit readers have no ≥ and see it as a 2 (2900); the bound is read as a
            // number and the sign kept.
            yield return ReadNumber(region, readers, gray, bound, pageWords, sign: sign, bilevel: bilevel);
            yield break;
        }
        if (region.Lines == 1 && !withUnit && (NumberText.LooksNumeric(text) || NumberText.IsNumberWithStrayCharacter(text)))
        {
            // chi_sim may drop a ≥ altogether (90% read where ≥90% is printed) while the digit readers make it a 2
            // (290%): a percentage with unread ink about a character wide before it is checked for that below.
            var unreadSign = text.EndsWith('%') && pageWords[0].Box.X0 - region.Bounds.X0 >= 0.5 * region.Bounds.Height;
            yield return ReadNumber(region, readers, gray, text, pageWords, unreadSign: unreadSign, bilevel: bilevel);
            yield break;
        }
        if (_lexicon is not null && !_lexicon.Contains(Compact(text)) && !text.Any(char.IsDigit))
        {
            // Not budget vocabulary as read: a second look at the gray pixels that reads a lexicon term outright,
            // a few characters from the first reading, is taken (a term read outright far from the first reading —
            // 二级指标 for -.级指标 where 三级指标 is printed — is not); otherwise the nearest term, conservatively,
            // for either reading.
            var other = byMajority ? (runner is null ? [] : Repaired(runner.Words))
                : toPage == region.ToPage ? Repaired(GrayWords()) : [];
            var otherToPage = runner?.ToPage ?? region.GrayToPage;
            // On black-and-white pages a character read surely may still be one that lost strokes (数虽指标 for 数量指标, three
            // readings agreeing): real budget text may overrule the confidence there.
            Func<char, char, int>? pairs = bilevel && _strokes is { } strokes ? strokes.PairCount : null;
            if (other.Count > 0 && _lexicon.Contains(Compact(Join(other))) && OcrLexicon.Near(Compact(text), Compact(Join(other))))
                (words, toPage) = (other, otherToPage);
            else if (LexiconCorrector.Correct(_lexicon, words, pairs) is { } corrected)
                (readAs, words) = (text, corrected);
            else if (other.Count > 0 && LexiconCorrector.Correct(_lexicon, other, pairs) is { } otherCorrected)
                (readAs, words, toPage) = (Join(other), otherCorrected, otherToPage);
            text = Join(words);
            pageWords = [.. words.Select(w => w with { Box = toPage(w.Box), Line = toPage(w.Line) })];
        }
        if (region.Lines == 1 && LeadingOne.MayBe(Compact(text)) && DigitReading(readers.Digits.Read(region.Image, ReadMode.Line)).StartsWith('1'))
        {
            // ]批 where 1批 is printed, and the digit reader sees the 1.
            (readAs, correctedBy) = (readAs ?? text, "a 1 read as a mark (the digit reader sees 1)");
            words = [.. LeadingOne.Repaired(words)];
            text = Join(words);
            pageWords = [.. words.Select(w => w with { Box = toPage(w.Box), Line = toPage(w.Line) })];
        }
        var confidence = words.Min(w => w.Confidence);
        var problem = confidence < options.MinTextConfidence ? $"confidence {confidence:0}"
            // Bare punctuation other than dashes ("()" where 0 is printed) says nothing a cell would: doubtful.
            : !text.Any(char.IsLetterOrDigit) && text.Any(c => !char.IsWhiteSpace(c) && c is not ('-' or '—' or '–' or '－')) ? "only punctuation read"
            : readOnlySmoothed ? "read from the smoothed pixels only"
            : null;
        // A reading in a one-line cell may be a number the text reader turned into characters (0 → 人,
        // 8.31 → 8. 计, 45 → 二5, 51 → 3E, 0 → ()): when the digits-only reader sees a number there, say so —
        // at any confidence for a lone character or a reading without Chinese (Latin text is rare in these
        // tables), confidently for other short readings.
        var noChinese = !text.Any(Han.IsIdeograph);
        if (problem is null && region.Lines == 1 && !withUnit && (NumberText.MayBeMisreadNumber(text) || noChinese && text.Length <= 12)
            && readers.Digits.Read(region.Image, ReadMode.Line) is { Count: > 0 } digits
            && (text.Trim().Length == 1 || noChinese || digits.Min(d => d.Confidence) >= options.MinTextConfidence)
            && DigitReading(digits) is var number
            && number.Any(char.IsAsciiDigit) && NumberText.IsWellFormed(number) && number != NumberText.Normalize(text))
            problem = $"a digits-only reading says '{number}'";
        if (problem is null && region.Lines == 1 && Compact(text) is { Length: 1 } lone && Han.IsIdeograph(lone[0])
            && region.Bounds.Width < NarrowLoneCharacter * region.Bounds.Height)
            // A lone Chinese character whose ink is as narrow as a digit: 0 read 人 on a 1-bit scan where the digit
            // reader saw no number either (held-out 1-bit 200 dpi scan of seed 000 p6-7, twice, unflagged).
            problem = "a lone character as narrow as a digit";
        if (problem is null && withUnit && BracketedUnit.NumberOf(text) is { } unitNumber
            && DigitReading(readers.Digits.Read(region.Image, ReadMode.Line)) is var unitDigits
            && !unitDigits.Contains(NumberText.RepairSeparators(NumberText.Normalize(unitNumber)), StringComparison.Ordinal))
            // The number before the unit is read by the text reader alone: the digit reader must see it too.
            problem = $"a digits-only reading says '{unitDigits}'";
        if (votedFrom is not null)
            (readAs, correctedBy) = (votedFrom, readAs is null ? CharacterVoteBy : $"{CharacterVoteBy}, then {correctedBy}");
        yield return new Reading(text, region.Bounds, pageWords, problem, readAs, correctedBy);
    }

    private const string CharacterVoteBy = "the other readings and the characters beside them (budget text)";

    /// <summary>
    /// Black-and-white scan: the mask's reading and those of smoothed versions of the gray pixels; the reading most of
    /// them give is kept, with the surest other one — their strokes are broken differently, so agreement is the best
    /// evidence. Two agreeing settle it before all are read.
    /// </summary>
    private (BilevelText.Candidate Chosen, BilevelText.Candidate? Runner, string? VotedFrom) ReadByMajority(IReadOnlyList<OcrWord> maskWords,
        InkRegion region, GrayImage gray, ReaderPair readers, ReadMode mode, bool vote = true)
    {
        List<BilevelText.Candidate> candidates = [new(maskWords, region.ToPage)];
        var crop = region.GrayAround(gray).Pad(InkRegion.Padding);
        using var versions = BilevelText.Smoothed(crop).GetEnumerator();
        bool ReadNext(List<BilevelText.Candidate> into)
        {
            if (!versions.MoveNext()) return false;
            var (image, factor) = versions.Current;
            if (readers.Text.Read(image, mode) is { Count: > 0 } read)
                into.Add(new(BilevelText.Unscaled(read, factor), region.GrayToPage));
            return true;
        }
        while (!BilevelText.Settled(candidates, Key) && ReadNext(candidates)) { }
        var (chosen, runner) = BilevelText.Choose(candidates, Key);
        if (!vote || _strokes is null) return (chosen, runner, null);
        // Characters other readings got right where the kept one is wrong, as real budget text decides (应几率 → 应用率).
        var voted = CharacterVoteCorrector.Correct(_strokes, chosen.Words, [.. candidates.Select(c => c.Words)]);
        bool StillUnseen() => CharacterVote.HasUnseenCharacter(Compact(Join(voted ?? chosen.Words)), _strokes.PairCount);
        if (StillUnseen())
        {
            // A character still stands beside its neighbours as in no real budget text (指标解冬): the versions a settled
            // cell was not read from are read too, for the vote only — the kept reading stays the majority's.
            List<BilevelText.Candidate> more = [.. candidates];
            while (ReadNext(more)) { }
            if (more.Count > candidates.Count)
                voted = CharacterVoteCorrector.Correct(_strokes, chosen.Words, [.. more.Select(c => c.Words)]);
            // Still a character never written beside its neighbours: versions smoothed other ways, read for the vote
            // alone, one at a time until none is left (指标仁 where 指标值 is printed: only the row-closed version reads 值).
            foreach (var (image, factor) in BilevelText.ForTheVote(crop))
            {
                if (!StillUnseen()) break;
                if (readers.Text.Read(image, mode) is not { Count: > 0 } read) continue;
                more.Add(new(BilevelText.Unscaled(read, factor), region.GrayToPage));
                voted = CharacterVoteCorrector.Correct(_strokes, chosen.Words, [.. more.Select(c => c.Words)]);
            }
        }
        return voted is null ? (chosen, runner, null) : (chosen with { Words = voted }, runner, Join(chosen.Words));

        static string Key(IReadOnlyList<OcrWord> w) => Compact(Join(Repaired(w)));
    }

    /// <summary>Digits and separators without a bracketed unit after them (&gt;0.70(0》 has one, misread): left to the digit readers.</summary>
    private static bool LooksLikeBareNumber(string text) => NumberText.LooksNumeric(text) && !BracketedUnit.HasBracketAfterNumber(text);

    /// <summary>A heading N级指标 given the numeral its row's numbering says (<see cref="OrdinalHeadings"/>), reported as a correction.</summary>
    /// <summary>A cell given the item number the items above and below it say (<see cref="BracketedOrdinals"/>,
    /// <see cref="NumberedItems"/>; the number is the first <paramref name="numberLength"/> characters of the text): the words
    /// the read number spans become one word of the new number, the rest of the text kept; reported as a correction.</summary>
    private static Reading ItemRenumbered(Reading reading, string text, int numberLength)
    {
        var read = Compact(reading.Text);
        var number = text[..numberLength];
        var rest = text[number.Length..];
        if (!read.EndsWith(rest, StringComparison.Ordinal)) return reading;
        var prefix = read.Length - rest.Length;
        var words = new List<OcrWord>();
        var consumed = 0;
        foreach (var word in reading.Words)
        {
            var compact = Compact(word.Text);
            if (consumed >= prefix) words.Add(word);
            else if (words.Count == 0)
            {
                // The first word the read number spans carries the new number (and whatever of the text it holds).
                words.Add(word with { Text = number + compact[Math.Min(compact.Length, prefix)..] });
            }
            else
            {
                var kept = compact[Math.Min(compact.Length, prefix - consumed)..];
                words[0] = words[0] with { Box = words[0].Box.Union(word.Box), Text = words[0].Text + kept };
            }
            consumed += compact.Length;
        }
        var renumbered = reading with
        {
            Text = text, Words = words, ReadAs = reading.ReadAs ?? reading.Text, CorrectedBy = "the numbering of the items above and below it",
        };
        return Compact(Join(renumbered.Words)) == text ? renumbered : reading;
    }

    private static Reading Renumbered(Reading reading, string text)
    {
        var first = reading.Words[0];
        var rest = first.Text.TrimStart();
        // The misread numeral is the first character; read as a word of its own (- 级指标), it is that whole word.
        Reading renumbered = reading with
        {
            Text = text,
            Words = [first with { Text = text[0] + rest[1..] }, .. reading.Words.Skip(1)],
            ReadAs = reading.ReadAs ?? reading.Text,
            CorrectedBy = "the numbering of the headings beside it",
        };
        return Compact(Join(renumbered.Words)) == text ? renumbered : reading;
    }

    /// <summary>A reading with the characters whose thin strokes the scan lost put back (<see cref="StrokeContext"/>),
    /// reported as a correction; left as it is when the context changes nothing.</summary>
    private static Reading WithStrokesPutBack(Reading reading, StrokeContext strokes)
    {
        if (Compact(Join(reading.Words)) != Compact(reading.Text) || StrokeContextCorrector.Correct(strokes, reading.Words) is not { } words)
            return reading;
        const string by = "the characters beside it (budget text)";
        return reading with
        {
            Text = Join(words),
            Words = words,
            ReadAs = reading.ReadAs ?? reading.Text,
            CorrectedBy = reading.ReadAs is null ? by : $"{reading.CorrectedBy}, then {by}",
        };
    }

    /// <summary>
    /// The sign read before a number, checked against its first glyph's ink. A minus is checked on the page's pixels,
    /// not the cleaned ink: on 1-bit scans the upper bar of an = may be left as dots smaller than a speck (=100% read
    /// -100%), which the cleaning erases.
    /// </summary>
    private static char? ConfirmedSign(char readSign, PixelBox glyph, InkRegion region, GrayImage gray, Func<PixelBox, PixelBox> toPage)
    {
        if (readSign != '-') return ComparisonGlyph.Confirm(readSign, region.Image, glyph.X0, glyph.Y0, glyph.X1, glyph.Y1);
        var onPage = toPage(glyph);
        return ComparisonGlyph.Confirm(readSign, gray, onPage.X0, onPage.Y0, onPage.X1, onPage.Y1);
    }

    /// <summary>
    /// 所|万元 where ≤1万元 is printed: on a black-and-white page the strokes of a ≥ / ≤ are pieces smaller than a speck,
    /// so the cleaned ink read as one line loses the sign and garbles the count after it. The page's pixels show the
    /// sign; the ink after it, read alone, is the bound: a count with a short unit, or a number the digit readers read
    /// as for any bound. Flagged: a sign put in on the ink's evidence. Null when the first glyph is no sign or what
    /// follows it is neither.
    /// </summary>
    private Reading? BoundSeenInPagePixels(InkRegion region, ReaderPair readers, GrayImage gray, string text, float confidence)
    {
        if (NumberText.SplitComparison(text).Sign is not null || !ComparisonGlyph.MayBeBound(Compact(text))
            || ComparisonGlyph.Find(gray, region.Bounds.X0, region.Bounds.Y0, region.Bounds.X1, region.Bounds.Y1) is not var (sign, signEnd)
            || ReadAfterSign(region, readers, gray, signEnd) is not { Length: > 0 } afterSign)
            return null;
        const string signFromInk = "a comparison sign seen in the page's pixels, the rest read again";
        var whole = region.ToPage(new PixelBox(InkRegion.Padding, InkRegion.Padding, region.Image.Width - InkRegion.Padding, region.Image.Height - InkRegion.Padding));
        var signed = new OcrWord(sign + afterSign, whole, confidence, whole);
        if (!afterSign.Any(Han.IsIdeograph))
        {
            // A bare bound is taken when it is a percentage (绩效 rates: ≥90%) or all readings agree; a % read as digits
            // (≥90% read 9080 by the text reader and the digit reader alike) must not become a number nobody printed.
            var number = ReadNumber(region, readers, gray, afterSign, [signed], sign: sign, bilevel: true);
            return number.Text.EndsWith('%') || number.Problem is null ? number with { Problem = number.Problem ?? signFromInk } : null;
        }
        return ComparisonGlyph.IsCountWithUnit(afterSign) ? new Reading(signed.Text, region.Bounds, [signed], signFromInk, text, signFromInk) : null;
    }

    /// <summary>
    /// The ink right of page column <paramref name="signEnd"/> read as one line, by the majority of the cleaned ink and
    /// its smoothed gray pixels as for any black-and-white cell (repaired, spaces removed; "" when nothing is read).
    /// </summary>
    private static string ReadAfterSign(InkRegion region, ReaderPair readers, GrayImage gray, int signEnd)
    {
        var from = signEnd - region.Bounds.X0 + InkRegion.Padding;
        if (from >= region.Image.Width - InkRegion.Padding) return "";
        List<BilevelText.Candidate> candidates = [];
        if (readers.Text.Read(region.Image.Crop(from, 0, region.Image.Width, region.Image.Height).Pad(InkRegion.Padding), ReadMode.Line) is { Count: > 0 } mask)
            candidates.Add(new(mask, region.ToPage));
        var grayCrop = gray.Crop(signEnd, region.Bounds.Y0 - 1, region.Bounds.X1 + 1, region.Bounds.Y1 + 1).Pad(InkRegion.Padding);
        foreach (var (image, factor) in BilevelText.Smoothed(grayCrop))
        {
            if (candidates.Count > 0 && BilevelText.Settled(candidates, Key)) break;
            if (readers.Text.Read(image, ReadMode.Line) is { Count: > 0 } read)
                candidates.Add(new(BilevelText.Unscaled(read, factor), region.GrayToPage));
        }
        return candidates.Count == 0 ? "" : Key(BilevelText.Choose(candidates, Key).Chosen.Words);

        static string Key(IReadOnlyList<OcrWord> w) => Compact(Join(Repaired(w)));
    }

    /// <summary>A digit reader's words as one number, its separators repaired where the number grammar decides.</summary>
    private static string DigitReading(IEnumerable<OcrWord> digits) =>
        NumberText.RepairSeparators(NumberText.Normalize(string.Concat(digits.Select(d => d.Text))));

    private static List<OcrWord> Repaired(IReadOnlyList<OcrWord> words)
    {
        var repaired = TextRepair.Repair([.. words.Select(w => w.Text)]).ToArray();
        FullWidthOrdinals(words, repaired);
        return [.. words.Select((w, i) => w with { Text = repaired[i] }).Where(w => w.Text.Length > 0)];
    }

    /// <summary>A blank after a bracketed ordinal this share of the text's height or wider is the right half of a full-width ）.</summary>
    private const double FullWidthBracketGap = 0.3;

    /// <summary>
    /// A bracketed Chinese ordinal — (一) 一般公共预算, 《七) 卫生健康支出 as read — followed by Chinese text after a blank of
    /// ≥ 0.3 of the text's height is full-width, （一）: a full-width ） holds half an em of blank at its right, an ASCII )
    /// next to nothing, so (一)一般 as printed in other documents stays. Session 12: the gray 150 dpi scan of seed 003's
    /// 财政拨款收支总表 read all its （一）… headings (...) with ASCII brackets; chi_sim reads （ as ( or 《.
    /// </summary>
    internal static void FullWidthOrdinals(IReadOnlyList<OcrWord> words, string[] texts)
    {
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (texts[k].Length == 0 || texts[k][^1] is not (')' or '）') || texts[k + 1].Length == 0 || !Han.IsIdeograph(texts[k + 1][0])) continue;
            var height = Math.Max(words[k].Box.Height, words[k + 1].Box.Height);
            if (words[k + 1].Box.X0 - words[k].Box.X1 < FullWidthBracketGap * height) continue;
            for (var j = k; j >= Math.Max(0, k - 2); j--)
            {
                var span = string.Concat(texts[j..(k + 1)]);
                if (!OrdinalInBrackets().IsMatch(span)) continue;
                var first = texts[j].IndexOfAny(['(', '（', '《', '〈']);
                texts[j] = texts[j][..first] + "（" + texts[j][(first + 1)..];
                texts[k] = texts[k][..^1] + "）";
                break;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[(（《〈]\s*[一二三四五六七八九十廿]{1,3}\s*[)）]$")]
    private static partial System.Text.RegularExpressions.Regex OrdinalInBrackets();


    /// <summary>Re-reads a number with digits and separators only; doubt when the readings disagree or the number is malformed.</summary>
    /// <param name="sign">A comparison sign read before the number (≥ ≤): the digit readers' 2 for it is dropped and the sign kept.</param>
    /// <param name="unreadSign">The text reader left ink before the number unread: a digit reading of 2 + the text reading is ≥ + it.</param>
    /// <param name="bilevel">A black-and-white page: a fifth reading from thickened, blurred gray pixels.</param>
    private Reading ReadNumber(InkRegion region, ReaderPair readers, GrayImage gray, string firstText, List<OcrWord> firstWords, PixelBox? line = null,
        char? sign = null, bool unreadSign = false, bool bilevel = false)
    {
        var digits = readers.Digits.Read(region.Image, ReadMode.Line);
        var firstNumber = NumberText.RepairSeparators(NumberText.Normalize(firstText));
        var digitText = DigitReading(digits);
        if (digitText.Length == 0) digitText = firstNumber;
        // A third, independent look: the same ink smoothed at two-thirds size. Confident misreadings of a noisy
        // glyph (5 as 3) rarely survive a change of scale, so disagreement exposes them.
        var second = readers.Digits.Read(region.Image.Downscale(2.0 / 3), ReadMode.Line);
        var secondText = DigitReading(second);
        // A fourth: the deskewed gray pixels (unthresholded), where ragged black-and-white strokes are smoother.
        var grayCrop = region.GrayAround(gray).Pad(InkRegion.Padding);
        var grayText = DigitReading(readers.Digits.Read(grayCrop, ReadMode.Line));
        // A fifth on black-and-white pages: the gray pixels with the ink thickened by a pixel and blurred, which
        // closes the breaks that make a thresholded 5 look like a 3 (committed 1-bit scan: 104 → 106 of 112 exact).
        var thickText = bilevel ? DigitReading(readers.Digits.Read(grayCrop.Thicken().Blur(), ReadMode.Line)) : null;
        var confidence = digits.Count == 0 ? 0 : digits.Min(d => d.Confidence);
        var firstConfidence = firstWords.Min(w => w.Confidence);
        if (unreadSign && NumberText.IsWellFormed(firstNumber) && digitText == "2" + firstNumber)
            sign = '≥';
        // A ≤ / ≥ read as a character (<和100 where ≤100 is printed) or as a 2 by some readings only (2200 beside 200
        // where ≥200 is printed): on a black-and-white page the first glyph's ink, seen in the page's pixels, decides.
        var signSeen = false;
        if (sign is null && bilevel && NumberText.MayHaveReadSign(firstNumber, [digitText, secondText, grayText, thickText ?? ""])
            && ComparisonGlyph.Find(gray, region.Bounds.X0, region.Bounds.Y0, region.Bounds.X1, region.Bounds.Y1) is var (seen, _))
            (sign, signSeen) = (seen, true);
        if (sign is not null)
        {
            var s = sign.Value;
            (digitText, secondText, grayText) = (NumberText.WithoutSignGlyph(digitText, s), NumberText.WithoutSignGlyph(secondText, s), NumberText.WithoutSignGlyph(grayText, s));
            if (thickText is not null) thickText = NumberText.WithoutSignGlyph(thickText, s);
        }
        // The value is the reading most of the four (five) agree on (well-formed ones first; ties go to the plain digit read).
        string[] readings = thickText is null ? [digitText, grayText, secondText, firstNumber] : [digitText, grayText, secondText, firstNumber, thickText];
        // A reading of a percentage's digits with its % read as digits (900, 906 where 90% is printed) counts for
        // the percentage. It only moves the value among readings that differ, so the cell stays flagged.
        var votes = readings;
        if (readings.Where(r => r.EndsWith('%') && NumberText.IsWellFormed(r)).GroupBy(r => r).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key is { } percent)
            votes = [.. readings.Select(r => NumberText.IsPercentReadAsDigits(r, percent) ? percent : r)];
        var value = votes.Where(r => r.Length > 0)
            .GroupBy(r => r)
            .OrderByDescending(g => NumberText.IsWellFormed(g.Key))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => Array.IndexOf(votes, g.Key))
            .First().Key;
        // Black-and-white page: a 5 whose top bar thresholding erased is read 3 by some readings, never the reverse.
        if (bilevel) value = NumberText.WithLostBarsRestored(value, readings);
        string? problem = null;
        if (readings.Any(r => r != value))
            problem = $"readings differ: '{firstNumber}' / '{digitText}' / '{secondText}' / '{grayText}'{(thickText is null ? "" : $" / '{thickText}'")}";
        else if (!NumberText.IsWellFormed(value))
            problem = "not a well-formed number";
        else if (Math.Max(confidence, firstConfidence) < options.MinNumberConfidence)
            problem = $"confidence {Math.Max(confidence, firstConfidence):0}";
        if (signSeen) problem ??= "a comparison sign seen in the page's pixels";
        if (sign is null && NumberText.WithoutEqualsGlyph(value, readings) is { } bound
            && ComparisonGlyph.Confirm('-', gray, region.Bounds.X0, region.Bounds.Y0, region.Bounds.X1, region.Bounds.Y1) == '=')
        {
            // =100% read -100%, 2100% or 100% (the digit readers have no =): the ink's first glyph is two bars, seen on
            // the page's pixels (1-bit scans leave the upper bar as dots the cleaning erases). Flagged all the same:
            // a sign put in on the ink's evidence.
            (sign, value) = ('=', bound);
            problem ??= "an = read as a digit, a minus or nothing (its ink is two bars)";
        }
        digitText = sign + value;
        // One word over the ink: the number's glyphs are spread over where it is printed.
        var word = new OcrWord(digitText, region.Bounds, Math.Max(confidence, firstConfidence), line ?? region.Bounds);
        return new Reading(digitText, region.Bounds, [word], problem);
    }

    /// <summary>Text outside ruled grids (titles, units, notes, unruled tables): read as a page, numbers re-read.</summary>
    private IEnumerable<Reading> ReadRest(BitImage mask, ReaderPair readers, GrayImage gray, bool bilevel)
    {
        if (InkRegion.From(mask, new PixelBox(0, 0, mask.Width, mask.Height), options.MinSpecklePixels) is not { } page)
            yield break;
        var skip = new HashSet<PixelBox>();
        var read = readers.Text.Read(page.Image, ReadMode.Page);
        foreach (var group in read.GroupBy(w => w.Line))
        {
            var lineBox = page.ToPage(group.Key);
            if (DashedPageNumber(string.Concat(group.Select(w => w.Text))) is { } readNumber)
            {
                // - 11 - read right: kept as the page line it is. As a number, the digit readers of the whole spaced-out
                // line (they read it --) outvoted it and left "- --" at the foot of the page, content that kept the table
                // from being stitched to its continuation (development 1-bit scan of seed 004 p11-12).
                skip.Add(group.Key);
                var sure = group.Min(w => w.Confidence);
                yield return new Reading($"- {readNumber} -", lineBox, [new OcrWord($"- {readNumber} -", lineBox, sure, lineBox)],
                    sure < options.MinNumberConfidence ? $"page number, confidence {sure:0}" : null);
                continue;
            }
            // A page number (- 40 -) whose digits chi_sim read as characters (- 朋 -, -组-) stays content at the
            // foot of the page, where it keeps a table from being stitched to its continuation: re-read with digits.
            if (!PageNumberLike(string.Concat(group.Select(w => w.Text)))) continue;
            if (InkRegion.From(mask, new PixelBox(lineBox.X0 - 2, lineBox.Y0 - 2, lineBox.X1 + 2, lineBox.Y1 + 2), options.MinSpecklePixels) is not { } ink
                || readers.Digits.Read(ink.Image, ReadMode.Line) is not { Count: > 0 } digits
                || PageNumberDigits(string.Concat(digits.Select(d => d.Text))) is not { } number) continue;
            skip.Add(group.Key);
            var confidence = digits.Min(d => d.Confidence);
            yield return new Reading($"- {number} -", ink.Bounds, [new OcrWord($"- {number} -", ink.Bounds, confidence, ink.Bounds)],
                confidence < options.MinNumberConfidence ? $"page number, confidence {confidence:0}" : null);
        }
        // Words as the page read found them, then the lines it skipped, each read on its own (boxes mapped to the page).
        var found = read.Where(w => !skip.Contains(w.Line)).Select(w => w with { Box = page.ToPage(w.Box), Line = page.ToPage(w.Line) });
        foreach (var original in found.Concat(MissedLineWords(page, mask, read, readers, gray, bilevel)))
        {
            var word = original with { Text = TextRepair.FullWidthPunctuation(original.Text) };
            if (word.Text.Length == 0) continue;
            var (box, line) = (word.Box, word.Line);
            if (NumberText.LooksNumeric(word.Text)
                && InkRegion.From(mask, new PixelBox(box.X0 - 2, box.Y0 - 2, box.X1 + 2, box.Y1 + 2), options.MinSpecklePixels) is { } region)
            {
                yield return ReadNumber(region, readers, gray, word.Text, [word], line);
                continue;
            }
            var problem = word.Confidence < options.MinTextConfidence ? $"confidence {word.Confidence:0}" : null;
            yield return new Reading(word.Text, box, [word], problem);
        }
    }

    /// <summary>
    /// A page without ruled grids, read chunk by chunk (<see cref="InkChunks"/>) as the cells of a grid are: each chunk
    /// of ink on its own, numbers re-read. Tesseract's page layout joins the cells of a scanned unruled table across
    /// columns and lines (session 12: 0.16–0.52 adjacency F1 on gray scans of the seeds' unruled renderings).
    /// </summary>
    private List<Reading>? ReadUnruled(BitImage mask, ReaderPair readers, GrayImage gray, bool bilevel)
    {
        if (InkRegion.From(mask, new PixelBox(0, 0, mask.Width, mask.Height), options.MinSpecklePixels) is not { } page)
            return [];
        var image = page.Image;
        var ink = new bool[image.Pixels.Length];
        for (var i = 0; i < ink.Length; i++) ink[i] = image.Pixels[i] < 128;
        var bands = new List<List<Reading>>();
        foreach (var band in InkChunks.Find(ink, image.Width, image.Height).GroupBy(c => c.Band))
        {
            var read = new List<Reading>();
            var regions = band.Select(c => page.ToPage(c.Box))
                .Select(box => InkRegion.From(mask, new PixelBox(box.X0 - 1, box.Y0 - 1, box.X1 + 1, box.Y1 + 1), options.MinSpecklePixels))
                .OfType<InkRegion>().OrderBy(r => r.Bounds.X0).ToList();
            for (var k = 0; k < regions.Count; k++)
            {
                var chunkReadings = ReadRegion(regions[k], readers, gray, bilevel).Select(r => r with { Words = Joined(r.Words) }).ToList();
                if (OrdinalBeforeText(mask, regions, k, readers) is { } ordinal)
                    chunkReadings = [new Reading(ordinal, regions[k].Bounds, [new OcrWord(ordinal, regions[k].Bounds, 90, regions[k].Bounds)], null)];
                read.AddRange(chunkReadings);
            }
            bands.Add(read);
        }
        var readings = new List<Reading>();
        var tabular = 0;
        for (var b = 0; b < bands.Count; b++)
        {
            // Where the chunks of the other bands start: a column's left edge.
            var starts = bands.Where((_, other) => other != b).Select(other => (IReadOnlyList<int>)[.. other.Select(r => r.Box.X0)]).ToList();
            var read = WithBracketsJoined(bands[b], starts);
            // - 5 - cut into three chunks at its spaces: one page line again, or its pieces make a table of their own.
            if (read.Count > 1 && DashedPageNumber(string.Concat(read.Select(r => r.Text))) is { } number)
            {
                var line = new PixelBox(read.Min(r => r.Box.X0), read.Min(r => r.Box.Y0), read.Max(r => r.Box.X1), read.Max(r => r.Box.Y1));
                var problems = read.Select(r => r.Problem).OfType<string>().ToList();
                read = [new Reading($"- {number} -", line, [new OcrWord($"- {number} -", line, read.SelectMany(r => r.Words).Min(w => w.Confidence), line)],
                    problems.Count == 0 ? null : string.Join("; ", problems))];
            }
            if (read.Count > 1 && read.Any(r => NumberText.LooksNumeric(r.Text))) tabular++;
            readings.AddRange(read);
        }
        // Fewer than two bands of several chunks with a number: no table (prose, an imprint line 泉州市商务局 | 2025 年 2 月
        // 27 | 日印发 whose letter-spaced gaps are as wide as a column gap) — null: read as a page, as before.
        return tabular >= MinTabularBands ? readings : null;
    }

    /// <summary>Each chunk cut off the text before it by the blank of its opening bracket joined to that text
    /// (<see cref="UnitChunks"/>): a bracketed unit ((万元)) always, any other text that starts with a bracket ((非 of a
    /// wrapped 信息化新建项目（非 / 政府投资项目）) when it does not start where chunks of other bands start (a column's edge).</summary>
    /// <param name="starts">The left edges of the chunks of each other band.</param>
    private static List<Reading> WithBracketsJoined(List<Reading> read, IReadOnlyList<IReadOnlyList<int>> starts)
    {
        for (var i = 0; i < read.Count; i++)
        {
            if (!UnitChunks.Joins(read[i].Text, read[i].Box, read[i].Words, starts)
                || UnitChunks.Host([.. read.Select(r => (r.Text, r.Box, r.Words))], i) is not { } h) continue;
            var (host, unit) = (read[h], read[i]);
            var problems = new[] { host.Problem, unit.Problem }.OfType<string>().ToList();
            var text = UnitChunks.FullWidth(unit.Text);
            read[h] = host with
            {
                Text = host.Text + text,
                Box = host.Box.Union(unit.Box),
                Words = Joined(UnitChunks.Joined(host.Words, unit.Words, unit.Box)),
                Problem = problems.Count == 0 ? null : string.Join("; ", problems),
                ReadAs = host.ReadAs is null ? null : host.ReadAs + text,
            };
            read.RemoveAt(i);
            i = -1; // indices moved: look again from the start
        }
        return read;
    }

    /// <summary>
    /// The ordinal (一、 二、 十一、) a chunk of about one character holds when it starts the text of the next chunk on its
    /// line, or null. A full-width 、 leaves more than a column gap of blank after its ink, so 一、 of 一、科学技术支出 is a
    /// chunk of its own, and read alone chi_sim reads it as 一~, 5 or _、 (the lone stroke of 一 says nothing); read
    /// together with the text after it, it is read right.
    /// </summary>
    private string? OrdinalBeforeText(BitImage mask, List<InkRegion> regions, int k, ReaderPair readers)
    {
        var (small, next) = (regions[k].Bounds, k + 1 < regions.Count ? regions[k + 1].Bounds : (PixelBox?)null);
        var height = small.Y1 - small.Y0;
        if (next is not { } right || regions[k].Lines != 1 || regions[k + 1].Lines != 1) return null;
        var lineHeight = right.Y1 - right.Y0;
        // About one character and a mark wide, on the same line as the next chunk and at most a line's height before it.
        if (small.X1 - small.X0 > OrdinalWidth * lineHeight || right.X0 - small.X1 > lineHeight
            || Math.Min(small.Y1, right.Y1) - Math.Max(small.Y0, right.Y0) < height / 2) return null;
        var union = new PixelBox(small.X0, Math.Min(small.Y0, right.Y0), right.X1, Math.Max(small.Y1, right.Y1));
        if (InkRegion.From(mask, union, options.MinSpecklePixels) is not { } both) return null;
        var text = Compact(Join(readers.Text.Read(both.Image, ReadMode.Line)));
        return OrdinalStart().Match(text) is { Success: true } m && text.Length - m.Length >= 2 ? m.Value : null;
    }

    /// <summary>An ordinal chunk is at most this many text lines wide (十一、 is about 2.5 ems of ink).</summary>
    private const double OrdinalWidth = 2.6;

    [System.Text.RegularExpressions.GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial System.Text.RegularExpressions.Regex OrdinalStart();

    /// <summary>Bands of several chunks, one of them a number, a page read chunk by chunk needs to keep that reading.</summary>
    private const int MinTabularBands = 2;

    /// <summary>
    /// The words of one line of a chunk made to touch: a chunk has no blank wider than a column gap, so the spaces the
    /// reader found in it (2025 年 2 月 27 日印发, letter-spaced) are inside one text, and left as gaps between the glyphs
    /// they cut it into cells of their own (a one-row table on a real scan's imprint line, session 12).
    /// </summary>
    private static IReadOnlyList<OcrWord> Joined(IReadOnlyList<OcrWord> words)
    {
        var joined = words.ToArray();
        foreach (var line in Enumerable.Range(0, joined.Length).GroupBy(i => joined[i].Line))
        {
            var order = line.OrderBy(i => joined[i].Box.X0).ToList();
            for (var k = 0; k + 1 < order.Count; k++)
            {
                var (word, next) = (joined[order[k]], joined[order[k + 1]]);
                if (next.Box.X0 > word.Box.X1)
                    joined[order[k]] = word with { Box = word.Box with { X1 = next.Box.X0 } };
            }
        }
        return joined;
    }

    /// <summary>A line the page read skipped is kept when read this surely: noise read as text is unsure.</summary>
    private const float MissedLineConfidence = 60;

    /// <summary>
    /// The words of the lines of ink the page read left without a word (<see cref="MissedLines"/>), each band read as
    /// one line; kept only when read surely and with at least two digits or Chinese characters. Boxes in page pixels.
    /// </summary>
    private IEnumerable<OcrWord> MissedLineWords(InkRegion page, BitImage mask, IReadOnlyList<OcrWord> read, ReaderPair readers, GrayImage gray, bool bilevel)
    {
        foreach (var band in MissedLines.Find(page.Image, read))
        {
            if (InkRegion.From(mask, page.ToPage(band), options.MinSpecklePixels) is not { } ink) continue;
            var words = readers.Text.Read(ink.Image, ReadMode.Line);
            Func<PixelBox, PixelBox> toPage = ink.ToPage;
            if (words.Count > 0 && bilevel)
            {
                // Black-and-white page: the majority of the mask and smoothed gray readings, as for cells.
                // No character vote: these words carry no reading a correction could be reported with.
                var chosen = ReadByMajority(words, ink, gray, readers, ReadMode.Line, vote: false).Chosen;
                (words, toPage) = (chosen.Words, chosen.ToPage);
            }
            if (words.Count == 0 || words.Average(w => w.Confidence) < MissedLineConfidence
                || words.Sum(w => w.Text.Count(c => char.IsAsciiDigit(c) || Han.IsIdeograph(c))) < 2) continue;
            foreach (var w in words) yield return w with { Box = toPage(w.Box), Line = toPage(w.Line) };
        }
    }

    /// <summary>A line shaped like a page number with dashes around something that is not digits: - 朋 -, -组-, - --.</summary>
    internal static bool PageNumberLike(string text)
    {
        var compact = Compact(text);
        return compact.Length is >= 3 and <= 5 && IsDash(compact[0]) && IsDash(compact[^1]) && !compact.Any(char.IsAsciiDigit);
    }

    /// <summary>The digits of a line read as a page number between dashes (-11-, - 40 -, —3—), or null.</summary>
    internal static string? DashedPageNumber(string text)
    {
        var compact = Compact(text);
        return compact.Length is >= 3 and <= 6 && IsDash(compact[0]) && IsDash(compact[^1]) && compact[1..^1] is var digits
               && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private static bool IsDash(char c) => c is '-' or '—' or '–' or '－' or '~' or '一';

    /// <summary>The page number in a digits-only reading of such a line (-40-, 40), or null.</summary>
    internal static string? PageNumberDigits(string reading)
    {
        var digits = reading.Trim().Trim('-', ' ');
        return digits.Length is >= 1 and <= 4 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>
    /// A thin horizontal bar about a hyphen long (≤ 6 pt at 300 dpi: 25 px): "-", not an em dash or 一. On a
    /// black-and-white page thresholding the noise adds a row of pixels to the 3-px bar and may shorten it (7 × 4,
    /// 8 × 4 px on 180–220 dpi scans: 9 "-" cells of the development scans were lost), so a squatter bar will do.
    /// </summary>
    internal static bool IsHyphen(PixelBox ink, bool bilevel = false)
    {
        var (width, height) = (ink.Width, Math.Max(1, ink.Height));
        return height <= 8 && width >= (bilevel ? BilevelHyphenRatio : HyphenRatio) * height && width >= 6 && width <= 25;
    }

    /// <summary>A hyphen is at least this many times as wide as high (a speck or dot is about as wide as high).</summary>
    private const double HyphenRatio = 2.0;

    /// <summary>… on a black-and-white page, where thresholding thickens it.</summary>
    private const double BilevelHyphenRatio = 1.75;

    /// <summary>Words of one reading joined: no space between CJK characters, one space otherwise.</summary>
    internal static string Join(IReadOnlyList<OcrWord> words)
    {
        var text = new StringBuilder();
        foreach (var w in words)
        {
            if (text.Length > 0 && !(IsCjk(text[^1]) || IsCjk(w.Text[0]))) text.Append(' ');
            text.Append(w.Text);
        }
        return text.ToString();
    }

    private static bool IsCjk(char c) => c >= '\u2E80' && c <= '\u9FFF' || c >= '\uFF00' && c <= '\uFFEF' || c >= '\u3000' && c <= '\u303F';

    /// <summary>
    /// Words grouped by the text line the reader put them in, each line with one top, bottom and font size
    /// (pixels): word boxes hug the ink (一 is a few pixels tall), but the layout groups glyphs by size and centre.
    /// </summary>
    internal static List<(int Top, int Bottom, double Size, List<OcrWord> Words)> Lines(IReadOnlyList<OcrWord> words) =>
        [.. words.GroupBy(w => w.Line).Select(g =>
        {
            var line = g.ToList();
            var top = line.Min(w => w.Box.Y0);
            var bottom = line.Max(w => w.Box.Y1);
            // Digits and Latin letters fill about 70 % of the em; CJK ideographs nearly all of it.
            var size = Math.Max(1, (bottom - top) * (line.Any(w => w.Text.Any(IsCjk)) ? 1.05 : 1.4));
            return (top, bottom, size, line);
        })];

    /// <summary>
    /// The words of one line with boxes that never start left of the previous word's end. chi_sim word boxes
    /// often overlap their neighbour (the LSTM places boundaries loosely); split evenly among the characters,
    /// an overlap put a character after the next word's first one and the layout, sorting by x, swapped them
    /// (保障和 → 保和障, 行政事业单位 → 行事业单政位). Tesseract gives the words of a line in reading order.
    /// </summary>
    internal static IEnumerable<OcrWord> InReadingOrder(IEnumerable<OcrWord> words)
    {
        int? end = null;
        foreach (var word in words)
        {
            var box = word.Box;
            if (end is { } e && box.X0 < e)
                box = new PixelBox(e, box.Y0, Math.Max(e + 1, box.X1), box.Y1);
            end = box.X1;
            yield return word with { Box = box };
        }
    }

    /// <summary>
    /// A word's box is split evenly among its characters: OCR gives word boxes, the layout wants glyphs. With
    /// <paramref name="widenEnd"/> (the last word of a chunk line), a last character that is full-width closing punctuation
    /// (，。、；：）》”) spans its em and the blank its ink leaves after it (<see cref="PunctuationBlank"/>), as a text layer's
    /// glyph does: the reader's box hugs the ink, and the blank after it (a chunk ends there) otherwise splits a wrapped
    /// paragraph cell into columns; with <paramref name="widenStart"/> likewise a first character that is full-width
    /// opening punctuation (（《“), whose ink sits at the right of its em. Measured in the printed em since session 14:
    /// the reader's inflated line sizes (about 1.4 em) had covered the blank by chance.
    /// </summary>
    internal static void AddGlyphs(ImmutableArray<Glyph>.Builder glyphs, OcrWord word, double size, double scale, bool widenStart = false,
        bool widenEnd = false)
    {
        var characters = StringInfoElements(word.Text).Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        if (characters.Count == 0) return;
        var box = ToPoints(word.Box, scale);
        var step = box.Width / characters.Count;
        for (var i = 0; i < characters.Count; i++)
        {
            var (left, right) = (box.X0 + i * step, box.X0 + (i + 1) * step);
            // A chunk line's edges: a text layer's glyph spans its advance, the ink and the side bearings around it.
            if (widenStart && i == 0) left -= Bearing * size;
            if (widenEnd && i == characters.Count - 1) right += Bearing * size;
            if (widenEnd && i == characters.Count - 1 && ClosesWithBlank(characters, i))
                right = Math.Max(right, Math.Max(left + size, box.X1 + PunctuationBlank * size));
            if (widenStart && i == 0 && OpensWithBlank(characters, i))
                left = Math.Min(left, Math.Min(right - size, box.X0 - PunctuationBlank * size));
            glyphs.Add(new Glyph(characters[i], new Box(left, box.Y0, right, box.Y1), Glyph.OcrFont, size, false, true));
        }
    }

    /// <summary>The blank a full-width punctuation mark holds beside its ink, as a share of the em: ，。、 and closing
    /// brackets sit in the left half of their em, opening brackets in the right half.</summary>
    internal const double PunctuationBlank = 0.5;

    /// <summary>The blank beside the ink of an ideograph or a digit within its advance, each side, as a share of the em
    /// (Song ideographs ink about 0.9 em of their 1 em advance).</summary>
    internal const double Bearing = 0.05;

    /// <summary>Full-width punctuation whose ink sits at the left of its em. ASCII brackets are left alone: some documents
    /// print them beside Chinese (300.00(家)), and chi_sim reads full-width ones as ASCII too, so neither can be told.</summary>
    private static bool ClosesWithBlank(List<string> characters, int i) =>
        characters[i] is "，" or "。" or "、" or "；" or "：" or "）" or "》" or "”" or "」";

    /// <summary>Full-width punctuation whose ink sits at the right of its em.</summary>
    private static bool OpensWithBlank(List<string> characters, int i) => characters[i] is "（" or "《" or "“" or "「";

    private static IEnumerable<string> StringInfoElements(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) yield return e.GetTextElement();
    }

    private static Box ToPoints(PixelBox b, double scale) => new(b.X0 * scale, b.Y0 * scale, b.X1 * scale, b.Y1 * scale);

    private static Ruling ToRuling(PixelLine l, double scale) => l.Horizontal
        ? new Ruling(l.From * scale, l.Position * scale, (l.To + 1) * scale, l.Position * scale, l.Thickness * scale)
        : new Ruling(l.Position * scale, l.From * scale, l.Position * scale, (l.To + 1) * scale, l.Thickness * scale);

    /// <summary>The ink with every ruling (and a margin around it) cleared, so readers never see lines.</summary>
    private static BitImage WithoutLines(BitImage bits, IReadOnlyList<PixelLine> lines)
    {
        var mask = new BitImage(bits.Width, bits.Height);
        Array.Copy(bits.Ink, mask.Ink, bits.Ink.Length);
        foreach (var l in lines)
        {
            var half = l.Thickness / 2 + 3;
            var p = (int)Math.Round(l.Position);
            if (l.Horizontal) Clear(mask, new PixelBox(l.From - 2, p - half, l.To + 3, p + half + 1));
            else Clear(mask, new PixelBox(p - half, l.From - 2, p + half + 1, l.To + 3));
        }
        return mask;
    }

    private static void Clear(BitImage mask, PixelBox box)
    {
        var x0 = Math.Max(0, box.X0);
        var x1 = Math.Min(mask.Width, box.X1);
        for (var y = Math.Max(0, box.Y0); y < Math.Min(mask.Height, box.Y1); y++)
            if (x1 > x0) Array.Clear(mask.Ink, y * mask.Width + x0, x1 - x0);
    }
}
