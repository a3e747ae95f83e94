using BudgetHarvest.Core.Narrative;

namespace BudgetHarvest.Extraction.Narrative;

/// <summary>
/// Drops the forms printed inside the narrative that are tables, not section text (a per-project
/// 绩效目标表 under 项目支出绩效目标表): from the form's title (<see cref="BoundaryTitles.IsFormTitle"/>)
/// to the next numbered heading or sentence of prose that ends, whichever comes first. Small tables
/// without such a title (会议费明细, 重点项目绩效目标 under 情况如下：) stay as text lines.
/// </summary>
internal static class NarrativeForms
{
    public static List<NarrativeLine> Without(IReadOnlyList<NarrativeLine> lines, double bodySize)
    {
        var kept = new List<NarrativeLine>(lines.Count);
        var inForm = false;
        foreach (var line in lines)
        {
            var compact = line.Line.Compact;
            var marker = HeadingText.Marker(compact);
            var unit = LineEvidence.CharWidth(line.Line, bodySize);
            if (marker is null && BoundaryTitles.IsFormTitle(compact))
            {
                inForm = true;
            }
            else if (inForm && !LineEvidence.IsTabular(line.Line, unit)
                && (marker is not null || (compact.EndsWith('。') && LineEvidence.IsProse(line.Line, line.Page, unit))))
            {
                inForm = false;
            }

            if (!inForm)
            {
                kept.Add(line);
            }
        }

        return kept;
    }
}
