namespace BudgetHarvest.Validation.Rules.AcrossTables;

/// <summary>
/// Two tables that print the same figure: <see cref="Stated"/> (the more detailed table, which the
/// issue is filed under) must equal <see cref="Reference"/>, or one of the <see cref="Alternatives"/>
/// (what some templates print it as: 表2's 合计 with the balances carried over is 表1's 收入总计).
/// Skipped when the stated figure or every reference is not printed.
/// </summary>
public sealed record CrossTableIdentity(string Name, FigureLocator Stated, FigureLocator Reference, string Why)
{
    /// <summary>Other figures the stated one may equal instead; the identity holds when it equals one.</summary>
    public IReadOnlyList<FigureLocator> Alternatives { get; init; } = [];
}
