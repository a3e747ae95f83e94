using BudgetHarvest.Validation.Rules.AcrossTables;

namespace BudgetHarvest.Validation.Rules.Narrative;

/// <summary>
/// A kind of amount the narrative states and the table figure it restates: <see cref="Keyword"/>
/// (a regular expression) directly followed by an amount, e.g. <c>公用经费预算安排12.5万元</c>.
/// Some words name figures of two scopes — 公用经费 is the whole unit's in one section and the
/// 一般公共预算 part in another — so a claim may have several targets; it holds when it equals one.
/// </summary>
public sealed record NarrativeClaim(string Name, string Keyword, params IReadOnlyList<FigureLocator> Targets)
{
    /// <summary>
    /// Words that, printed in the clause before the keyword, say the amount is of a part this claim is
    /// not about (<c>政府性基金预算收入</c> is no total 预算收入): the statement is not checked by this claim.
    /// </summary>
    public IReadOnlyList<string> PartWords { get; init; } = [];

    /// <summary>
    /// Words that, printed in the sentence before the keyword, say the amount is a subset's: the
    /// 一般公共预算当年拨款 of the 项目 under performance management is not the whole appropriation.
    /// </summary>
    public IReadOnlyList<string> SubsetWords { get; init; } = [];
}
