using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Extraction;

/// <summary>
/// The seam between hosts and extraction: PDF bytes in, a <c>budgetharvest/1</c> document out.
/// Implementations never throw for bad input: a file that cannot be extracted yields a document
/// whose error issue says why. The settings of a run (time limit, <c>--all-tables</c>, section
/// classifier) are fixed when the extractor is built, so every call of one extractor extracts alike.
/// </summary>
public interface IDocumentExtractor
{
    /// <summary>Extracts one PDF, within the extractor's per-document limits.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the work is stopped).</exception>
    Task<BudgetDocument> ExtractAsync(byte[] pdf, string fileName, CancellationToken cancellationToken = default);
}
