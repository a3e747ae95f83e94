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
    /// <summary>Adds a <see cref="IssueCodes.UnitMismatch"/> warning to <paramref name="document"/> when the names differ (once).</summary>
    public static void Flag(BudgetDocument document, DocumentProvenance? provenance)
    {
        var printed = document.Document.UnitName;
        var seed = provenance?.UnitName;
        if (string.IsNullOrWhiteSpace(printed) || string.IsNullOrWhiteSpace(seed) || UnitNames.Same(printed, seed)
            || document.Issues.Exists(i => i.Code == IssueCodes.UnitMismatch))
        {
            return;
        }

        document.Issues.Add(ExtractionIssue.Create(IssueCodes.UnitMismatch, IssueSeverity.Warning,
            $"The seed list files this PDF under {seed.Trim()}, but it prints {printed.Trim()}: the document is attributed to {printed.Trim()}."));
    }
}
