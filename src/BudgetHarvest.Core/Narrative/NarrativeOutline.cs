using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Narrative;

/// <summary>A paragraph's place in the outline.</summary>
/// <param name="Role">What the paragraph is.</param>
/// <param name="Named">For a section heading, the label its words name; null when content must decide.</param>
/// <param name="ContinuesList">A body paragraph that is the next item of a numbered list in its section.</param>
public sealed record OutlineEntry(OutlineRole Role, SectionLabel? Named, bool ContinuesList);

/// <summary>What a paragraph is in the outline of the narrative.</summary>
public enum OutlineRole
{
    /// <summary>Body text of the section it stands in (including sub-headings that stay in their section).</summary>
    Body,
    /// <summary>A heading that opens a section.</summary>
    SectionHeading,
    /// <summary>A part heading (<c>第一部分</c>) or a heading that only groups sub-sections (<c>四、收支说明</c>): in no section.</summary>
    Grouping,
}

/// <summary>
/// Decides, from the numbering alone, which headings open sections, which only group the
/// sections under them, and which are sub-headings or list items that stay in their section.
/// Numbering styles nest differently in every document (<c>（一）</c> is a list item under
/// <c>1、主要职责是：</c> in one and a section under <c>四、收支说明</c> in the next), so depth comes
/// from a stack of the styles seen, as in an outline: a style already open continues its level
/// when its number goes up, any other style opens a level below.
/// </summary>
public static class NarrativeOutline
{
    private static readonly OutlineEntry Body = new(OutlineRole.Body, null, false);
    private static readonly OutlineEntry Grouping = new(OutlineRole.Grouping, null, false);

