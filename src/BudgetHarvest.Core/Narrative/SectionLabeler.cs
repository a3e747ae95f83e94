using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Text;

namespace BudgetHarvest.Core.Narrative;

/// <summary>
/// Turns the narrative's paragraphs into labelled sections, combining three kinds of evidence:
/// <list type="number">
/// <item>The outline (<see cref="NarrativeOutline"/>): which headings open sections, which only
/// group them, which are sub-headings that stay in their section as text.</item>
/// <item>The heading's words: a section heading that names its subject
/// (<c>三、人员情况说明</c>) fixes the label of its first paragraph — a confident heading wins.</item>
/// <item>The classifier: a section heading that names nothing, and every paragraph without a
/// heading, is judged by its content.</item>
/// </list>
/// The labels are decoded as one sequence (Viterbi). A section heading ends what came before, so
/// any label may follow it. Inside a section a paragraph keeps the label before it unless the
/// classifier is clearly surer of another one: that is how a section whose heading is missing
/// (名词解释 printed straight after 其他说明) still becomes its own section, while a paragraph
/// that only mentions another subject stays where it is; a subject the document prints a heading
/// for is never started without one. How sure "clearly surer" means depends
/// on the heading above: under a heading that named its subject a headingless new section is rare,
/// under no heading (or one that named nothing) it is common. The next item of a numbered list
/// never leaves its list's section, and a paragraph that is no sentence (a table row, a chart
/// label) carries no evidence.
/// </summary>
public sealed class SectionLabeler
{
    /// <summary>Chance that a paragraph continues its section when the section's heading named its subject (or two).</summary>
    public const double StayUnderNamedHeading = 0.98;

    /// <summary>
    /// Chance that a paragraph continues its section when no heading named the subject: staying is
    /// still fifteen times likelier than moving to any one other label. Both values were chosen by
    /// <c>budget-harvest evaluate</c> (held out, with headings as printed and with headings removed).
    /// </summary>
    public const double StayOtherwise = 0.5;

    /// <summary>Characters of text from which a paragraph's content counts in full; shorter ones count in proportion.</summary>
    public const int FullEvidenceLength = 12;

    /// <summary>Spaces between cells from which a paragraph is a table row and carries no evidence.</summary>
    public const int TableRowCellBreaks = 2;

    private readonly ISectionClassifier _classifier;

    public SectionLabeler(ISectionClassifier classifier) => _classifier = classifier;

    /// <summary>The labelled sections of a narrative, in reading order.</summary>
    public List<NarrativeSection> Label(IReadOnlyList<NarrativeParagraph> paragraphs)
    {
        var (units, labels) = Decide(paragraphs);
        return Sections(units, labels);
    }

    /// <summary>
    /// The label of each paragraph (a section heading has its section's), or null for a heading
    /// that only groups or a part heading, which belong to no section.
    /// </summary>
    public SectionLabel?[] LabelParagraphs(IReadOnlyList<NarrativeParagraph> paragraphs)
    {
        var (units, labels) = Decide(paragraphs);
        var result = new SectionLabel?[paragraphs.Count];
        for (var i = 0; i < units.Count; i++)
        {
            foreach (var index in units[i].Paragraphs)
            {
                result[index] = labels[i];
            }
        }

        return result;
    }

    private (List<Unit> Units, SectionLabel[] Labels) Decide(IReadOnlyList<NarrativeParagraph> paragraphs)
    {
        var units = Units(paragraphs, NarrativeOutline.Read(paragraphs));
        if (units.Count == 0)
        {
            return (units, []);
        }

        var evidence = units.Select((u, i) => new SectionEvidence(u.Heading, u.Body, units.Count == 1 ? 0 : (float)i / (units.Count - 1))).ToList();
        return (units, Decode(units, _classifier.Classify(evidence)));
    }

    /// <summary>
    /// The units that get a label: each body paragraph, with the section heading printed over it
    /// when it is the first under one.
    /// </summary>
    private static List<Unit> Units(IReadOnlyList<NarrativeParagraph> paragraphs, IReadOnlyList<OutlineEntry> outline)
    {
        var units = new List<Unit>();
        int? pending = null;
        SectionLabel? pendingNamed = null;
        IReadOnlyList<SectionLabel> subjects = [];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            var (role, named, continuesList) = outline[i];
            switch (role)
            {
                case OutlineRole.Grouping:
                    pending = null;
                    subjects = [];
                    break;
                case OutlineRole.SectionHeading when paragraph.IsHeadingOnly:
                    pending = i;
                    pendingNamed = named;
                    subjects = SectionVocabulary.SubjectsOf(paragraph.Heading);
                    break;
                case OutlineRole.SectionHeading:
                    subjects = SectionVocabulary.SubjectsOf(paragraph.Heading);
                    units.Add(new Unit(paragraph.Heading, paragraph.Body, named, true, false, subjects, paragraph.Pages, [i]));
                    pending = null;
                    break;
                default:
                    // A sub-heading kept in its section is text of the section, as printed.
                    var body = paragraph.Heading is null ? paragraph.Body : paragraph.Text;
                    units.Add(pending is not { } heading
                        ? new Unit(null, body, null, false, continuesList, subjects, paragraph.Pages, [i])
                        : new Unit(paragraphs[heading].Heading, body, pendingNamed, true, false, subjects, [.. paragraphs[heading].Pages.Union(paragraph.Pages)], [heading, i]));
                    pending = null;
                    break;
            }
        }

