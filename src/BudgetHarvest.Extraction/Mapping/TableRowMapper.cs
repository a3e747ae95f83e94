using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// The ready-made grid → rows stage: dispatches on <see cref="BudgetTable.Kind"/> to the mapper of
/// that kind and returns rows, performance meta and issues. <see cref="TableKind.Other"/> tables
/// (and empty grids) give no rows; a grid with data lines left without rows is reported
/// (<see cref="IssueCodes.UnmappedTable"/>).
/// </summary>
public sealed class TableRowMapper
{
    private readonly Dictionary<TableKind, ITableRowMapper> _mappers = [];

    /// <summary>Creates the default mapper set, optionally with other synonyms.</summary>
    public TableRowMapper(ColumnSynonyms? synonyms = null)
    {
        synonyms ??= ColumnSynonyms.Default;
        Register(new SummaryMapper(synonyms));
        Register(new PerformanceMapper(synonyms));
        foreach (var kind in new[]
                 {
                     TableKind.IncomeByUnit, TableKind.ExpenseByUnit, TableKind.FunctionDetail, TableKind.EconomicDetail,
                     TableKind.ProjectList, TableKind.Procurement, TableKind.ThreePublic,
                 })
        {
            Register(new ColumnTableMapper(kind, synonyms));
        }
    }

    /// <summary>Replaces (or adds) the mapper of one kind, e.g. for a template the defaults do not read.</summary>
    public void Register(ITableRowMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        _mappers[mapper.Kind] = mapper;
    }

    /// <summary>Maps one table's grid to its schema rows.</summary>
    public MappingResult Map(BudgetTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var result = table.Grid.Count > 0 && _mappers.TryGetValue(table.Kind, out var mapper)
            ? mapper.Map(table)
            : table.Kind == TableKind.Performance ? new MappingResult { Meta = new PerformanceMeta() } : MappingResult.Empty();
        if (UnmappedTableCheck.Check(table, result.Rows) is { } unmapped)
        {
            result.Issues.Add(unmapped);
        }

        return result;
    }

    /// <summary>Maps a table and stores the rows and meta on it; returns the issues found.</summary>
    public List<ExtractionIssue> Apply(BudgetTable table)
    {
        var result = Map(table);
        table.Rows = result.Rows;
        table.Meta = result.Meta;
        return result.Issues;
    }
}
