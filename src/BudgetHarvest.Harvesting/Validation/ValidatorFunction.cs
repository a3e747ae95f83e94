using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Harvesting.Validation;

/// <summary>
/// Plugs any validator into the pipeline as a function from document to issues, so hosts wire the
/// validation stage without harvesting referencing it.
/// </summary>
public sealed class ValidatorFunction(Func<BudgetDocument, IReadOnlyList<ExtractionIssue>> validate) : IDocumentValidator
{
    public IReadOnlyList<ExtractionIssue> Validate(BudgetDocument document) => validate(document);
}
