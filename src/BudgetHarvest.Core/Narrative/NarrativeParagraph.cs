namespace BudgetHarvest.Core.Narrative;

/// <summary>
/// One printed paragraph of the narrative, in reading order, with the heading it opens with (a
/// heading on a line of its own is a paragraph with an empty <see cref="Body"/>).
/// </summary>
public sealed class NarrativeParagraph
{
    /// <summary>The paragraph as printed, layout line breaks removed.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// The heading the paragraph opens with: all of <see cref="Text"/> for a heading on its own
    /// line, the lead-in without its <c>：</c>/<c>。</c> for a heading run into its paragraph; null
    /// for a paragraph of body text.
    /// </summary>
    public string? Heading { get; init; }

    /// <summary>The text after the heading; all of <see cref="Text"/> when there is no heading.</summary>
    public required string Body { get; init; }

    /// <summary>The heading's enumerator, when it has one.</summary>
    public HeadingMarker? Marker { get; init; }

    /// <summary>The heading is printed bold or larger than the body text.</summary>
    public bool Emphasised { get; init; }

    /// <summary>1-based pages the paragraph is printed on.</summary>
    public IReadOnlyList<int> Pages { get; init; } = [];

    /// <summary>True for a heading on a line of its own.</summary>
    public bool IsHeadingOnly => Heading is not null && Body.Length == 0;

    /// <summary>
    /// Reads a paragraph's text: a numbered lead-in that ends in <c>：</c> or <c>。</c> is a run-in
    /// heading (<c>1、职能职责：根据职能配置…</c>), a short title a heading of its own, anything
    /// else body text. Whether a heading
    /// then opens a section is the <see cref="SectionLabeler"/>'s decision.
    /// </summary>
    /// <param name="text">The paragraph, layout line breaks removed.</param>
    /// <param name="pages">Pages it is printed on.</param>
    /// <param name="standsAlone">The paragraph is one line that ends well before the margin, as titles do.</param>
    /// <param name="emphasised">Printed bold or larger than the body.</param>
    public static NarrativeParagraph Read(string text, IReadOnlyList<int> pages, bool standsAlone = true, bool emphasised = false)
    {
        var trimmed = text.Trim();
        if (HeadingText.TrySplitRunIn(trimmed, out var heading, out var body))
        {
            return new NarrativeParagraph
            {
                Text = trimmed, Heading = heading, Body = body, Marker = HeadingText.Marker(heading), Emphasised = emphasised, Pages = pages,
            };
        }

        if (standsAlone && HeadingText.IsHeadingLine(trimmed))
        {
            return new NarrativeParagraph
            {
                Text = trimmed, Heading = trimmed, Body = "", Marker = HeadingText.Marker(trimmed), Emphasised = emphasised, Pages = pages,
            };
        }

        return new NarrativeParagraph { Text = trimmed, Body = trimmed, Pages = pages };
    }

    /// <inheritdoc/>
    public override string ToString() => Heading is null ? Body : $"[{Heading}] {Body}";
}
