using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Storage;

/// <summary>
/// The reviewer's side of the warehouse: list documents by status and issues, read one back, mark it
/// reviewed, and see the sources that yielded no document. The dashboard codes against this seam.
/// </summary>
public interface IWarehouseCatalog
{
    /// <summary>Stored documents matching the filter, most recently loaded first.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(DocumentFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>How many stored documents match the filter, its paging ignored: the total of a paged list.</summary>
    Task<int> CountDocumentsAsync(DocumentFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>The summary of one document, or null when none with this SHA-256 is stored.</summary>
    Task<DocumentSummary?> FindDocumentAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>The document as it was loaded, or null when none with this SHA-256 is stored.</summary>
    Task<BudgetDocument?> GetDocumentAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>The issues of one document, in their extracted order.</summary>
    Task<IReadOnlyList<StoredIssue>> ListIssuesAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Issues per code and severity among the documents the filter selects (its paging ignored), errors first, then the most widespread.</summary>
    Task<IReadOnlyList<IssueCodeCount>> CountIssuesAsync(DocumentFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>For each of the documents that has one, its most severe issue (the first error, else the first warning): why it is listed.</summary>
    Task<IReadOnlyDictionary<string, StoredIssue>> LeadingIssuesAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken = default);

    /// <summary>Marks a document reviewed now (again, if it already was).</summary>
    /// <returns>False when no document with this SHA-256 is stored.</returns>
    Task<bool> MarkReviewedAsync(string sha256, string? reviewer = null, CancellationToken cancellationToken = default);

    /// <summary>The most recently recorded source failures, newest first.</summary>
    Task<IReadOnlyList<StoredSourceFailure>> ListSourceFailuresAsync(int limit = 100, int offset = 0, CancellationToken cancellationToken = default);

    /// <summary>How many source failures are recorded in all (the total the pages of <see cref="ListSourceFailuresAsync"/> add up to).</summary>
    Task<int> CountSourceFailuresAsync(CancellationToken cancellationToken = default);
}
