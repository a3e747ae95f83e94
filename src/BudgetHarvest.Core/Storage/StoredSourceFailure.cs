namespace BudgetHarvest.Core.Storage;

/// <summary>A recorded <see cref="SourceFailure"/> with the identity and time the warehouse gave it.</summary>
/// <param name="Id">Increases with every failure recorded.</param>
/// <param name="Failure">What was recorded.</param>
/// <param name="RecordedAt">When the warehouse recorded it.</param>
public sealed record StoredSourceFailure(long Id, SourceFailure Failure, DateTimeOffset RecordedAt);
