using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;

namespace BudgetHarvest.Validation.Rules.AcrossTables;

/// <summary>Checks a list of <see cref="CrossTableIdentity"/> (by default <see cref="CrossTableIdentities.Default"/>).</summary>
public sealed class CrossTableIdentitiesRule(IReadOnlyList<CrossTableIdentity>? identities = null) : IValidationRule
{
    private readonly IReadOnlyList<CrossTableIdentity> _identities = identities ?? CrossTableIdentities.Default;

    public string Name => "CrossTableIdentities";

    public void Check(ValidationContext context)
    {
        foreach (var identity in _identities)
        {
            var references = identity.Alternatives.Prepend(identity.Reference).Select(l => l(context.Tables)).OfType<Figure>().ToList();
            if (identity.Stated(context.Tables) is { } stated && references.Count > 0)
            {
                context.CheckEqual(IdentityScope.AcrossTables, IssueCodes.CrossTableMismatch, stated, context.Closest(stated, references), identity.Why);
            }
        }
    }
}
