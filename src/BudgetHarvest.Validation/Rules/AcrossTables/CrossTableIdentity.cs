namespace BudgetHarvest.Validation.Rules.AcrossTables;

/// <summary>
/// Two tables that print the same figure: <see cref="Stated"/> (the more detailed table, which the
/// issue is filed under) must equal <see cref="Reference"/>. Skipped when either is not printed.
/// </summary>
public sealed record CrossTableIdentity(string Name, FigureLocator Stated, FigureLocator Reference, string Why);
