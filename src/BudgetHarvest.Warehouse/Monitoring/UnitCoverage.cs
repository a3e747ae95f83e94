using System.Data.Common;
using System.Globalization;

namespace BudgetHarvest.Warehouse.Monitoring;

/// <summary>
/// The unit × year matrix of the coverage page: for every unit the warehouse knows and every budget
/// year, what was fetched and extracted; a missing cell is a disclosure not found yet. Documents
/// whose extraction failed before their year was read form a cell of their own (year null).
/// </summary>
public sealed class UnitCoverage(DocumentWarehouse warehouse)
{
    private const string Cells = """
        SELECT u.unit_id, u.unit_name, u.region, d.year,
               count(*) AS fetched,
               count(*) FILTER (WHERE d.status <> 'failed') AS extracted,
               max(CASE WHEN d.is_latest THEN d.table_count END) AS tables_found,
               max(CASE WHEN d.is_latest THEN d.table_count + coalesce(m.missing, 0) END) AS tables_expected,
               max(CASE WHEN d.is_latest THEN d.status END) AS status,
               coalesce(bool_or(d.is_latest AND d.reviewed_at IS NOT NULL), false) AS reviewed
        FROM documents d
        JOIN units u ON u.unit_id = d.unit_id
        LEFT JOIN (SELECT document_id, count(*) AS missing FROM issues WHERE code = 'missing_table' GROUP BY document_id) m
               ON m.document_id = d.document_id
        GROUP BY u.unit_id, u.unit_name, u.region, d.year
        ORDER BY u.region, u.unit_name, d.year
        """;

    /// <summary>Every unit-year with at least one stored document, and each unit's documents of unknown year.</summary>
    public Task<IReadOnlyList<CoverageCell>> CellsAsync(CancellationToken cancellationToken = default) =>
        warehouse.ReadAsync<IReadOnlyList<CoverageCell>>(Cells, ReadCellsAsync, cancellationToken);

    private static async Task<IReadOnlyList<CoverageCell>> ReadCellsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var cells = new List<CoverageCell>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            cells.Add(new CoverageCell(
                Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
                reader.GetString(1),
                DocumentWarehouse.NullableText(reader, 2),
                reader.IsDBNull(3) ? null : Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
                reader.IsDBNull(6) ? null : Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture),
                reader.IsDBNull(7) ? null : Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture),
                DocumentWarehouse.NullableText(reader, 8),
                reader.GetBoolean(9)));
        }

        return cells;
    }
}