        return units;
    }

    private static SectionLabel[] Decode(List<Unit> units, IReadOnlyList<float[]> scores)
    {
        var count = SectionVocabulary.Labels.Count;

        // A section the document prints a heading for is found under that heading: content that
        // merely resembles it elsewhere (an unusual task list) is not a second, headingless copy
        // of it. "Other" is what stands under headings no label fits; it never starts unannounced.
        var headed = units.Where(u => u.OpensSection).SelectMany(u => u.Subjects).Append(SectionLabel.Other).Select(l => (int)l).ToHashSet();
        var best = new double[units.Count, count];
        var back = new int[units.Count, count];
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var stayIn = unit.Subjects.Count > 0 ? StayUnderNamedHeading : StayOtherwise;
            var stay = Math.Log(stayIn);
            var leave = unit.ContinuesList ? double.NegativeInfinity : Math.Log((1 - stayIn) / (count - 1));
            var from = i == 0 ? 0 : ArgMax(best, i - 1, count);
            for (var label = 0; label < count; label++)
            {
                var emission = Emission(unit, scores[i], label);
                if (i == 0 || unit.OpensSection)
                {
                    best[i, label] = (i == 0 ? 0 : best[i - 1, from]) + emission;
                    back[i, label] = from;
                    continue;
                }

                var bestScore = double.NegativeInfinity;
                for (var previous = 0; previous < count; previous++)
                {
                    var unannounced = headed.Contains(label) && !unit.Subjects.Contains((SectionLabel)label);
                    var score = best[i - 1, previous] + (previous == label ? stay : unannounced ? double.NegativeInfinity : leave);
                    if (score > bestScore)
                    {
                        bestScore = score;
                        back[i, label] = previous;
                    }
                }

                best[i, label] = bestScore + emission;
            }
        }

        var labels = new SectionLabel[units.Count];
        var current = ArgMax(best, units.Count - 1, count);
        for (var i = units.Count - 1; i >= 0; i--)
        {
            labels[i] = (SectionLabel)current;
            current = back[i, current];
        }

        return labels;
    }

    /// <summary>
    /// How well a label fits a unit: certainty when its heading names the label, else the
    /// classifier's belief, weighed by how much text the unit has to judge by.
    /// </summary>
    private static double Emission(Unit unit, float[] scores, int label)
    {
        if (unit.Named is { } named)
        {
            return (int)named == label ? 0 : double.NegativeInfinity;
        }

        if (unit.OpensSection && unit.Subjects.Count > 0 && !unit.Subjects.Contains((SectionLabel)label))
        {
            // A heading over two subjects (主要职责及机构设置) opens one of them.
            return double.NegativeInfinity;
        }

        return Weight(unit) * Math.Log(Math.Max(scores[label], 1e-6));
    }

    /// <summary>
    /// How much a unit's content counts: a heading is judged in full; body text in proportion to
    /// its letters up to <see cref="FullEvidenceLength"/>, and not at all when it is no sentence
    /// (table rows, chart labels, captions: they stay in the section they are printed in).
    /// </summary>
    private static double Weight(Unit unit)
    {
        if (unit.OpensSection)
        {
            return 1;
        }

        var isSentence = unit.Body.IndexOfAny(['，', '。', '；', '：', ',', ';']) >= 0 && !IsTableRow(unit.Body);
        return isSentence ? Math.Min(1.0, (double)unit.Body.Count(char.IsLetter) / FullEvidenceLength) : 0;
    }

    /// <summary>
    /// A row of a small table printed in the narrative: its cells are joined by spaces between
    /// ideographs (prose has spaces only between Latin letters or digits).
    /// </summary>
    private static bool IsTableRow(string body)
    {
        var cellBreaks = 0;
        for (var i = 1; i + 1 < body.Length; i++)
        {
            if (body[i] == ' ' && (Ideographs.IsIdeograph(body[i - 1]) || Ideographs.IsIdeograph(body[i + 1])))
            {
                cellBreaks++;
            }
        }

        return cellBreaks >= TableRowCellBreaks;
    }

    private static int ArgMax(double[,] values, int row, int count)
    {
        var best = 0;
        for (var j = 1; j < count; j++)
        {
            if (values[row, j] > values[row, best])
            {
                best = j;
            }
        }

        return best;
    }

    /// <summary>Consecutive units with one label form a section; a section heading always starts a new one.</summary>
    private static List<NarrativeSection> Sections(List<Unit> units, SectionLabel[] labels)
    {
        var sections = new List<NarrativeSection>();
        NarrativeSection? current = null;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (current is null || unit.OpensSection || labels[i] != current.Label)
            {
                current = new NarrativeSection { Label = labels[i], Heading = unit.OpensSection ? unit.Heading : null };
                sections.Add(current);
            }

            if (unit.Body.Length > 0)
            {
                current.Text = current.Text.Length == 0 ? unit.Body : current.Text + "\n" + unit.Body;
            }

            current.Pages = [.. current.Pages.Union(unit.Pages).Order()];
        }

        return sections.FindAll(s => s.Text.Length > 0);
    }

    /// <summary>A labelled unit: a paragraph, with the section heading over it when it opens a section.</summary>
    private sealed record Unit(
        string? Heading, string Body, SectionLabel? Named, bool OpensSection, bool ContinuesList, IReadOnlyList<SectionLabel> Subjects, IReadOnlyList<int> Pages, int[] Paragraphs);
}
