using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Narrative;

/// <summary>A line of narrative text and the page it is printed on.</summary>
public sealed record NarrativeLine(PageText Page, TextLine Line);
