using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Validation;

/// <summary>
/// The validation step of the pipeline: checks an extracted document's figures and returns what it
/// finds. The validation stage implements it; harvesting and the hosts call it through
/// <see cref="DocumentValidation.ValidateExtracted"/>. <see cref="NoDocumentValidation"/> passes documents through.
/// </summary>
public interface IDocumentValidator
{
    /// <summary>Issues found in the document (an empty list when it is consistent). Must not modify the document.</summary>
    IReadOnlyList<ExtractionIssue> Validate(BudgetDocument document);
}

/// <summary>A validator that finds nothing: the default until a real one is registered.</summary>
public sealed class NoDocumentValidation : IDocumentValidator
{
    public IReadOnlyList<ExtractionIssue> Validate(BudgetDocument document) => [];
}
