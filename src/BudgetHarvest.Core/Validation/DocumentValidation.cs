using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Validation;

/// <summary>How every part of the pipeline (harvest jobs, re-extraction, the CLI) validates what it extracted.</summary>
public static class DocumentValidation
{
    /// <summary>Issue code of a validator that threw: the document goes on anyway, with this warning.</summary>
    public const string ValidationFailed = "validation_failed";

    /// <summary>
    /// Validates a freshly extracted document and adds the issues found to it; a document whose
    /// extraction failed (an error issue) is not validated, since its figures are not there to check.
    /// A validator that throws costs the document nothing: it gets a <see cref="ValidationFailed"/> warning instead.
    /// </summary>
    /// <returns>The issues added.</returns>
    public static IReadOnlyList<ExtractionIssue> ValidateExtracted(this IDocumentValidator validator, BudgetDocument document)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(document);
        if (document.HasErrors)
        {
            return [];
        }

        IReadOnlyList<ExtractionIssue> found;
        try
        {
            found = validator.Validate(document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            found = [ExtractionIssue.Create(ValidationFailed, IssueSeverity.Warning, $"The document could not be validated: {e.GetType().Name}: {e.Message}")];
        }

        document.Issues.AddRange(found);
        return found;
    }
}
