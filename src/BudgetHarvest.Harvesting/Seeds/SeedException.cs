using BudgetHarvest.Core.Failures;

namespace BudgetHarvest.Harvesting.Seeds;

/// <summary>One problem in a seed file, located by line and by JSON path of the field.</summary>
/// <param name="Path">The seed file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Field">The field, e.g. <c>units[3].sources[0].index</c>.</param>
/// <param name="Message">What is wrong and, where it helps, what is expected.</param>
public sealed record SeedError(string Path, int Line, string Field, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Field}: {Message}";
}

/// <summary>
/// A seed file that cannot be used, with every problem found in it. Deterministic: the file must
/// be fixed, so this is never worth retrying.
/// </summary>
public sealed class SeedException : BudgetHarvestException
{
    /// <summary>The code of every seed file problem.</summary>
    public const string InvalidSeeds = "seeds_invalid";

    public SeedException(IReadOnlyList<SeedError> errors)
        : base(InvalidSeeds, string.Join(Environment.NewLine, errors)) => Errors = errors;

    public SeedException()
        : this([])
    {
    }

    public SeedException(string message)
        : base(InvalidSeeds, message) => Errors = [];

    public SeedException(string message, Exception innerException)
        : base(InvalidSeeds, message, innerException) => Errors = [];

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<SeedError> Errors { get; }
}
