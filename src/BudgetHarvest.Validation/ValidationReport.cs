using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Facts;

namespace BudgetHarvest.Validation;

/// <summary>What validating one document found: the issues, how many identities held, and the staff facts.</summary>
public sealed class ValidationReport
{
    /// <summary>One issue per identity that does not hold, in rule order.</summary>
    public required IReadOnlyList<ExtractionIssue> Issues { get; init; }

    /// <summary>Checked and held identities per scope (every scope present, possibly with zero counts).</summary>
    public required IReadOnlyList<IdentityTally> Tallies { get; init; }

    /// <summary>Staff figures stated in the narrative (编制, 实有人数, 离退休), or null when none is stated.</summary>
    public StaffingFacts? Staffing { get; init; }

    /// <summary>Rules that failed on unexpected data, with the reason; their identities are not counted.</summary>
    public IReadOnlyList<string> RuleFailures { get; init; } = [];

    /// <summary>The tally of one scope.</summary>
    public IdentityTally Tally(IdentityScope scope) =>
        Tallies.FirstOrDefault(t => t.Scope == scope) ?? new IdentityTally(scope, 0, 0);

    /// <summary>Identities checked in every scope.</summary>
    public int Checked => Tallies.Sum(t => t.Checked);

    /// <summary>Identities that held in every scope.</summary>
    public int Held => Tallies.Sum(t => t.Held);
}
