namespace BudgetHarvest.Core.Corrections;

/// <summary>A correction as the warehouse keeps it, with what its last application did.</summary>
/// <param name="Id">Its identity, in the order corrections were made.</param>
/// <param name="Correction">The correction.</param>
/// <param name="Applied">True when it applied at the document's last load, false when it no longer applies (its table or row is gone).</param>
/// <param name="Problem">Why it did not apply, when it did not.</param>
public sealed record StoredCorrection(long Id, DocumentCorrection Correction, bool Applied, string? Problem);
