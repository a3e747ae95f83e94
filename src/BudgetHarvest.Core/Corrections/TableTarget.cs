namespace BudgetHarvest.Core.Corrections;

/// <summary>
/// A table as the extraction printed it when the correction was made: its 1-based position and its
/// number and title, so a re-extraction that moves the table still finds it, and one that no longer
/// extracts it is noticed.
/// </summary>
/// <param name="Ordinal">1-based position among the extraction's tables.</param>
/// <param name="Number">The extracted 表N number, if any.</param>
/// <param name="Title">The extracted title.</param>
public sealed record TableTarget(int Ordinal, int? Number, string Title);
