namespace BudgetHarvest.Warehouse.Schema;

/// <summary>One forward-only step of the warehouse schema.</summary>
/// <param name="Version">Position in the sequence; applied in ascending order, each exactly once.</param>
/// <param name="Name">A short description, recorded in <c>schema_version</c> for humans.</param>
/// <param name="Sql">The statements to run; they share the migrator's transaction.</param>
public sealed record Migration(int Version, string Name, string Sql);
