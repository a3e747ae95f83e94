using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Narrative;

/// <summary>
/// Judges which section a paragraph belongs to from what it says. The extractor calls it through
/// this seam, so extraction needs no machine learning: <see cref="HeadingRulesClassifier"/> is the
/// ready default, and the ML.NET classifier (BudgetHarvest.Classification) plugs in here.
/// </summary>
public interface ISectionClassifier
{
    /// <summary>
    /// For each paragraph, how likely each label is: an array indexed by <see cref="SectionLabel"/>,
    /// summing to 1.
    /// </summary>
    IReadOnlyList<float[]> Classify(IReadOnlyList<SectionEvidence> paragraphs);
}

/// <summary>What a classifier sees of one paragraph.</summary>
/// <param name="Heading">The heading printed over the paragraph (its own or the one on the line above), or null.</param>
/// <param name="Body">The paragraph's text without that heading.</param>
/// <param name="Position">Where the paragraph stands in the narrative: 0 at the first paragraph, 1 at the last.</param>
public sealed record SectionEvidence(string? Heading, string Body, float Position);
