using System.Data.Common;
using System.Globalization;
using BudgetHarvest.Core.Completeness;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse.Loading;
using BudgetHarvest.Warehouse.Sql;

namespace BudgetHarvest.Warehouse;

/// <summary>The dashboard's queries (<see cref="IWarehouseCatalog"/>), in SQL both backends accept.</summary>
public abstract partial class DocumentWarehouse
{
    private const string SummaryColumns = """
        SELECT d.sha256, d.file, d.source_uri, coalesce(u.unit_name, d.unit_name), coalesce(u.unit_code, d.unit_code),
               coalesce(u.region, d.region), d.year, d.kind, d.status, d.is_latest, d.error_count, d.warning_count,
               d.budget_line_count, d.fetched_at, d.loaded_at, d.reviewed_at, d.reviewed_by,
               d.yield_status, d.yield_reason, d.table_count, d.tables_expected
        FROM documents d
        LEFT JOIN units u ON u.unit_id = d.unit_id
        """;

    /// <inheritdoc/>
    public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(DocumentFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new DocumentFilter();
        var (where, values) = FilterSql(filter);
        var sql = $"{SummaryColumns} {where} ORDER BY {DocumentOrder.Sql(filter.Sort, filter.Descending)} " +
                  $"LIMIT {Math.Clamp(filter.Limit, 0, 10_000)} OFFSET {Math.Max(filter.Offset, 0)}";
        return ReadSummariesAsync(sql, values, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<int> CountDocumentsAsync(DocumentFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var (where, values) = FilterSql(filter ?? new DocumentFilter());
        var count = await WithConnectionAsync(
            connection => DbCommands.ScalarAsync(connection, null, $"SELECT count(*) FROM documents d LEFT JOIN units u ON u.unit_id = d.unit_id {where}", cancellationToken, values),
            cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(count, CultureInfo.InvariantCulture);
    }

    /// <summary>The WHERE clause of a filter over <c>documents d</c> joined with <c>units u</c>, and its values; paging is the caller's.</summary>
    private static (string Where, object?[] Values) FilterSql(DocumentFilter filter)
    {
        var conditions = new List<string>();
        var values = new List<object?>();
        string Parameter(object? value)
        {
            values.Add(value);
            return "$" + values.Count.ToString(CultureInfo.InvariantCulture);
        }

        if (filter.Status is { } status)
        {
            conditions.Add($"d.status = {Parameter(DocumentStatuses.Name(status))}");
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            conditions.Add($"d.status IN ({string.Join(", ", statuses.Select(s => Parameter(DocumentStatuses.Name(s))))})");
        }

        if (filter.YieldStatuses is { Count: > 0 } yields)
        {
            conditions.Add($"d.yield_status IN ({string.Join(", ", yields.Select(y => Parameter(YieldStatuses.Name(y))))})");
        }

        if (filter.NeedsReview)
        {
            conditions.Add("(d.status <> 'ok' OR coalesce(d.yield_status, 'ok') <> 'ok')");
        }

        if (filter.Search is { Length: > 0 } search)
        {
            conditions.Add($"strpos(lower(concat_ws(' ', u.unit_name, d.unit_name, d.file, d.source_uri)), lower({Parameter(search)})) > 0");
        }

        if (filter.Region is { Length: > 0 } region)
        {
            conditions.Add($"strpos(coalesce(u.region, d.region, ''), {Parameter(region)}) > 0");
        }

        if (filter.Kind is { Length: > 0 } kind)
        {
            conditions.Add($"d.kind = {Parameter(kind)}");
        }

        if (filter.Reviewed is { } reviewed)
        {
            conditions.Add(reviewed ? "d.reviewed_at IS NOT NULL" : "d.reviewed_at IS NULL");
        }

        if (filter.LatestOnly)
        {
            conditions.Add("d.is_latest");
        }

        if (filter.Year is { } year)
        {
            conditions.Add($"d.year = {Parameter(year)}");
        }

        if (filter.IssueCode is { } code)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM issues_and_notes fi WHERE fi.document_id = d.document_id AND fi.code = {Parameter(code)})");
        }

        if (filter.UnitNameContains is { Length: > 0 } part)
        {
            conditions.Add($"strpos(coalesce(u.unit_name, d.unit_name, ''), {Parameter(part)}) > 0");
        }

        return (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions), values.ToArray());
    }

