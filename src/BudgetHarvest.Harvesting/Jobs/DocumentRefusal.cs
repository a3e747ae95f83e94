using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// A document the extractor refused because it is no budget disclosure at all (a notice, a report,
/// a 决算 fetched from a budget column). It is a fault of the source, not of the extraction: it is
/// reported as a source failure with its reason, and stored only as a refused document for review (a failed
/// document, so never a unit-year's latest budget).
/// </summary>
public static class DocumentRefusal
{
    /// <summary>Error codes that refuse the document rather than report a failed extraction.</summary>
    public static IReadOnlySet<string> Codes { get; } = new HashSet<string>(StringComparer.Ordinal) { IssueCodes.NotADisclosure };

    /// <summary>The refusal of a document, or null when the document is a budget (extracted or not).</summary>
    public static ExtractionIssue? Of(BudgetDocument document) =>
        document.Issues.Find(i => i.Severity == IssueSeverity.Error && Codes.Contains(i.Code));
}
