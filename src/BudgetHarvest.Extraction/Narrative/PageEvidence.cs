using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Narrative;

/// <summary>
/// How much of a page (or part of one) is prose and how much is table rows, counted line by line
/// (<see cref="LineEvidence"/>): the evidence that decides whether it belongs to the narrative.
/// </summary>
/// <param name="Lines">Lines counted.</param>
/// <param name="Prose">Lines of prose.</param>
/// <param name="Tabular">Lines of table rows or figures.</param>
internal sealed record PageEvidence(int Lines, int Prose, int Tabular)
{
    // A few sentences make a page narrative even when a small table fills the rest of it.
    private const int ProseLines = 3;

    // Or prose makes up this share of its lines.
    private const double ProseShare = 0.3;

    // A page without prose whose lines are mostly table rows is a table.
    private const double TabularShare = 0.5;

    /// <summary>The page holds prose: it is narrative, small tables in it included.</summary>
    public bool IsProse => Prose >= ProseLines || (Prose > 0 && Prose >= Lines * ProseShare);

    /// <summary>The page is table rows without prose.</summary>
    public bool IsTabular => !IsProse && Tabular >= 2 && Tabular >= Lines * TabularShare;

    /// <summary>Counts the lines of a page.</summary>
    public static PageEvidence Of(PageText page, IReadOnlyList<TextLine> lines, double bodySize) =>
        new(lines.Count,
            lines.Count(l => LineEvidence.IsProse(l, page, LineEvidence.CharWidth(l, bodySize))),
            lines.Count(l => LineEvidence.IsTabular(l, LineEvidence.CharWidth(l, bodySize))));
}
