using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Storage;

/// <summary>
/// The analytics store that extracted documents are loaded into. Harvesting and the web host code
/// against this seam; the warehouse stage provides the PostgreSQL and embedded implementations.
/// </summary>
public interface IDocumentWarehouse
{
    /// <summary>
    /// Loads one document in one transaction. Loading a SHA-256 that is already stored changes nothing;
    /// a newer document for the same unit and year becomes that unit-year's latest version.
    /// Documents that failed extraction (error issues) are loaded too, so reviewers can see why.
    /// </summary>
    Task<LoadResult> LoadAsync(BudgetDocument document, DocumentProvenance? provenance = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a new extraction in place of the stored one with the same SHA-256 (an operator's
    /// re-extraction): facts and issues replaced, provenance kept, review cleared; inserted when none is stored.
    /// </summary>
    Task<LoadResult> ReplaceAsync(BudgetDocument document, CancellationToken cancellationToken = default);

    /// <summary>True when a document with this source SHA-256 is already stored.</summary>
    Task<bool> ContainsAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Records a source that yielded no document (HTTP 404, not a PDF, too large …).</summary>
    Task RecordSourceFailureAsync(SourceFailure failure, CancellationToken cancellationToken = default);
}