    /// <summary>The role of each paragraph, and for each section heading the label its words name (null: content decides).</summary>
    public static IReadOnlyList<OutlineEntry> Read(IReadOnlyList<NarrativeParagraph> paragraphs)
    {
        var entries = Roles(paragraphs);
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Role == OutlineRole.Body && ContinuesList(paragraphs, entries, i))
            {
                entries[i] = entries[i] with { ContinuesList = true };
            }
        }

        return entries;
    }

    /// <summary>
    /// Whether a body paragraph is the next item of a numbered list in its section (（四）数据部 after
    /// （三）技术工程部, 4、公用经费：指… after 3、…): a list does not change subject halfway.
    /// </summary>
    private static bool ContinuesList(IReadOnlyList<NarrativeParagraph> paragraphs, OutlineEntry[] entries, int index)
    {
        if (HeadingText.Marker(paragraphs[index].Text) is not { Style: not EnumeratorStyle.Part } marker || marker.Number < 2)
        {
            return false;
        }

        for (var i = index - 1; i >= 0 && entries[i].Role == OutlineRole.Body; i--)
        {
            if (HeadingText.Marker(paragraphs[i].Text) is { } earlier && earlier.Style == marker.Style)
            {
                return earlier.Number == marker.Number - 1;
            }
        }

        return false;
    }

    private static OutlineEntry[] Roles(IReadOnlyList<NarrativeParagraph> paragraphs)
    {
        var entries = new OutlineEntry[paragraphs.Count];
        var levels = new List<(EnumeratorStyle Style, int Number)>();
        int? sectionDepth = null;
        SectionLabel? sectionNamed = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            var next = i + 1 < paragraphs.Count ? paragraphs[i + 1] : null;
            var named = SectionVocabulary.LabelOf(paragraph.Heading);
            if (paragraph.Heading is null)
            {
                entries[i] = Body;
                continue;
            }

            if (paragraph.Marker is null || paragraph.Marker.Style == EnumeratorStyle.Part)
            {
                entries[i] = Unnumbered(paragraph, next, named, sectionNamed);
                if (entries[i].Role != OutlineRole.Body)
                {
                    // A part or an unnumbered section heading starts the numbering afresh: whatever is numbered below it is inside it.
                    levels.Clear();
                    sectionDepth = entries[i].Role == OutlineRole.SectionHeading ? -1 : null;
                    sectionNamed = entries[i].Named;
                }

                continue;
            }

            var (depth, placed) = Place(levels, paragraph.Marker);
            var atSectionLevel = sectionDepth is null || depth <= sectionDepth;
            if (paragraph.IsHeadingOnly && (next is null || GroupsNext(next, named, depth, placed) || (next.Heading is not null && Place(placed, next.Marker).Depth <= depth)))
            {
                // A heading over deeper section headings only groups them; one with nothing under
                // it before its next sibling has nothing to label.
                levels = placed;
                entries[i] = Grouping;
                sectionDepth = null;
                sectionNamed = null;
            }
            else if (atSectionLevel || (paragraph.IsHeadingOnly && named is not null && named != sectionNamed && SectionVocabulary.ReadsAsSectionTitle(paragraph.Heading)))
            {
                // A sibling of the current section's heading (or one above it) opens the next
                // section; so does a deeper heading on its own line that plainly names another
                // section. A deeper run-in lead-in (（一）办公室。负责…, 1. 机关运行经费：指…) is a
                // list item even when it mentions a section word.
                levels = placed;
                entries[i] = new OutlineEntry(OutlineRole.SectionHeading, named, false);
                sectionDepth = depth;
                sectionNamed = named;
            }
            else
            {
                // A sub-heading under the section's heading: it stays in the section, as text.
                if (paragraph.IsHeadingOnly)
                {
                    levels = placed;
                }

                entries[i] = Body;
            }
        }

        return entries;
    }

    /// <summary>
    /// A heading on its own line groups the sections under it when the next paragraph is a deeper
    /// heading that names a section, and this heading names none, or only "other matters":
    /// <c>四、收支说明</c> over <c>（一）收支预算总体情况</c>, <c>三、其他重要事项说明</c> over
    /// <c>（一）"三公"经费…</c>. A heading that names its subject is that subject's section, whatever
    /// its items say (<c>十、专业名词解释</c> over <c>1. 机关运行经费：指…</c>).
    /// </summary>
    private static bool GroupsNext(NarrativeParagraph next, SectionLabel? named, int depth, List<(EnumeratorStyle, int)> placed)
    {
        if (next.Heading is null || next.Marker is null || next.Marker.Style == EnumeratorStyle.Part)
        {
            return false;
        }

        var nextNamed = SectionVocabulary.LabelOf(next.Heading);
        var sectionLike = next.IsHeadingOnly || SectionVocabulary.ReadsAsSectionTitle(next.Heading);
        return (named is null or SectionLabel.Other) && sectionLike && Place(placed, next.Marker).Depth > depth && nextNamed is not null && nextNamed != named;
    }

    /// <summary>A part heading or a heading without enumerator: layout and words decide.</summary>
    private static OutlineEntry Unnumbered(NarrativeParagraph paragraph, NarrativeParagraph? next, SectionLabel? named, SectionLabel? sectionNamed)
    {
        var isPart = paragraph.Marker?.Style == EnumeratorStyle.Part;

        // 第四部分 名词解释 over its entries (一、财政拨款：单位从…) is the glossary's section: a part
        // that names its subject is that section whatever its items say, unless a heading on a line
        // of its own follows (第八部分 其他需要说明情况 over 一、机关运行经费).
        var namesOverItems = isPart && named is not null and not SectionLabel.Other && next is { IsHeadingOnly: false };
        if (paragraph.IsHeadingOnly && !namesOverItems && (next is null || next.Heading is not null && (isPart || named is null || (named == SectionLabel.Other && SectionVocabulary.LabelOf(next.Heading) is { } n && n != named))))
        {
            // 第一部分 单位概况 or 单位基本情况 over the first section heading.
            return Grouping;
        }

        // 第四部分 专业名词解释 printed over its own text is a section. An unnumbered title opens a
        // section when it reads as a section title naming another subject (内设机构 after the
        // duties), or, naming none, when it is printed as a heading and ends as section titles do
        // (…情况, …说明); otherwise it is a caption, a chart title or a table cell in its section
        // (会议费培训费明细, 支出功能分类明细, 其他社会保障).
        var opens = isPart
            || (named is not null && named != sectionNamed && SectionVocabulary.ReadsAsSectionTitle(paragraph.Heading!))
            || (named is null && paragraph.Emphasised && SectionVocabulary.EndsAsSectionTitle(paragraph.Heading!));
        return opens ? new OutlineEntry(OutlineRole.SectionHeading, named, false) : Body;
    }

    /// <summary>
    /// Where a numbered heading goes in the outline: back to the level of an open style whose
    /// number it continues, else one level below the deepest open one. Returns the depth and the
    /// outline with the heading placed (the given outline is not changed).
    /// </summary>
    private static (int Depth, List<(EnumeratorStyle Style, int Number)> Placed) Place(List<(EnumeratorStyle Style, int Number)> levels, HeadingMarker? marker)
    {
        if (marker is null || marker.Style == EnumeratorStyle.Part)
        {
            return (-1, []);
        }

        var open = levels.FindLastIndex(l => l.Style == marker.Style);
        var depth = open >= 0 && marker.Number > levels[open].Number ? open : levels.Count;
        List<(EnumeratorStyle, int)> placed = [.. levels.Take(depth), (marker.Style, marker.Number)];
        return (depth, placed);
    }
}
