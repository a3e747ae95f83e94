using System.Data.Common;
using System.Text.Json;
using BudgetHarvest.Core.Completeness;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse.Corrections;
using BudgetHarvest.Warehouse.Loading;
using BudgetHarvest.Warehouse.Schema;
using BudgetHarvest.Warehouse.Sql;

namespace BudgetHarvest.Warehouse;

/// <summary>
/// The warehouse over one backend: loads documents (one transaction each, idempotent by SHA-256),
/// keeps the latest version of each unit, year and kind, and serves the dashboard and the analysts.
/// The statements are shared; the backends differ in connections and bulk loading.
/// </summary>
/// <remarks>The schema is created or migrated automatically before the first operation.</remarks>
public abstract partial class DocumentWarehouse : IDocumentWarehouse, IWarehouseCatalog, IAsyncDisposable
{
    private const string UpsertUnit = """
        INSERT INTO units (unit_key, unit_name, unit_code, department, region) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (unit_key) DO UPDATE SET
            unit_name = excluded.unit_name,
            unit_code = coalesce(excluded.unit_code, units.unit_code),
            department = coalesce(excluded.department, units.department),
            region = coalesce(excluded.region, units.region)
        RETURNING unit_id
        """;

    private const string InsertDocument = """
        INSERT INTO documents (sha256, file, pages, source_uri, unit_id, unit_name, unit_code, department, region,
                               year, kind, status, extractor_version, fetched_at, loaded_at,
                               table_count, issue_count, error_count, warning_count, budget_line_count, body,
                               yield_status, yield_reason, tables_expected)
        VALUES ($1, $2, $3, $4, (SELECT unit_id FROM units WHERE unit_key = $5), $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, CAST($21 AS {0}),
                $22, $23, $24)
        ON CONFLICT (sha256) DO NOTHING
        RETURNING document_id
        """;

    // The seed list's unit, kept as provenance beside the printed unit the document belongs to.
    private const string InsertSeed = "INSERT INTO document_seeds (document_id, unit_name, unit_code, department, region) VALUES ($1, $2, $3, $4, $5)";

    // Two statements, not one, so PostgreSQL's one-latest unique index never sees two at once.
    private const string ClearLatest = """
        UPDATE documents SET is_latest = false
        WHERE unit_id = (SELECT unit_id FROM units WHERE unit_key = $1) AND year = $2 AND kind IS NOT DISTINCT FROM $3 AND is_latest
        """;

    // The newest fetch wins (load time when the fetch time is unknown); a failed extraction never does,
    // nor one a reviewer excluded (so it leaves every analyst view, and an older version may return).
    private const string SetLatest = """
        UPDATE documents SET is_latest = true
        WHERE sha256 = (SELECT sha256 FROM documents
                        WHERE unit_id = (SELECT unit_id FROM units WHERE unit_key = $1) AND year = $2
                          AND kind IS NOT DISTINCT FROM $3 AND status <> 'failed'
                          AND sha256 NOT IN (SELECT sha256 FROM document_corrections WHERE excluded_reason IS NOT NULL)
                        ORDER BY coalesce(fetched_at, loaded_at) DESC, loaded_at DESC, document_id DESC
                        LIMIT 1)
        """;

    // Stored compact: the indented form is for people opening files, and costs space and load time.
    private static readonly JsonSerializerOptions CompactJson = new(BudgetJson.Options) { WriteIndented = false };

    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly string _insertDocument;
    private volatile bool _schemaReady;

    private protected DocumentWarehouse(WarehouseBackend backend, string jsonType, TimeProvider timeProvider)
    {
        Backend = backend;
        Time = timeProvider;
        _insertDocument = string.Format(System.Globalization.CultureInfo.InvariantCulture, InsertDocument, jsonType);
    }

    /// <summary>The store this warehouse keeps its data in.</summary>
    public WarehouseBackend Backend { get; }

    /// <summary>Where the data lives, for messages.</summary>
    public abstract string Description { get; }

    private protected TimeProvider Time { get; }

    /// <summary>Creates or upgrades the schema; done automatically before the first operation, safe to call again.</summary>
    /// <returns>The migrations this call applied.</returns>
    /// <exception cref="WarehouseException">The store cannot be reached, or was migrated by a newer build.</exception>
    public Task<IReadOnlyList<Migration>> EnsureSchemaAsync(CancellationToken cancellationToken = default) =>
        MigrateAsync(onlyOnce: false, cancellationToken);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The document's <c>source.sha256</c> is not 64 lower-case hex digits.</exception>
    /// <exception cref="InvalidDataException">The document holds an amount no budget can have; nothing was stored.</exception>
    /// <exception cref="WarehouseException">The store failed; nothing was stored.</exception>
    public Task<LoadResult> LoadAsync(BudgetDocument document, DocumentProvenance? provenance = null, CancellationToken cancellationToken = default) =>
        WriteAsync(document, provenance, replace: false, cancellationToken);

