namespace BudgetHarvest.Core.Corrections;

/// <summary>What a reviewer's correction changes in a document's extraction.</summary>
public enum CorrectionAction
{
    /// <summary>The table is of another kind (<see cref="DocumentCorrection.After"/>: the kind's format name).</summary>
    RetypeTable,

    /// <summary>The table has another 表N number (<see cref="DocumentCorrection.After"/>: the number, empty for none).</summary>
    RenumberTable,

    /// <summary>The table is no table of the budget (a 目录, a stray grid): it is left out.</summary>
    DropTable,

    /// <summary>A column holds another key: <see cref="DocumentCorrection.Before"/> names the column (its key or its printed <c>extra</c> header), <see cref="DocumentCorrection.After"/> the row key.</summary>
    MapColumn,

    /// <summary>A cell was read wrong: <see cref="DocumentCorrection.Field"/> of row <see cref="DocumentCorrection.Row"/> holds <see cref="DocumentCorrection.After"/>.</summary>
    FixCell,

    /// <summary>The document is kept out of the analysts' views (<see cref="DocumentCorrection.After"/>: an <see cref="ExclusionReason"/> name; empty to include it again).</summary>
    ExcludeDocument,

    /// <summary>The reviewer's verdict on the document (<see cref="DocumentCorrection.After"/>: a <see cref="ReviewVerdict"/> name) with a note.</summary>
    RecordVerdict,
}
