using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Families;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// The extraction's grid → rows stage behind the warehouse's <see cref="ITableRemapper"/> seam: a table a
/// reviewer re-typed is mapped from its stored grid as its new kind, exactly as extraction maps it,
/// with the facets the general rules give that kind for its title and header.
/// </summary>
public sealed class TableRemapper(TableRowMapper? rowMapper = null, FamilyCatalog? families = null) : ITableRemapper
{
    private readonly TableRowMapper rowMapper = rowMapper ?? new TableRowMapper();
    private readonly TableTyping typing = new((families ?? FamilyCatalog.Default).General);

    /// <inheritdoc/>
    public IReadOnlyList<ExtractionIssue> MappingIssues(BudgetTable table) => rowMapper.Map(table).Issues;

    /// <inheritdoc/>
    public IReadOnlyList<ExtractionIssue> Remap(BudgetTable table, TableKind kind)
    {
        ArgumentNullException.ThrowIfNull(table);
        var type = typing.ClassifyAs(kind, table.Title, HeaderText(table.Grid));
        (table.Kind, table.Funding, table.Spending, table.RowKey) = (type.Kind, type.Funding, type.Spending, type.RowKey);
        return rowMapper.Apply(table);
    }

    /// <summary>The compact text printed above the grid's first data line: what the row_key of an ambiguous title is read from.</summary>
    private static string HeaderText(List<List<string>> grid) =>
        string.Concat(grid.TakeWhile(line => !line.Exists(AmountParser.LooksNumeric) || HeaderLayout.IsColumnNumberRow(line)).SelectMany(line => line));
}
