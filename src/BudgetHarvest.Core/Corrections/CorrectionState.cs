namespace BudgetHarvest.Core.Corrections;

/// <summary>A document's corrections as its page shows them: the exclusion and verdict in force, and every correction made.</summary>
/// <param name="Excluded">Why the document is kept out of the analysts' views, or null.</param>
/// <param name="Verdict">The reviewer's last verdict, or null.</param>
/// <param name="VerdictNote">The note given with it.</param>
/// <param name="Corrections">Every correction, oldest first, with whether it applied at the last load.</param>
public sealed record CorrectionState(ExclusionReason? Excluded, ReviewVerdict? Verdict, string? VerdictNote, IReadOnlyList<StoredCorrection> Corrections);
