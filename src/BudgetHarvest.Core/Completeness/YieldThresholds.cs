using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Completeness;

/// <summary>The tunables of <see cref="YieldAssessor"/>: where a yield stops being enough.</summary>
public sealed record YieldThresholds
{
    /// <summary>The thresholds the warehouse applies on load.</summary>
    public static YieldThresholds Default { get; } = new();

    /// <summary>
    /// The share of the expected tables that must be found (3 of 4). One missing table of a dozen is
    /// a warning for the reviewer, not a document that yielded too little.
    /// </summary>
    public double MinTableShare { get; init; } = 0.75;

    /// <summary>
    /// Budget lines (printed amounts) below which the document yielded too little, whatever its
    /// tables: a real small unit (a Shanghai 预算单位 with four rows a table and four empty tables)
    /// still yields about 30, while the documents that yielded nothing usable carried 0–15.
    /// </summary>
    public int MinBudgetLines { get; init; } = 20;

    /// <summary>
    /// The kinds every budget disclosure prints, whatever its family's numbering or titles: the set
    /// expected when the document has no 目录 to say what it lists (no <c>missing_table</c> issue).
    /// </summary>
    public IReadOnlyList<TableKind> StandardKinds { get; init; } =
        [TableKind.Summary, TableKind.IncomeByUnit, TableKind.ExpenseByUnit, TableKind.FunctionDetail, TableKind.EconomicDetail, TableKind.ThreePublic];

    /// <summary>Error codes by which the extractor refuses a PDF for what it is, rather than failing to read it.</summary>
    public IReadOnlySet<string> RefusalCodes { get; init; } =
        new HashSet<string>(StringComparer.Ordinal) { IssueCodes.NotADisclosure, IssueCodes.NoTextLayer, IssueCodes.UnreadableText };

    /// <summary>The issue of a budget that publishes its tables elsewhere.</summary>
    public string NarrativeOnlyCode { get; init; } = IssueCodes.TablesNotInPdf;
}
