using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>What mapping one table produced: its schema rows, the performance meta, and issues.</summary>
public sealed class MappingResult
{
    /// <summary>The rows in the table's standard schema, in printed order.</summary>
    public List<TableRow> Rows { get; init; } = [];

    /// <summary>The header block of a performance table; null for other kinds.</summary>
    public PerformanceMeta? Meta { get; init; }

    /// <summary>Cells that could not be read (e.g. <see cref="IssueCodes.UnparsedCell"/>).</summary>
    public List<ExtractionIssue> Issues { get; init; } = [];

    /// <summary>A result without rows (a table kind that has none, such as <see cref="TableKind.Other"/>).</summary>
    public static MappingResult Empty() => new();
}
