using System.Data.Common;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse.Loading;
using BudgetHarvest.Warehouse.Sql;

namespace BudgetHarvest.Warehouse;

/// <summary>
/// The explicit replace path: a re-extraction of a stored PDF (an operator's Retry) takes the place of
/// the stored extraction of the same SHA-256, which <see cref="LoadAsync"/> would leave unchanged.
/// </summary>
public abstract partial class DocumentWarehouse
{
    private const string StoredVersion = """
        SELECT d.document_id, d.source_uri, d.fetched_at, d.loaded_at, u.unit_key, s.unit_name, s.unit_code, s.department, s.region, d.year, d.kind,
               d.reviewed_at, d.reviewed_by
        FROM documents d LEFT JOIN units u ON u.unit_id = d.unit_id LEFT JOIN document_seeds s ON s.document_id = d.document_id
        WHERE d.sha256 = $1
        """;

    // Every table holding a document's rows, its documents row last.
    private static readonly string[] DocumentRowTables =
    [
        FactTables.DocumentTables.Name, FactTables.BudgetLines.Name, FactTables.Sections.Name, FactTables.Issues.Name, FactTables.ReviewNotes.Name,
        FactTables.PerformanceIndicators.Name, FactTables.PerformanceProjects.Name, FactTables.ProcurementItems.Name, "document_seeds", "documents",
    ];

    /// <summary>
    /// Stores <paramref name="document"/> in place of the stored extraction with the same SHA-256, in
    /// one transaction: its facts and issues are replaced, its review is cleared (the new extraction
    /// has not been reviewed), and the latest version of its unit-year is chosen again. A harvested
    /// document keeps its provenance (source, fetch time, the seed's unit, as stored with it). Stores the document as new
    /// when none with its SHA-256 is stored.
    /// </summary>
    /// <returns><see cref="LoadOutcome.Replaced"/>, or <see cref="LoadOutcome.Inserted"/> when nothing was stored.</returns>
    /// <exception cref="ArgumentException">The document's <c>source.sha256</c> is not 64 lower-case hex digits.</exception>
    /// <exception cref="InvalidDataException">The document holds an amount no budget can have; nothing was changed.</exception>
    /// <exception cref="WarehouseException">The store failed; nothing was changed.</exception>
    public Task<LoadResult> ReplaceAsync(BudgetDocument document, CancellationToken cancellationToken = default) =>
        WriteAsync(document, null, replace: true, cancellationToken);

    /// <summary>Deletes the stored version of <paramref name="sha256"/> inside the transaction, returning what must survive it.</summary>
    private static async Task<ReplacedVersion?> RemoveStoredAsync(DbConnection connection, DbTransaction transaction, string sha256, CancellationToken cancellationToken)
    {
        ReplacedVersion? stored;
        await using (var command = DbCommands.Create(connection, transaction, StoredVersion, sha256))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var sourceUri = NullableText(reader, 1);
            var provenance = sourceUri is null ? null : new DocumentProvenance(
                sourceUri,
                Utc(reader, reader.IsDBNull(2) ? 3 : 2),
                UnitCode: NullableText(reader, 6),
                UnitName: NullableText(reader, 5),
                Department: NullableText(reader, 7),
                Region: NullableText(reader, 8));
            stored = new ReplacedVersion(
                reader.GetInt64(0),
                provenance,
                NullableText(reader, 4),
                reader.IsDBNull(9) ? null : reader.GetInt32(9),
                NullableText(reader, 10))
            {
                ReviewedAt = reader.IsDBNull(11) ? null : Utc(reader, 11),
                ReviewedBy = NullableText(reader, 12),
            };
        }

        var delete = new StatementBatch();
        foreach (var table in DocumentRowTables)
        {
            delete.Add($"DELETE FROM {table} WHERE document_id = $1", stored.DocumentId);
        }

        await delete.ExecuteAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>What a replaced version leaves behind: its provenance, and the unit-year whose latest version may have been it.</summary>
    private sealed record ReplacedVersion(long DocumentId, DocumentProvenance? Provenance, string? UnitKey, int? Year, string? Kind)
    {
        /// <summary>Its review, which a correction (unlike a re-extraction) keeps.</summary>
        public DateTimeOffset? ReviewedAt { get; init; }

        public string? ReviewedBy { get; init; }
    }
}
