namespace BudgetHarvest.Core.Corrections;

/// <summary>A reviewer's judgement of a document's extraction, after any corrections.</summary>
public enum ReviewVerdict
{
    /// <summary>The figures can be used as they are stored.</summary>
    Usable,

    /// <summary>Usable in part; the note says which part is not.</summary>
    Partial,

    /// <summary>The figures must not be used.</summary>
    Unusable,
}
