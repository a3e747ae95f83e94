using BudgetHarvest.Validation.Checking;

namespace BudgetHarvest.Validation;

/// <summary>
/// One identity the figures of a disclosure must satisfy (a total equals the sum of its lines, a
/// figure printed twice is printed the same, …). A rule checks every instance of its identity it
/// finds in the document and records each through <see cref="ValidationContext"/>.
/// </summary>
public interface IValidationRule
{
    /// <summary>A short name for diagnostics, e.g. <c>FunctionCodeSums</c>.</summary>
    string Name { get; }

    /// <summary>Checks the document of the context, recording every identity checked and every failure.</summary>
    void Check(ValidationContext context);
}
