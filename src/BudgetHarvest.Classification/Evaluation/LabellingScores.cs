using BudgetHarvest.Classification.Training;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Narrative;

namespace BudgetHarvest.Classification.Evaluation;

/// <summary>
/// How well a classifier labels paragraphs inside the full <see cref="SectionLabeler"/>: once with
/// the headings as printed, once with every heading removed (the label must come from content);
/// and how well the classifier alone labels each paragraph without its heading.
/// </summary>
public sealed class LabellingScores
{
    /// <summary>Paragraphs labelled with their headings as printed.</summary>
    public ConfusionMatrix WithHeadings { get; } = new();

    /// <summary>Paragraphs labelled with every section heading removed.</summary>
    public ConfusionMatrix WithoutHeadings { get; } = new();

    /// <summary>Each paragraph labelled by the classifier's most likely label, without heading, outline or neighbours.</summary>
    public ConfusionMatrix ClassifierAlone { get; } = new();

    /// <summary>Labels the documents' paragraphs with the classifier and counts the outcome.</summary>
    public static LabellingScores Measure(ISectionClassifier classifier, IEnumerable<LabelledDocument> documents)
    {
        var scores = new LabellingScores();
        var labeler = new SectionLabeler(classifier);
        foreach (var document in documents)
        {
            Count(labeler, document, withHeadings: true, scores.WithHeadings);
            Count(labeler, document, withHeadings: false, scores.WithoutHeadings);
            CountAlone(classifier, document, scores.ClassifierAlone);
        }

        return scores;
    }

    /// <summary>Adds another measurement's counts.</summary>
    public void Add(LabellingScores other)
    {
        WithHeadings.Add(other.WithHeadings);
        WithoutHeadings.Add(other.WithoutHeadings);
        ClassifierAlone.Add(other.ClassifierAlone);
    }

    private static void CountAlone(ISectionClassifier classifier, LabelledDocument document, ConfusionMatrix matrix)
    {
        var (paragraphs, truth) = document.Paragraphs(withHeadings: false);
        var evidence = paragraphs.Select((p, i) => new SectionEvidence(null, p.Text, paragraphs.Count == 1 ? 0 : (float)i / (paragraphs.Count - 1))).ToList();
        var scores = classifier.Classify(evidence);
        for (var i = 0; i < truth.Count; i++)
        {
            matrix.Add(truth[i], (SectionLabel)Array.IndexOf(scores[i], scores[i].Max()));
        }
    }

    private static void Count(SectionLabeler labeler, LabelledDocument document, bool withHeadings, ConfusionMatrix matrix)
    {
        var (paragraphs, truth) = document.Paragraphs(withHeadings);
        var predicted = labeler.LabelParagraphs(paragraphs);
        for (var i = 0; i < truth.Count; i++)
        {
            matrix.Add(truth[i], predicted[i]);
        }
    }
}
