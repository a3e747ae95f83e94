namespace BudgetHarvest.Core.Completeness;

/// <summary>A document's completeness verdict, as stored beside it.</summary>
/// <param name="Status">The verdict.</param>
/// <param name="Reason">Why, in one sentence a reviewer reads in the list; null when <see cref="YieldStatus.Ok"/>.</param>
/// <param name="TablesFound">Tables the extraction output.</param>
/// <param name="TablesExpected">
/// Tables the document should have yielded: those its 目录 lists (found plus <c>missing_table</c>),
/// else those found plus the standard kinds none of them covers; null when nothing is expected
/// (a refused or failed document).
/// </param>
/// <param name="BudgetLines">The budget-line facts the tables hold.</param>
public sealed record YieldVerdict(YieldStatus Status, string? Reason, int TablesFound, int? TablesExpected, int BudgetLines);