    /// <summary>Loads a document in one transaction; with <paramref name="replace"/>, first removes the stored version of its SHA-256 (see <see cref="ReplaceAsync"/>).</summary>
    private async Task<LoadResult> WriteAsync(BudgetDocument document, DocumentProvenance? provenance, bool replace, CancellationToken cancellationToken)
    {
        var sha256 = Sha256Text.Check(document.Source.Sha256, nameof(document));
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var gate = await EnterWriteAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

            var replaced = replace ? await RemoveStoredAsync(connection, transaction, sha256, cancellationToken).ConfigureAwait(false) : null;
            if (await StoreAsync(connection, transaction, document, provenance ?? replaced?.Provenance, replaced, cancellationToken).ConfigureAwait(false) is not { } lines)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return new LoadResult(sha256, LoadOutcome.Unchanged, 0);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new LoadResult(sha256, replaced is null ? LoadOutcome.Inserted : LoadOutcome.Replaced, lines);
        }
        catch (DbException e)
        {
            throw new WarehouseException($"Could not load {document.Source.File} ({sha256}) into the {Description}: {e.Message}", e.IsTransient, e);
        }
    }

    /// <summary>
    /// Writes an extraction with its SHA-256's corrections applied (documents row, facts, latest-version
    /// bookkeeping) inside the caller's transaction.
    /// </summary>
    /// <returns>The budget lines written, or null when the SHA-256 is already stored (nothing written).</returns>
    private async Task<int?> StoreAsync(DbConnection connection, DbTransaction transaction, BudgetDocument extracted, DocumentProvenance? provenance, ReplacedVersion? replaced, CancellationToken cancellationToken)
    {
        // Four trips at most besides the commit: the corrections; unit and document rows; the bulk
        // facts; the small facts with the latest-version bookkeeping (one each where the driver batches).
        extracted = ReviewNotes.Without(extracted);
        var corrections = await ReadCorrectionsAsync(connection, transaction, extracted.Source.Sha256, cancellationToken).ConfigureAwait(false);
        var corrected = CorrectionOverlay.Apply(extracted, corrections, _correctionStages);
        var document = corrected.Document;
        if (UnitMismatch.Note(document, provenance) is { } mismatch)
        {
            corrected = corrected with { ReviewNotes = [.. corrected.ReviewNotes, mismatch] };
        }

        var unit = UnitIdentity.Of(document.Document, provenance);
        var lines = DocumentFacts.CountBudgetLines(document);
        var head = new StatementBatch();
        if (unit is not null)
        {
            head.Add(UpsertUnit, unit.Key, unit.Name, unit.Code, unit.Department, unit.Region);
        }

        head.Add(_insertDocument, DocumentValues(document, corrected.ReviewNotes, provenance, unit, lines));
        if ((await head.ExecuteScalarsAsync(connection, transaction, cancellationToken).ConfigureAwait(false))[^1] is not { } documentId)
        {
            return null;
        }

        var tail = new StatementBatch();
        var id = Convert.ToInt64(documentId, System.Globalization.CultureInfo.InvariantCulture);
        if (provenance is { UnitName: not null } or { UnitCode: not null })
        {
            tail.Add(InsertSeed, id, provenance.UnitName, provenance.UnitCode, provenance.Department, provenance.Region);
        }

        await new DocumentFacts(corrected, id).WriteAsync(CreateFactSink(connection, transaction, tail), cancellationToken).ConfigureAwait(false);
        RecordCorrections(tail, extracted, corrected);
        var kind = document.Document.Kind is { } k ? FormatNames.Of(k) : null;
        if (unit is not null && document.Document.Year is { } year)
        {
            tail.Add(ClearLatest, unit.Key, year, kind);
            tail.Add(SetLatest, unit.Key, year, kind);
        }

        // The replaced version may have been the latest of another unit-year (a failed extraction has no year).
        if (replaced is { UnitKey: { } oldUnit, Year: { } oldYear } && (oldUnit, oldYear, replaced.Kind) != (unit?.Key, document.Document.Year, kind))
        {
            tail.Add(ClearLatest, oldUnit, oldYear, replaced.Kind);
            tail.Add(SetLatest, oldUnit, oldYear, replaced.Kind);
        }

        await tail.ExecuteAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        return lines;
    }

    /// <inheritdoc/>
    public async Task<bool> ContainsAsync(string sha256, CancellationToken cancellationToken = default)
    {
        Sha256Text.Check(sha256, nameof(sha256));
        return await WithConnectionAsync(async connection =>
            await DbCommands.ScalarAsync(connection, null, "SELECT 1 FROM documents WHERE sha256 = $1", cancellationToken, sha256).ConfigureAwait(false) is not null,
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The failure names no source or no code.</exception>
    public async Task RecordSourceFailureAsync(SourceFailure failure, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(failure.SourceUri, nameof(failure));
        ArgumentException.ThrowIfNullOrWhiteSpace(failure.Code, nameof(failure));
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        using var gate = await EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await WithConnectionAsync(connection => DbCommands.ExecuteAsync(connection, null, """
            INSERT INTO source_failures (source_uri, code, message, failed_at, unit_code, unit_name, recorded_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """, cancellationToken, failure.SourceUri, failure.Code, failure.Message, failure.At.ToUniversalTime(), failure.UnitCode, failure.UnitName, Time.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await DisposeCoreAsync().ConfigureAwait(false);
        _schemaGate.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens a connection to the store (the caller disposes it).</summary>
    private protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>The bulk writer of one transaction's facts; it may leave small tables to <paramref name="tail"/>, run before the commit.</summary>
    private protected abstract IFactSink CreateFactSink(DbConnection connection, DbTransaction transaction, StatementBatch tail);

    /// <summary>Serializes writers where the backend needs it; the default lets them run concurrently.</summary>
    private protected virtual Task<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable?>(null);

    private protected abstract ValueTask DisposeCoreAsync();

    /// <summary>Runs after migrations were applied, before any other operation; the default does nothing.</summary>
    private protected virtual Task SchemaChangedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private protected async Task ReadyAsync(CancellationToken cancellationToken)
    {
        if (!_schemaReady)
        {
            await MigrateAsync(onlyOnce: true, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<Migration>> MigrateAsync(bool onlyOnce, CancellationToken cancellationToken)
    {
        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (onlyOnce && _schemaReady)
            {
                return [];
            }

            var applied = await new SchemaMigrator(Backend, OpenConnectionAsync).MigrateAsync(cancellationToken).ConfigureAwait(false);
            if (applied.Count > 0)
            {
                await SchemaChangedAsync(cancellationToken).ConfigureAwait(false);
            }

            await JudgeUnjudgedAsync(cancellationToken).ConfigureAwait(false);
            _schemaReady = true;
            return applied;
        }
        catch (DbException e)
        {
            throw new WarehouseException($"Could not create or upgrade the schema of the {Description}: {e.Message}", e.IsTransient, e);
        }
        catch (InvalidOperationException e)
        {
            throw new WarehouseException($"The {Description} cannot be used by this build: {e.Message}", e);
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    /// <summary>Runs <paramref name="use"/> on a fresh connection once the schema is current; store failures become <see cref="WarehouseException"/>.</summary>
    private protected async Task<T> WithConnectionAsync<T>(Func<DbConnection, Task<T>> use, CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await use(connection).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            throw new WarehouseException($"The {Description} failed: {e.Message}", e.IsTransient, e);
        }
    }

    /// <summary>The documents row: counts and status take the review notes in; the stored body (budgetharvest/1) does not hold them.</summary>
    private object?[] DocumentValues(BudgetDocument document, IReadOnlyList<ExtractionIssue> notes, DocumentProvenance? provenance, UnitIdentity? unit, int lines)
    {
        var meta = document.Document;
        var verdict = YieldJudge.Assess(document, lines);
        return
        [
            document.Source.Sha256,
            document.Source.File,
            document.Source.Pages,
            provenance?.SourceUri,
            unit?.Key,
            meta.UnitName,
            meta.UnitCode,
            meta.Department,
            meta.Region,
            meta.Year,
            meta.Kind is { } kind ? FormatNames.Of(kind) : null,
            DocumentStatuses.Name(ReviewNotes.Status(document, notes)),
            provenance?.ExtractorVersion,
            provenance?.FetchedAt.ToUniversalTime(),
            Time.GetUtcNow(),
            document.Tables.Count,
            document.Issues.Count + notes.Count,
            document.Issues.Count(i => i.Severity == IssueSeverity.Error),
            document.Issues.Concat(notes).Count(i => i.Severity == IssueSeverity.Warning),
            lines,
            JsonSerializer.Serialize(document, CompactJson),
            YieldStatuses.Name(verdict.Status),
            verdict.Reason,
            verdict.TablesExpected,
        ];
    }
}
