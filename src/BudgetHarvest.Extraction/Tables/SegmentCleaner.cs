using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Core.Text;
using System.Text.RegularExpressions;

namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// Removes what is on the page but not in the table: running headers and page numbers, a title or 单位 line
/// repeated at the top of a continuation page, notes under the table (注：…) and anything below its last row.
/// </summary>
internal sealed partial class SegmentCleaner
{
    /// <summary>Share of the page height, at top and bottom, where page furniture lives.</summary>
    public double MarginShare { get; init; } = 0.1;

    /// <summary>Share of the title's length a line from the middle of the title must print to count as a wrapped piece of it.</summary>
    public double MiddlePieceShare { get; init; } = 0.3;

    /// <summary>
    /// Share of the page height, at the bottom, where a page number printed below the table's last line is
    /// still a footer: landscape pages and wide bottom margins put it above <see cref="MarginShare"/>.
    /// </summary>
    public double FooterShare { get; init; } = 0.2;

    /// <summary>
    /// Blank space, in font sizes, between the table's last line and a page number under it: an amount's
    /// wrapped tail sits right under its line, a footer leaves a gap.
    /// </summary>
    public double FooterGap { get; init; } = 1.0;

    public List<TextLine> Clean(List<TextLine> lines, PageRulings rulings, double pageHeight, string? title)
    {
        var kept = lines.Where(l => !IsFurniture(l, pageHeight)).ToList();
        kept = ClipToRules(kept, rulings);
        DropTrailingPageNumber(kept, pageHeight);
        var note = kept.FindIndex(l => l.Fragments.Count == 1 && NotePattern().IsMatch(TextShape.Compact(l.Text)));
        if (note >= 0)
        {
            kept.RemoveRange(note, kept.Count - note);
        }

        var compactTitle = title is null ? null : TextShape.Compact(CjkRadicals.Normalize(title));
        while (kept.Count > 0 && IsTitleLine(kept[0], compactTitle))
        {
            kept.RemoveAt(0);
        }

        return kept;
    }

    private bool IsFurniture(TextLine line, double pageHeight)
    {
        var inMargin = line.Baseline < MarginShare * pageHeight || line.Baseline > (1 - MarginShare) * pageHeight;
        return inMargin && line.Fragments.Count <= 3 && PageNumberPattern().IsMatch(TextShape.Compact(line.Text));
    }

    // Without a bottom rule to clip it, a page number in the lower band of the page joins the table as its last
    // line (a row "9", or "-16-" run into the last label); under a gap it is the footer, not a wrapped tail.
    private void DropTrailingPageNumber(List<TextLine> lines, double pageHeight)
    {
        if (lines.Count < 2)
        {
            return;
        }

        var last = lines[^1];
        var above = lines[^2];
        if (last.Baseline < FooterShare * pageHeight && last.Fragments.Count <= 3
            && above.Bottom - last.Top > FooterGap * last.FontSize
            && PageNumberPattern().IsMatch(TextShape.Compact(last.Text)))
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }

    // Rules bound a table: text above its top rule is a title or running header, text below its bottom rule
    // is a note, unless rows carry on below the last rule (a three-line table broken by the page end).
    private static List<TextLine> ClipToRules(List<TextLine> lines, PageRulings rulings)
    {
        if (rulings.Horizontal.Count < 2 || lines.Count == 0)
        {
            return lines;
        }

        var longest = rulings.Horizontal.Max(r => r.Length);
        var major = rulings.Horizontal.Where(r => r.Length >= 0.4 * longest).ToList();
        var topRule = major.Max(r => r.Position);
        var bottomRule = major.Min(r => r.Position);
        if (topRule - bottomRule < 5)
        {
            return lines;
        }

        var result = lines.Where(l => l.Bottom < topRule + 1).ToList();
        var below = result.FindIndex(l => l.Top < bottomRule);
        if (below >= 0)
        {
            var first = result[below];
            var continues = first.Fragments.Count >= 2 && bottomRule - first.Top < 2 * first.FontSize;
            if (!continues)
            {
                result.RemoveRange(below, result.Count - below);
            }
        }

        return result;
    }

    private bool IsTitleLine(TextLine line, string? title)
    {
        var text = TextShape.Compact(line.Text);
        return TableNumberPattern().IsMatch(text) || UnitPattern().IsMatch(text)
            || (title is { Length: > 0 } && line.Fragments.Count <= 2 && text.Length >= 4
                && (text.Contains(title, StringComparison.Ordinal) || IsTitlePiece(text, title)));
    }

    // A title wrapped over lines prints it in pieces, each starting or ending it, or a long middle stretch.
    // A short header word the title merely mentions (基本支出 under 一般公共预算基本支出明细表) is a group
    // header of the table, not a piece of its title.
    private bool IsTitlePiece(string text, string title) =>
        title.StartsWith(text, StringComparison.Ordinal) || title.EndsWith(text, StringComparison.Ordinal)
        || (title.Contains(text, StringComparison.Ordinal) && text.Length >= MiddlePieceShare * title.Length);

    [GeneratedRegex(@"^([-－—–]*\d+[-－—–]*|第\d+页(共\d+页)?|\d+/\d+|共\d+页第\d+页)$")]
    private static partial Regex PageNumberPattern();

    [GeneratedRegex(@"^(注|说明|备注)[:：]")]
    private static partial Regex NotePattern();

    [GeneratedRegex(@"^表[0-9一二三四五六七八九十]+")]
    private static partial Regex TableNumberPattern();

    [GeneratedRegex(@"单位[:：].{0,6}元")]
    private static partial Regex UnitPattern();

}
