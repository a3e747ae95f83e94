using System.Data.Common;
using System.Text.Json;
using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Core.Validation;
using BudgetHarvest.Warehouse.Corrections;
using BudgetHarvest.Warehouse.Loading;
using BudgetHarvest.Warehouse.Sql;

namespace BudgetHarvest.Warehouse;

/// <summary>
/// Reviewers' corrections: an overlay kept by SHA-256 and applied by every load of that SHA-256
/// (<see cref="StoreAsync"/>), so a re-extraction keeps them; a new correction re-stores the document
/// from its extraction at once.
/// </summary>
public abstract partial class DocumentWarehouse
{
    private CorrectionStages _correctionStages = CorrectionStages.None;

    private const string CorrectionColumns = """
        SELECT correction_id, action, table_ordinal, table_number, table_title, row_number, row_label, field,
               before_value, after_value, note, made_by, made_at, applied, problem
        FROM corrections WHERE sha256 = $1 ORDER BY correction_id
        """;

    private const string InsertCorrection = """
        INSERT INTO corrections (sha256, action, table_ordinal, table_number, table_title, row_number, row_label, field,
                                 before_value, after_value, note, made_by, made_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
        """;

    private const string UpsertCorrectedDocument = """
        INSERT INTO document_corrections (sha256, extracted_body, excluded_reason, reviewer_verdict, reviewer_note, correction_count)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (sha256) DO UPDATE SET
            extracted_body = excluded.extracted_body,
            excluded_reason = excluded.excluded_reason,
            reviewer_verdict = excluded.reviewer_verdict,
            reviewer_note = excluded.reviewer_note,
            correction_count = excluded.correction_count
        """;

    /// <summary>
    /// Gives the warehouse the pipeline stages a correction runs again: <paramref name="remapper"/> maps a
    /// re-typed table from its grid as its new kind, <paramref name="validator"/> re-validates a document
    /// whose tables a correction changed. Without them a re-type changes the kind alone. Call before first use.
    /// </summary>
    /// <returns>This warehouse.</returns>
    public DocumentWarehouse WithCorrectionStages(ITableRemapper? remapper, IDocumentValidator? validator)
    {
        _correctionStages = new CorrectionStages(remapper, validator);
        return this;
    }

    /// <summary>
    /// Stores a reviewer's correction and applies it at once: the document is stored again from its
    /// extraction with every correction of its SHA-256 (its review and provenance kept), in one transaction.
    /// </summary>
    /// <returns><see cref="CorrectionOutcome.Refused"/>, with the reason, when it names nothing in the document or its value is not one.</returns>
    /// <exception cref="WarehouseException">The store failed; nothing was changed.</exception>
    public async Task<CorrectionResult> CorrectAsync(string sha256, CorrectionRequest request, CancellationToken cancellationToken = default)
    {
        Sha256Text.Check(sha256, nameof(sha256));
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var gate = await EnterWriteAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (await DbCommands.ScalarAsync(connection, transaction, "SELECT coalesce(c.extracted_body, CAST(d.body AS text)) FROM documents d LEFT JOIN document_corrections c ON c.sha256 = d.sha256 WHERE d.sha256 = $1", cancellationToken, sha256).ConfigureAwait(false) is not string json)
            {
                return new CorrectionResult(CorrectionOutcome.NotFound);
            }

            var extracted = ReviewNotes.Without(BudgetJson.Deserialize(json));
            var corrections = await ReadCorrectionsAsync(connection, transaction, sha256, cancellationToken).ConfigureAwait(false);
            var (correction, problem) = CorrectionBuilder.Build(request, extracted, CorrectionOverlay.Apply(extracted, corrections, _correctionStages), Time.GetUtcNow());
            if (correction is null)
            {
                return new CorrectionResult(CorrectionOutcome.Refused, problem);
            }

            // Tried first: a correction that would not apply now is refused, not stored to be reported.
            var trial = CorrectionOverlay.Apply(extracted, [.. corrections, new StoredCorrection(long.MaxValue, correction, true, null)], _correctionStages);
            if (trial.Corrections[^1] is { Applied: false, Problem: var refused })
            {
                return new CorrectionResult(CorrectionOutcome.Refused, refused);
            }

            await DbCommands.ExecuteAsync(connection, transaction, InsertCorrection, cancellationToken, CorrectionValues(correction)).ConfigureAwait(false);
            var replaced = await RemoveStoredAsync(connection, transaction, sha256, cancellationToken).ConfigureAwait(false);
            await StoreAsync(connection, transaction, extracted, replaced?.Provenance, replaced, cancellationToken).ConfigureAwait(false);
            if (replaced?.ReviewedAt is { } reviewedAt)
            {
                // A correction is part of the review, not a new extraction: the document stays reviewed.
                await DbCommands.ExecuteAsync(connection, transaction, "UPDATE documents SET reviewed_at = $2, reviewed_by = $3 WHERE sha256 = $1",
                    cancellationToken, sha256, reviewedAt, replaced.ReviewedBy).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new CorrectionResult(CorrectionOutcome.Applied);
        }
        catch (DbException e)
        {
            throw new WarehouseException($"Could not store a correction of {sha256} in the {Description}: {e.Message}", e.IsTransient, e);
        }
    }

