using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Warehouse.Loading;

/// <summary>
/// The warehouse's notes to reviewers (<see cref="IssueCodes.ReviewNotes"/>: a unit mismatch, a
/// correction that no longer applies) are kept out of the budgetharvest/1 document, whose issue codes
/// are closed: they are stored in <c>issues</c> flagged <c>review_note</c>, counted in the document's
/// status and counts, and shown beside its issues.
/// </summary>
internal static class ReviewNotes
{
    /// <summary>Whether an issue is a review note rather than an issue of the format.</summary>
    public static bool Is(ExtractionIssue issue) => issue.Severity != IssueSeverity.Error && IssueCodes.ReviewNotes.Contains(issue.Code);

    /// <summary>
    /// The document without review notes among its issues (a copy when it had some, e.g. a JSON file
    /// saved from an older download; the document itself otherwise, never changed).
    /// </summary>
    public static BudgetDocument Without(BudgetDocument document)
    {
        if (!document.Issues.Exists(Is))
        {
            return document;
        }

        var copy = BudgetJson.Deserialize(BudgetJson.Serialize(document));
        copy.Issues.RemoveAll(Is);
        return copy;
    }

    /// <summary>The status of a document with its review notes: a note of warning severity makes it one to review.</summary>
    public static DocumentStatus Status(BudgetDocument document, IReadOnlyList<ExtractionIssue> notes) =>
        DocumentStatuses.Of(document) is DocumentStatus.Ok && notes.Any(n => n.Severity == IssueSeverity.Warning)
            ? DocumentStatus.Warning
            : DocumentStatuses.Of(document);
}
