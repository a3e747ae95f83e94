using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.Narrative;

/// <summary>
/// Every amount the narrative states for a known figure (total budget, 一般公共预算拨款, 公用经费,
/// "三公"经费 and its parts, 会议费, 培训费, …) equals the table figure. A statement repeated in the
/// narrative with the same amount is checked once. A statement whose clause says it is a change
/// (增加, 减少), a sub-unit's figure or a part's (<see cref="NarrativeClaim.PartWords"/>) is not the
/// claim's figure and is not checked against it.
/// </summary>
public sealed class NarrativeAmountsRule : IValidationRule
{
    private readonly List<(NarrativeClaim Claim, Regex Pattern)> _claims;

    public NarrativeAmountsRule(IReadOnlyList<NarrativeClaim>? claims = null) =>
        _claims = [.. (claims ?? NarrativeClaims.Default).Select(c => (c, new Regex(c.Keyword + NarrativeText.Gap + NarrativeText.Amount(), RegexOptions.CultureInvariant)))];

    public string Name => "NarrativeAmounts";

    public void Check(ValidationContext context)
    {
        var seen = new HashSet<(string, decimal?, string)>();
        var subUnits = SubUnits.Names(context.Document, context.Tables);
        foreach (var section in context.Document.Sections)
        {
            foreach (var (claim, pattern) in _claims)
            {
                foreach (Match match in pattern.Matches(section.Text))
                {
                    var clause = NarrativeClause.Before(section.Text, match.Index);
                    if (NarrativeClause.Names(clause, NarrativeClause.ChangeWords) || NarrativeClause.Names(clause, subUnits) || NarrativeClause.Names(clause + match.Value, claim.PartWords)
                        || NarrativeClause.Names(NarrativeClause.SentenceBefore(section.Text, match.Index), claim.SubsetWords))
                    {
                        continue;
                    }

                    var stated = NarrativeText.Stated(section, match);
                    var targets = claim.Targets.Select(t => t(context.Tables)).OfType<Figure>().ToList();
                    if (seen.Add((claim.Name, stated.Value, stated.Measure ?? "")) && targets.Count > 0)
                    {
                        context.CheckEqual(IdentityScope.Narrative, IssueCodes.NarrativeMismatch, stated, context.Closest(stated, targets));
                    }
                }
            }
        }
    }
}
