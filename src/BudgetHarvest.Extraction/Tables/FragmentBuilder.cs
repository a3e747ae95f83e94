using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Core.Text;
using System.Text;
using UglyToad.PdfPig.Content;

namespace BudgetHarvest.Extraction.Tables;

/// <summary>Options for grouping letters into lines and fragments.</summary>
public sealed record FragmentOptions
{
    /// <summary>Letters whose baselines differ by less than this share of the font size are on one line.</summary>
    public double BaselineTolerance { get; init; } = 0.3;

    /// <summary>A horizontal gap wider than this share of the font size starts a new fragment. Glyphs inside a word sit at their advance (gap ≈ 0), while even tight cell padding leaves ≥ 0.25 em.</summary>
    public double SplitGap { get; init; } = 0.2;

    /// <summary>The split gap where a space glyph was printed: an ordinary space ("收 入") stays inside the fragment.</summary>
    public double SplitGapAcrossSpace { get; init; } = 0.6;
}

/// <summary>Groups the letters of a page slice into lines and fragments, splitting at wide gaps and at vertical rules.</summary>
internal sealed class FragmentBuilder(FragmentOptions options)
{
    private readonly record struct Glyph(char Value, double Left, double Right, double Baseline, double Size);

    public List<TextLine> Build(PageFrame page, double bottom, double top, IReadOnlyList<Ruling> verticalRules)
    {
        var glyphs = new List<Glyph>();
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || string.IsNullOrEmpty(letter.Value))
            {
                continue;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            var baseline = letter.StartBaseLine.Y;
            var centre = baseline + (0.38 * size);
            if (centre > top || centre < bottom)
            {
                continue;
            }

            var left = letter.StartBaseLine.X;
            var right = Math.Max(letter.EndBaseLine.X, left + Math.Max(letter.BoundingBox.Width, 0.1));
            foreach (var c in letter.Value)
            {
                glyphs.Add(new Glyph(CjkRadicals.ToIdeograph(c), left, right, baseline, size));
            }
        }

        glyphs.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 1; i <= glyphs.Count; i++)
        {
            if (i == glyphs.Count || glyphs[start].Baseline - glyphs[i].Baseline > options.BaselineTolerance * glyphs[start].Size)
            {
                var line = Split(glyphs.GetRange(start, i - start), verticalRules);
                if (line.Count > 0)
                {
                    lines.Add(new TextLine(line));
                }

                start = i;
            }
        }

        return lines;
    }

    private List<TextFragment> Split(List<Glyph> glyphs, IReadOnlyList<Ruling> verticalRules)
    {
        glyphs.Sort((a, b) => a.Left.CompareTo(b.Left));
        var fragments = new List<TextFragment>();
        var text = new StringBuilder();
        double left = 0, right = 0, baseline = 0, size = 0;
        var pendingSpace = false;
        foreach (var g in glyphs)
        {
            if (char.IsWhiteSpace(g.Value))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            var gap = g.Left - right;
            var splitGap = pendingSpace ? options.SplitGapAcrossSpace : options.SplitGap;
            if (text.Length > 0 && (gap > splitGap * Math.Max(size, g.Size) || RuleBetween(verticalRules, right, g.Left, g.Baseline, g.Size)))
            {
                fragments.Add(new TextFragment(text.ToString(), left, right, baseline, size));
                text.Clear();
            }

            if (text.Length == 0)
            {
                left = g.Left;
                baseline = g.Baseline;
                size = g.Size;
            }
            else if (pendingSpace)
            {
                text.Append(' ');
            }

            pendingSpace = false;
            text.Append(g.Value);
            right = Math.Max(right, g.Right);
            size = Math.Max(size, g.Size);
        }

        if (text.Length > 0)
        {
            fragments.Add(new TextFragment(text.ToString(), left, right, baseline, size));
        }

        return fragments;
    }

    private static bool RuleBetween(IReadOnlyList<Ruling> rules, double from, double to, double baseline, double size)
    {
        var mid = baseline + (0.38 * size);
        foreach (var rule in rules)
        {
            if (rule.Position > from - 0.5 && rule.Position < to + 0.5 && rule.Start <= mid && rule.End >= mid)
            {
                return true;
            }
        }

        return false;
    }
}
