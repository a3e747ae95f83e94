using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Core.Validation;

namespace BudgetHarvest.Warehouse.Corrections;

/// <summary>
/// The pipeline stages a correction runs again: the mapping stage re-maps a re-typed table from its grid,
/// the validation stage re-checks a document whose figures a correction changed. Either may be absent
/// (a warehouse used without the pipeline): a re-type then changes the kind only, and nothing is re-validated.
/// </summary>
/// <param name="Remapper">Maps a table's grid as another kind.</param>
/// <param name="Validator">Checks a document's figures.</param>
internal sealed record CorrectionStages(ITableRemapper? Remapper, IDocumentValidator? Validator)
{
    /// <summary>No stage: corrections change what they name and nothing else.</summary>
    public static CorrectionStages None { get; } = new(null, null);
}
