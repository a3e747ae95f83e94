namespace BudgetHarvest.Validation.Facts;

/// <summary>
/// Staff figures the narrative states (人员情况说明), null where it does not say: the authorized
/// posts (编制) and the people actually employed (实有人员), each split into administrative (行政)
/// and public-service (事业) staff, and the retirees the unit manages.
/// </summary>
public sealed record StaffingFacts
{
    /// <summary>人员编制 / 核定编制 / 编制总数.</summary>
    public int? Authorized { get; init; }

    /// <summary>行政编制.</summary>
    public int? AuthorizedAdministrative { get; init; }

    /// <summary>事业编制.</summary>
    public int? AuthorizedPublicService { get; init; }

    /// <summary>实有人员 / 实有在职人员 / 在职在编.</summary>
    public int? Actual { get; init; }

    /// <summary>Of the actual staff, 行政 (行政人员).</summary>
    public int? ActualAdministrative { get; init; }

    /// <summary>Of the actual staff, 事业 (事业人员).</summary>
    public int? ActualPublicService { get; init; }

    /// <summary>(离)退休人员 the unit manages.</summary>
    public int? Retired { get; init; }

    /// <summary>Whether no figure was found.</summary>
    public bool IsEmpty => this == new StaffingFacts();
}
