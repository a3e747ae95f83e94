namespace BudgetHarvest.Core.Corrections;

/// <summary>
/// One reviewer's correction of one document's extraction: who, when, what, before → after. Kept by
/// the document's SHA-256 and applied again on every load of that SHA-256, so a re-extraction keeps it.
/// </summary>
/// <remarks>Targets name the extraction as extracted (<see cref="TableTarget"/>, the row's labels), never as corrected.</remarks>
public sealed record DocumentCorrection
{
    /// <summary>The corrected document's source SHA-256.</summary>
    public required string Sha256 { get; init; }

    public required CorrectionAction Action { get; init; }

    /// <summary>The table corrected; null for corrections of the whole document.</summary>
    public TableTarget? Table { get; init; }

    /// <summary>The 1-based row of a <see cref="CorrectionAction.FixCell"/>.</summary>
    public int? Row { get; init; }

    /// <summary>The row's labels when corrected (code, name …), so a re-extraction that moved rows is noticed.</summary>
    public string? RowLabel { get; init; }

    /// <summary>The row key of a <see cref="CorrectionAction.FixCell"/>.</summary>
    public string? Field { get; init; }

    /// <summary>The value as it was shown when corrected (null: blank or absent).</summary>
    public string? Before { get; init; }

    /// <summary>The value the reviewer set (null: blank).</summary>
    public string? After { get; init; }

    /// <summary>The reviewer's words: why, or the verdict's explanation.</summary>
    public string? Note { get; init; }

    /// <summary>The signed-in reviewer.</summary>
    public string? Author { get; init; }

    public DateTimeOffset MadeAt { get; init; }
}
