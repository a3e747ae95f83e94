using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Extraction;

/// <summary>Extraction from files, for every <see cref="IDocumentExtractor"/>.</summary>
public static class DocumentExtractorExtensions
{
    /// <summary>Extracts a PDF file; a file that cannot be read yields an <c>invalid_pdf</c> document.</summary>
    public static async Task<BudgetDocument> ExtractFileAsync(this IDocumentExtractor extractor, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FailedDocument.Create(Path.GetFileName(path), "", 0, IssueCodes.InvalidPdf, $"The file cannot be read: {e.Message}");
        }

        return await extractor.ExtractAsync(bytes, Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
    }
}
