using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Extraction.Locating;

namespace BudgetHarvest.Extraction.Narrative;

/// <summary>
/// Reads the narrative of a disclosure into labelled sections: its lines (<see cref="NarrativeRegion"/>),
/// rebuilt into paragraphs with their headings (<see cref="ParagraphBuilder"/>), labelled by
/// headings and the classifier (<see cref="SectionLabeler"/>).
/// </summary>
public sealed class NarrativeReader(ISectionClassifier classifier)
{
    private readonly SectionLabeler _labeler = new(classifier);

    /// <summary>The paragraphs of the narrative, in reading order.</summary>
    public static IReadOnlyList<NarrativeParagraph> Paragraphs(IReadOnlyList<PageText> pages, PageFurniture furniture, TableLocation location) =>
        ParagraphBuilder.Build(NarrativeRegion.Lines(pages, furniture, location));

    /// <summary>The labelled sections of the narrative, in reading order.</summary>
    public List<NarrativeSection> Read(IReadOnlyList<PageText> pages, PageFurniture furniture, TableLocation location) =>
        _labeler.Label(Paragraphs(pages, furniture, location));
}
