namespace BudgetHarvest.Core.Storage;

/// <summary>The column a document list is ordered by; ties fall back to the newest load first.</summary>
public enum DocumentSort
{
    /// <summary>When the document was loaded (the default, newest first).</summary>
    Loaded,

    /// <summary>The unit's name.</summary>
    Unit,

    /// <summary>The budget year.</summary>
    Year,

    /// <summary>The review status: failed, refused, narrative only, low yield, warning, ok.</summary>
    Status,

    /// <summary>Tables found.</summary>
    Tables,

    /// <summary>Budget lines loaded.</summary>
    Lines,
}
