using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Warehouse.Loading;

/// <summary>
/// Flags a document whose printed unit is not the unit its seed names: the document is attributed
/// to the printed unit, and a reviewer should confirm that (a folder of mixed units, a portal that
/// files one unit's PDF under another).
/// </summary>
internal static class UnitMismatch
{
    /// <summary>A <see cref="IssueCodes.UnitMismatch"/> review note (a warning) when the names differ, else null. Never part of the document.</summary>
    public static ExtractionIssue? Note(BudgetDocument document, DocumentProvenance? provenance)
    {
        var printed = document.Document.UnitName;
        var seed = provenance?.UnitName;
        if (string.IsNullOrWhiteSpace(printed) || string.IsNullOrWhiteSpace(seed) || UnitNames.Same(printed, seed))
        {
            return null;
        }

        return ExtractionIssue.Create(IssueCodes.UnitMismatch, IssueSeverity.Warning,
            $"The seed list files this PDF under {seed.Trim()}, but it prints {printed.Trim()}: the document is attributed to {printed.Trim()}.");
    }
}
