using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;

namespace BudgetHarvest.Validation.Rules.Narrative;

/// <summary>
/// Every amount the narrative states for a known figure (total budget, 一般公共预算拨款, 公用经费,
/// "三公"经费 and its parts, 会议费, 培训费, …) equals the table figure. A statement repeated in the
/// narrative with the same amount is checked once.
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
        foreach (var section in context.Document.Sections)
        {
            foreach (var (claim, pattern) in _claims)
            {
                foreach (Match match in pattern.Matches(section.Text))
                {
                    var stated = NarrativeText.Stated(section, match);
                    var targets = claim.Targets.Select(t => t(context.Tables)).OfType<Figure>().ToList();
                    if (seen.Add((claim.Name, stated.Value, stated.Measure ?? "")) && targets.Count > 0)
                    {
                        // Checked against a target it agrees with, else the first: the reading the message names.
                        var reference = targets.Find(t => context.Agrees(stated, t)) ?? targets[0];
                        context.CheckEqual(IdentityScope.Narrative, IssueCodes.NarrativeMismatch, stated, reference);
                    }
                }
            }
        }
    }
}
