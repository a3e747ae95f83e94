namespace BudgetHarvest.Core.Model;

/// <summary>One labelled part of the narrative (e.g. 人员情况说明).</summary>
public sealed class NarrativeSection
{
    public SectionLabel Label { get; set; }

    /// <summary>The printed heading, or null when the section has none.</summary>
    public string? Heading { get; set; }

    /// <summary>Body text, paragraphs joined by <c>\n</c>, layout line breaks removed.</summary>
    public string Text { get; set; } = "";

    /// <summary>1-based pages the section occupies.</summary>
    public List<int> Pages { get; set; } = [];
}
