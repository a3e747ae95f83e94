namespace BudgetHarvest.Core.Corrections;

/// <summary>Why a reviewer keeps a document out of the analysts' views.</summary>
public enum ExclusionReason
{
    /// <summary>Not a budget disclosure at all (a statistics bulletin, a notice).</summary>
    NotABudget,

    /// <summary>Final accounts (决算), not a budget (预算).</summary>
    FinalAccounts,

    /// <summary>Another stored document discloses the same budget.</summary>
    Duplicate,

    /// <summary>The document belongs to another unit than the one it was harvested for.</summary>
    WrongUnit,

    /// <summary>Another reason, given in the note.</summary>
    Other,
}