    /// <inheritdoc/>
    public async Task<DocumentSummary?> FindDocumentAsync(string sha256, CancellationToken cancellationToken = default)
    {
        Sha256Text.Check(sha256, nameof(sha256));
        var found = await ReadSummariesAsync($"{SummaryColumns} WHERE d.sha256 = $1", [sha256], cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc/>
    public async Task<BudgetDocument?> GetDocumentAsync(string sha256, CancellationToken cancellationToken = default)
    {
        Sha256Text.Check(sha256, nameof(sha256));
        var body = await WithConnectionAsync(
            connection => DbCommands.ScalarAsync(connection, null, "SELECT CAST(body AS text) FROM documents WHERE sha256 = $1", cancellationToken, sha256),
            cancellationToken).ConfigureAwait(false);
        // A body stored before review notes were kept apart may still carry them: they are not of the format.
        return body is string json ? ReviewNotes.Without(BudgetJson.Deserialize(json)) : null;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<StoredIssue>> ListIssuesAsync(string sha256, CancellationToken cancellationToken = default)
    {
        Sha256Text.Check(sha256, nameof(sha256));
        return ReadListAsync("""
            SELECT i.ordinal, i.code, i.severity, i.table_number, i.message, i.review_note
            FROM issues_and_notes i JOIN documents d ON d.document_id = i.document_id
            WHERE d.sha256 = $1 ORDER BY i.ordinal
            """, [sha256], r => new StoredIssue(sha256, r.GetInt32(0), IssueFrom(r, 1), r.GetBoolean(5)), cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<bool> MarkReviewedAsync(string sha256, string? reviewer = null, CancellationToken cancellationToken = default)
    {
        Sha256Text.Check(sha256, nameof(sha256));
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        using var gate = await EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var updated = await WithConnectionAsync(
            connection => DbCommands.ExecuteAsync(connection, null, "UPDATE documents SET reviewed_at = $2, reviewed_by = $3 WHERE sha256 = $1",
                cancellationToken, sha256, Time.GetUtcNow(), reviewer),
            cancellationToken).ConfigureAwait(false);
        return updated > 0;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<StoredSourceFailure>> ListSourceFailuresAsync(int limit = 100, int offset = 0, CancellationToken cancellationToken = default) =>
        ReadListAsync($"""
            SELECT failure_id, source_uri, code, message, failed_at, unit_code, unit_name, recorded_at
            FROM source_failures ORDER BY failure_id DESC LIMIT {Math.Clamp(limit, 0, 10_000)} OFFSET {Math.Max(0, offset)}
            """, [], r => new StoredSourceFailure(
                r.GetInt64(0),
                new SourceFailure(r.GetString(1), r.GetString(2), r.GetString(3), Utc(r, 4), NullableText(r, 5), NullableText(r, 6)),
                Utc(r, 7)), cancellationToken);

    /// <inheritdoc/>
    public Task<int> CountSourceFailuresAsync(CancellationToken cancellationToken = default) =>
        WithConnectionAsync(async connection => Convert.ToInt32(
            await DbCommands.ScalarAsync(connection, null, "SELECT count(*) FROM source_failures", cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    private Task<IReadOnlyList<DocumentSummary>> ReadSummariesAsync(string sql, object?[] values, CancellationToken cancellationToken) =>
        ReadListAsync(sql, values, r => new DocumentSummary(
            Sha256: r.GetString(0),
            File: r.GetString(1),
            SourceUri: NullableText(r, 2),
            UnitName: NullableText(r, 3),
            UnitCode: NullableText(r, 4),
            Region: NullableText(r, 5),
            Year: r.IsDBNull(6) ? null : r.GetInt32(6),
            Kind: NullableText(r, 7),
            Status: DocumentStatuses.Parse(r.GetString(8)),
            IsLatest: r.GetBoolean(9),
            ErrorCount: r.GetInt32(10),
            WarningCount: r.GetInt32(11),
            BudgetLines: r.GetInt32(12),
            FetchedAt: r.IsDBNull(13) ? null : Utc(r, 13),
            LoadedAt: Utc(r, 14),
            ReviewedAt: r.IsDBNull(15) ? null : Utc(r, 15),
            ReviewedBy: NullableText(r, 16),
            Yield: r.IsDBNull(17) ? YieldStatus.Ok : YieldStatuses.Parse(r.GetString(17)),
            YieldReason: NullableText(r, 18),
            Tables: r.GetInt32(19),
            TablesExpected: r.IsDBNull(20) ? null : r.GetInt32(20)), cancellationToken);

    private Task<IReadOnlyList<T>> ReadListAsync<T>(string sql, object?[] values, Func<DbDataReader, T> map, CancellationToken cancellationToken) =>
        WithConnectionAsync<IReadOnlyList<T>>(async connection =>
        {
            await using var command = DbCommands.Create(connection, null, sql, values);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var list = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                list.Add(map(reader));
            }

            return list;
        }, cancellationToken);

    /// <summary>An issue from the columns code, severity, table_number, message starting at <paramref name="first"/>.</summary>
    private static ExtractionIssue IssueFrom(DbDataReader reader, int first) => new()
    {
        Code = reader.GetString(first),
        Severity = FormatNames.Parse<IssueSeverity>(reader.GetString(first + 1)),
        Table = reader.IsDBNull(first + 2) ? null : reader.GetInt32(first + 2),
        Message = reader.GetString(first + 3),
    };

    internal static string? NullableText(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    // Both drivers return timestamptz as a DateTime holding UTC (Npgsql marks it so, DuckDB does not).
    internal static DateTimeOffset Utc(DbDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));
}
