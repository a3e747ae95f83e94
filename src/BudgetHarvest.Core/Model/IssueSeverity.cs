namespace BudgetHarvest.Core.Model;

/// <summary>How much a reviewer should care about an issue.</summary>
public enum IssueSeverity
{
    Info,
    Warning,
    /// <summary>The extraction failed or is unusable.</summary>
    Error,
}
