using BudgetHarvest.Core.Narrative;

namespace BudgetHarvest.Extraction.Narrative;

/// <summary>
/// Drops the part that holds the tables: from its part heading (<c>第四部分 公开报表</c>, a part
/// cover whose title runs over several centred lines: <c>第二部分 / 2026 年度 / 单位预算表</c>) or
/// a centred banner over the tables (<c>二、表格部分</c>, <c>2022年单位综合预算公开报表</c>), to
/// the next part heading of the narrative (<c>第三部分 2026年部门预算情况说明</c>, <c>第五部分 名词解释</c>).
/// Which titles name which part is data (<see cref="BoundaryTitles"/>).
/// </summary>
internal static class TablesPart
{
    // A centred line stands within this share of the page width from the page's centre.
    private const double CentredShare = 0.1;

    // A part cover prints its title on at most this many short lines under 第N部分.
    private const int CoverTitleLines = 4;

    // Longest line of a part cover's title.
    private const int CoverLineLength = 24;

    public static List<NarrativeLine> Without(IReadOnlyList<NarrativeLine> lines)
    {
        var kept = new List<NarrativeLine>(lines.Count);
        var inTablesPart = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var compact = line.Line.Compact;
            if (HeadingText.Marker(compact)?.Style == EnumeratorStyle.Part)
            {
                inTablesPart = BoundaryTitles.IsTables(PartTitle(lines, i));
            }
            else if (IsCentred(line) && BoundaryTitles.IsTables(compact))
            {
                inTablesPart = true;
            }

            if (!inTablesPart)
            {
                kept.Add(line);
            }
        }

        return kept;
    }

    /// <summary>The part heading's title, with the short centred lines of a part cover under it.</summary>
    private static string PartTitle(IReadOnlyList<NarrativeLine> lines, int index)
    {
        var title = lines[index].Line.Compact;
        for (var i = index + 1; i < lines.Count && i <= index + CoverTitleLines; i++)
        {
            var next = lines[i];
            if (next.Page != lines[index].Page || !IsCentred(next) || next.Line.Compact.Length > CoverLineLength || HeadingText.Marker(next.Line.Compact) is not null)
            {
                break;
            }

            title += next.Line.Compact;
        }

        return title;
    }

    private static bool IsCentred(NarrativeLine line) =>
        Math.Abs(line.Line.CenterX - (line.Page.Width / 2)) < line.Page.Width * CentredShare;
}
