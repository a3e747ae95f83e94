namespace BudgetHarvest.Validation;

/// <summary>How many identities of one scope were checked and how many held.</summary>
public sealed record IdentityTally(IdentityScope Scope, int Checked, int Held)
{
    /// <summary>Identities that did not hold.</summary>
    public int Failed => Checked - Held;

    /// <summary>Share of checked identities that held (1 when none was checked).</summary>
    public double HeldShare => Checked == 0 ? 1 : (double)Held / Checked;

    /// <summary>The sum of two tallies of the same scope.</summary>
    public IdentityTally Add(IdentityTally other) => this with { Checked = Checked + other.Checked, Held = Held + other.Held };
}