    /// <summary>The exclusion and verdict in force and every correction of a SHA-256; null when no document with it is stored.</summary>
    /// <exception cref="WarehouseException">The store failed.</exception>
    public async Task<CorrectionState?> GetCorrectionsAsync(string sha256, CancellationToken cancellationToken = default)
    {
        Sha256Text.Check(sha256, nameof(sha256));
        return await WithConnectionAsync(async connection =>
        {
            CorrectionState state;
            // The first reader is closed before the corrections are read: PostgreSQL runs one command at a time per connection.
            await using (var command = DbCommands.Create(connection, null, "SELECT c.excluded_reason, c.reviewer_verdict, c.reviewer_note FROM documents d LEFT JOIN document_corrections c ON c.sha256 = d.sha256 WHERE d.sha256 = $1", sha256))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                state = new CorrectionState(
                    NullableText(reader, 0) is { } reason ? FormatNames.Parse<ExclusionReason>(reason) : null,
                    NullableText(reader, 1) is { } verdict ? FormatNames.Parse<ReviewVerdict>(verdict) : null,
                    NullableText(reader, 2),
                    []);
            }

            return state with { Corrections = await ReadCorrectionsAsync(connection, null, sha256, cancellationToken).ConfigureAwait(false) };
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<StoredCorrection>> ReadCorrectionsAsync(DbConnection connection, DbTransaction? transaction, string sha256, CancellationToken cancellationToken)
    {
        await using var command = DbCommands.Create(connection, transaction, CorrectionColumns, sha256);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var corrections = new List<StoredCorrection>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            int? Integer(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
            var correction = new DocumentCorrection
            {
                Sha256 = sha256,
                Action = FormatNames.Parse<CorrectionAction>(reader.GetString(1)),
                Table = reader.IsDBNull(4) ? null : new TableTarget(Integer(2) ?? 0, Integer(3), reader.GetString(4)),
                Row = Integer(5),
                RowLabel = NullableText(reader, 6),
                Field = NullableText(reader, 7),
                Before = NullableText(reader, 8),
                After = NullableText(reader, 9),
                Note = NullableText(reader, 10),
                Author = NullableText(reader, 11),
                MadeAt = Utc(reader, 12),
            };
            corrections.Add(new StoredCorrection(reader.GetInt64(0), correction, reader.GetBoolean(13), NullableText(reader, 14)));
        }

        return corrections;
    }

    /// <summary>Adds to <paramref name="tail"/> what the corrections did: the document's overlay columns and each correction's outcome.</summary>
    private static void RecordCorrections(StatementBatch tail, BudgetDocument extracted, CorrectedDocument corrected)
    {
        if (corrected.Corrections.Count == 0)
        {
            return;
        }

        tail.Add(UpsertCorrectedDocument, extracted.Source.Sha256,
            JsonSerializer.Serialize(extracted, CompactJson),
            corrected.Excluded is { } reason ? FormatNames.Of(reason) : null,
            corrected.Verdict is { } verdict ? FormatNames.Of(verdict.Verdict) : null,
            corrected.Verdict?.Note,
            corrected.Corrections.Count);
        foreach (var correction in corrected.Corrections)
        {
            tail.Add("UPDATE corrections SET applied = $2, problem = $3 WHERE correction_id = $1", correction.Id, correction.Applied, correction.Problem);
        }
    }

    private static object?[] CorrectionValues(DocumentCorrection correction) =>
    [
        correction.Sha256,
        FormatNames.Of(correction.Action),
        correction.Table?.Ordinal,
        correction.Table?.Number,
        correction.Table?.Title,
        correction.Row,
        correction.RowLabel,
        correction.Field,
        correction.Before,
        correction.After,
        correction.Note,
        correction.Author,
        correction.MadeAt.ToUniversalTime(),
    ];
}
