namespace BudgetHarvest.Extraction.Tables;

/// <summary>Tolerances for turning page paths into table rules.</summary>
public sealed record RulingOptions
{
    /// <summary>A filled rectangle thinner than this (pt) in one dimension is a rule (Chromium draws borders this way).</summary>
    public double MaxRuleThickness { get; init; } = 2.0;

    /// <summary>Pieces whose constant coordinates differ by less than this are collinear.</summary>
    public double SnapTolerance { get; init; } = 1.5;

    /// <summary>Collinear pieces separated by a gap smaller than this are joined.</summary>
    public double JoinGap { get; init; } = 2.0;

    /// <summary>Rules shorter than this are ignored (glyph-like marks, underline ticks).</summary>
    public double MinLength { get; init; } = 3.0;
}
