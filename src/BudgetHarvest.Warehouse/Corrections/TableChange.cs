using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Warehouse.Corrections;

/// <summary>What applying a document's table corrections works on and records: the corrected copy, the stages to run again, and what changed.</summary>
/// <param name="Document">The corrected copy of the extraction (its issues are replaced when a stage runs again).</param>
/// <param name="Stages">The mapping and validation stages.</param>
/// <param name="Tables">Tables a correction changed.</param>
/// <param name="Relabelled">Tables re-typed or renumbered: every line of theirs changed.</param>
/// <param name="Rows">Rows a correction changed.</param>
/// <param name="Dropped">Tables dropped.</param>
internal sealed record TableChange(
    BudgetDocument Document,
    CorrectionStages Stages,
    HashSet<BudgetTable> Tables,
    HashSet<BudgetTable> Relabelled,
    HashSet<TableRow> Rows,
    HashSet<BudgetTable> Dropped);
