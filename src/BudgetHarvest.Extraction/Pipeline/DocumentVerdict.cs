using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Families;
using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Extraction.Locating;

namespace BudgetHarvest.Extraction.Pipeline;

/// <summary>
/// Decides whether a PDF is a budget disclosure at all, and whether its tables are in it: a notice,
/// a report or a 决算 is refused with <c>not_a_disclosure</c> saying what it is; a budget whose 目录
/// lists tables that no page prints gets <c>tables_not_in_pdf</c>.
/// </summary>
internal static class DocumentVerdict
{
    // The cover is the top of the first page, down to the 目录 heading.
    private const int CoverLines = 12;

    /// <summary>Throws the refusal of a document whose cover says it is no budget disclosure.</summary>
    /// <exception cref="ExtractionFailure">The document is not a budget disclosure.</exception>
    public static void RefuseOtherDocuments(IReadOnlyList<PageText> pages, TemplateFamily family)
    {
        var cover = Cover(pages);
        var joined = cover.Replace("\n", "", StringComparison.Ordinal);
        foreach (var type in family.DocumentTypes)
        {
            if (Regex.IsMatch(cover, type.Pattern, RegexOptions.Multiline, TimeSpan.FromSeconds(1))
                && (type.Unless is null || !Regex.IsMatch(joined, type.Unless, RegexOptions.None, TimeSpan.FromSeconds(1))))
            {
                var headline = string.Concat(joined.Take(60));
                throw new ExtractionFailure(IssueCodes.NotADisclosure, $"This PDF is not a budget disclosure: it is {type.What} ({headline}).");
            }
        }
    }

    /// <summary>Throws the refusal of a document in which nothing says budget.</summary>
    /// <exception cref="ExtractionFailure">No budget year and no tables were found.</exception>
    public static void RefuseEmpty(TableLocation location, DocumentMetadata metadata)
    {
        if (location.Tables.Count == 0 && location.TableOfContents.Count == 0 && metadata.Year is null)
        {
            throw new ExtractionFailure(IssueCodes.NotADisclosure, "This PDF does not look like a budget disclosure: no budget year and no budget tables were found.");
        }
    }

    /// <summary>The warning for a narrative-only budget: its 目录 lists tables, none is printed.</summary>
    public static ExtractionIssue? TablesElsewhere(TableLocation location) =>
        location.Tables.Count == 0 && location.TableOfContents.Count > 0
            ? ExtractionIssue.Create(IssueCodes.TablesNotInPdf, IssueSeverity.Warning,
                $"The 目录 lists {location.TableOfContents.Count} tables ({location.TableOfContents[0].Title} …), but no page prints them: the tables are published elsewhere.")
            : null;

    private static string Cover(IReadOnlyList<PageText> pages) =>
        pages.Count == 0 ? "" : string.Join('\n', pages[0].Lines.Take(CoverLines).Select(l => TextShape.FoldWidth(l.Compact)).TakeWhile(l => !l.EndsWith("目录", StringComparison.Ordinal)));
}
