using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Narrative;

/// <summary>
/// The classifier that needs no model: a heading names its label through
/// <see cref="SectionVocabulary"/>; a paragraph without one is judged by the first section word it
/// contains, weakly, and otherwise left undecided (every label equally likely), so that the
/// <see cref="SectionLabeler"/> keeps it in the section it follows.
/// </summary>
public sealed class HeadingRulesClassifier : ISectionClassifier
{
    private const float HeadingConfidence = 0.9f;
    private const float BodyConfidence = 0.3f;

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Classify(IReadOnlyList<SectionEvidence> paragraphs) =>
        [.. paragraphs.Select(Classify)];

    private static float[] Classify(SectionEvidence paragraph)
    {
        if (SectionVocabulary.LabelOf(paragraph.Heading) is { } named)
        {
            return Peaked(named, HeadingConfidence);
        }

        // The opening words carry the subject (本单位当年一般公共预算"三公"经费…); the rest of a
        // long paragraph mentions other subjects in passing.
        var opening = paragraph.Body.Length > 40 ? paragraph.Body[..40] : paragraph.Body;
        return SectionVocabulary.LabelOf(opening) is { } mentioned ? Peaked(mentioned, BodyConfidence) : Uniform();
    }

    private static float[] Peaked(SectionLabel label, float confidence)
    {
        var count = SectionVocabulary.Labels.Count;
        var scores = Enumerable.Repeat((1 - confidence) / (count - 1), count).ToArray();
        scores[(int)label] = confidence;
        return scores;
    }

    private static float[] Uniform() => Enumerable.Repeat(1f / SectionVocabulary.Labels.Count, SectionVocabulary.Labels.Count).ToArray();
}
