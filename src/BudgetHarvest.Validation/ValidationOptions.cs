namespace BudgetHarvest.Validation;

/// <summary>Tolerances of the validation stage.</summary>
public sealed class ValidationOptions
{
    /// <summary>
    /// Largest difference, in the printed measure, that is rounding rather than a mismatch. Two
    /// figures in different measures (万元 and 元) are compared in yuan with the tolerance of the
    /// coarser measure, so 0.01 万元 = 100 元.
    /// </summary>
    public decimal Tolerance { get; init; } = 0.01m;

    /// <summary>
    /// Extra slack, in percentage points, when a stated change rate (较上年减少 0.6万元（33.33%）)
    /// is compared with the rate its own amounts give; the rounding of every printed number is
    /// already allowed for.
    /// </summary>
    public decimal RateTolerance { get; init; } = 0.01m;

    /// <summary>The default tolerances.</summary>
    public static ValidationOptions Default { get; } = new();
}
