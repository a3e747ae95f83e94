using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Narrative;

namespace BudgetHarvest.Classification.Training;

/// <summary>
/// A disclosure's narrative with its true sections: from a ground-truth <c>budgetharvest/1</c>
/// file, or from a text rendering labelled by its headings.
/// </summary>
/// <param name="Name">The document's name (its file name without extension).</param>
/// <param name="Sections">The labelled sections, in reading order; paragraphs joined by <c>\n</c>.</param>
public sealed record LabelledDocument(string Name, IReadOnlyList<NarrativeSection> Sections)
{
    /// <summary>
    /// The examples to learn from. Each paragraph is seen as printed (the first of a section under
    /// its heading) and, because headings go missing, get reworded or run into their paragraph,
    /// the first one is also seen without its heading and with the heading run into its text.
    /// </summary>
    public IEnumerable<TrainingExample> Examples()
    {
        var total = Sections.Sum(s => Lines(s).Length);
        var index = 0;
        foreach (var section in Sections)
        {
            var lines = Lines(section);
            for (var i = 0; i < lines.Length; i++, index++)
            {
                var position = total <= 1 ? 0 : (float)index / (total - 1);
                var heading = i == 0 ? section.Heading : null;
                yield return new TrainingExample(Name, new SectionEvidence(heading, lines[i], position), section.Label);
                if (heading is not null)
                {
                    yield return new TrainingExample(Name, new SectionEvidence(null, lines[i], position), section.Label);
                    yield return new TrainingExample(Name, new SectionEvidence(null, $"{heading.TrimEnd('：', ':', '。')}：{lines[i]}", position), section.Label);
                }
            }
        }
    }

    /// <summary>
    /// The narrative as paragraphs, with the true label of each: each section's heading (when
    /// <paramref name="withHeadings"/>) and then its paragraphs, read as the extractor reads them.
    /// </summary>
    public (IReadOnlyList<NarrativeParagraph> Paragraphs, IReadOnlyList<SectionLabel> Truth) Paragraphs(bool withHeadings)
    {
        var paragraphs = new List<NarrativeParagraph>();
        var truth = new List<SectionLabel>();
        foreach (var section in Sections)
        {
            if (withHeadings && section.Heading is { } heading)
            {
                paragraphs.Add(new NarrativeParagraph { Text = heading, Heading = heading, Body = "", Marker = HeadingText.Marker(heading), Pages = section.Pages });
                truth.Add(section.Label);
            }

            foreach (var line in Lines(section))
            {
                paragraphs.Add(NarrativeParagraph.Read(line, section.Pages));
                truth.Add(section.Label);
            }
        }

        return (paragraphs, truth);
    }

    /// <summary>The paragraphs' texts, compacted: what two documents are compared by to tell copies apart.</summary>
    public IReadOnlySet<string> Fingerprint() =>
        Sections.SelectMany(Lines).Select(l => string.Concat(l.Where(c => !char.IsWhiteSpace(c)))).Where(l => l.Length >= 8).ToHashSet();

    private static string[] Lines(NarrativeSection section) =>
        section.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
