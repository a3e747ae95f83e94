using System.Data.Common;
using BudgetHarvest.Core.Completeness;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Warehouse.Sql;

namespace BudgetHarvest.Warehouse;

/// <summary>The yield verdict of each document (<see cref="YieldAssessor"/>), set on load and given to documents stored before it existed.</summary>
public abstract partial class DocumentWarehouse
{
    // A few bodies at a time: a stored body is ~100 kB of JSON, and a large warehouse has thousands.
    private const int UnjudgedBatch = 50;

    /// <summary>The verdict applied on load (and to rows stored before migration 7).</summary>
    private static readonly YieldAssessor YieldJudge = new();

    /// <summary>
    /// Judges the documents that have no verdict (stored before migration 7) from their stored body
    /// and line count, so an upgraded warehouse lists them like new ones. Runs with the schema gate
    /// held, before any other operation; finds nothing to do on every later start.
    /// </summary>
    private async Task JudgeUnjudgedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            using var gate = await EnterWriteAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var unjudged = new List<(string Sha256, int Lines, string Body)>();
            // Ordered, so two processes upgrading one PostgreSQL warehouse at once lock rows in the same order.
            await using (var command = DbCommands.Create(connection, null,
                $"SELECT sha256, budget_line_count, CAST(body AS text) FROM documents WHERE yield_status IS NULL ORDER BY document_id LIMIT {UnjudgedBatch}", []))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    unjudged.Add((reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));
                }
            }

            if (unjudged.Count == 0)
            {
                return;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (sha256, lines, body) in unjudged)
            {
                await SetVerdictAsync(connection, transaction, sha256, Judge(body, lines), cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The verdict of a stored body. A body this build cannot read any more is judged failed with the
    /// reason, so one old row never keeps the warehouse from opening, and a reviewer sees it listed.
    /// </summary>
    private static YieldVerdict Judge(string body, int lines)
    {
        try
        {
            return YieldJudge.Assess(BudgetJson.Deserialize(body), lines);
        }
        catch (InvalidDataException e)
        {
            return new YieldVerdict(YieldStatus.Failed, $"The stored document cannot be read by this build: {e.Message}", 0, null, lines);
        }
    }

    private static Task<int> SetVerdictAsync(DbConnection connection, DbTransaction transaction, string sha256, YieldVerdict verdict, CancellationToken cancellationToken) =>
        DbCommands.ExecuteAsync(connection, transaction,
            "UPDATE documents SET yield_status = $2, yield_reason = $3, tables_expected = $4 WHERE sha256 = $1",
            cancellationToken, sha256, YieldStatuses.Name(verdict.Status), verdict.Reason, verdict.TablesExpected);
}
