using BudgetHarvest.Core.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;

namespace BudgetHarvest.Extraction.Layout;

/// <summary>Turns a PdfPig page into <see cref="PageText"/>: repaired words grouped into lines.</summary>
public static class PageTextReader
{
    // Two words are on one line when their vertical extents overlap by at least this share of
    // the smaller one; wrapped table cells a few points lower stay separate lines.
    private const double SameLineOverlap = 0.5;

    /// <summary>Reads the text of one page.</summary>
    public static PageText Read(Page page)
    {
        var frame = PageFrame.Of(page);
        var letters = OverprintFilter.Filter(frame.Letters);
        var unreadable = 0;
        foreach (var letter in letters)
        {
            if (IsUnreadable(letter.Value))
            {
                unreadable++;
            }
        }

        var words = new List<TextWord>();
        foreach (var word in DefaultWordExtractor.Instance.GetWords(letters))
        {
            var text = CjkRadicals.Normalize(word.Text).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            words.Add(Box(text, word));
        }

        return new PageText(page.Number, frame.Width, frame.Height, GroupLines(words), letters.Count, unreadable);
    }

    /// <summary>Groups words into lines, top to bottom, each line left to right.</summary>
    public static IReadOnlyList<TextLine> GroupLines(IEnumerable<TextWord> words)
    {
        var bands = new List<List<TextWord>>();
        var bandTops = new List<double>();
        var bandBottoms = new List<double>();
        foreach (var word in words.OrderByDescending(w => w.Top))
        {
            var index = -1;
            for (var i = bands.Count - 1; i >= 0 && index < 0; i--)
            {
                var overlap = Math.Min(bandTops[i], word.Top) - Math.Max(bandBottoms[i], word.Bottom);
                var smaller = Math.Min(bandTops[i] - bandBottoms[i], word.Height);
                if (smaller > 0 && overlap >= SameLineOverlap * smaller)
                {
                    index = i;
                }
            }

            if (index < 0)
            {
                bands.Add([word]);
                bandTops.Add(word.Top);
                bandBottoms.Add(word.Bottom);
            }
            else
            {
                bands[index].Add(word);
            }
        }

        return [.. bands.Select(b => new TextLine([.. b.OrderBy(w => w.Left)])).OrderByDescending(l => l.Top)];
    }

    /// <summary>
    /// The word's box from its glyphs, at least as tall as its font: some producers' Type 3 fonts
    /// give glyph boxes of almost no height, which would split one printed line into many.
    /// </summary>
    private static TextWord Box(string text, Word word)
    {
        double left = double.MaxValue, right = double.MinValue, bottom = double.MaxValue, top = double.MinValue;
        foreach (var letter in word.Letters)
        {
            var glyph = letter.BoundingBox;
            var baseline = letter.StartBaseLine.Y;
            left = Math.Min(left, glyph.Left);
            right = Math.Max(right, glyph.Right);
            bottom = Math.Min(bottom, Math.Min(glyph.Bottom, baseline - (0.15 * letter.PointSize)));
            top = Math.Max(top, Math.Max(glyph.Top, baseline + (0.75 * letter.PointSize)));
        }

        return new TextWord(text, left, right, bottom, top)
        {
            Bold = word.Letters.Count > 0 && word.Letters.All(IsBold),
            FontSize = word.Letters.Count == 0 ? 0 : word.Letters.Max(l => l.PointSize),
        };
    }

    private static bool IsBold(Letter letter) =>
        letter.FontDetails?.IsBold == true
        || (letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) ?? false)
        || (letter.FontName?.Contains("Heavy", StringComparison.OrdinalIgnoreCase) ?? false);

    private static bool IsUnreadable(string value)
    {
        foreach (var c in value)
        {
            if (c is '\uFFFD' or (>= '\uE000' and <= '\uF8FF') || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                return true;
            }
        }

        return false;
    }
}
