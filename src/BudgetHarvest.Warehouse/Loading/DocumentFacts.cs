using BudgetHarvest.Core.Model;
using BudgetHarvest.Warehouse.Corrections;

namespace BudgetHarvest.Warehouse.Loading;

/// <summary>Receives a document's facts table by table; each backend writes them with its bulk API.</summary>
internal interface IFactSink
{
    /// <summary>Writes the rows (enumerated once, lazily) into the table; writes nothing when there are none.</summary>
    Task WriteAsync<T>(FactTable<T> table, IEnumerable<T> rows, CancellationToken cancellationToken);
}

/// <summary>
/// A document flattened into the fact tables. Budget lines are produced while they are written, so a
/// document's lines are never all in memory at once, and bad data found late fails the load mid-way
/// (which the transaction undoes).
/// </summary>
internal sealed class DocumentFacts
{
    private readonly CorrectedDocument _corrected;
    private readonly BudgetDocument _document;
    private readonly long _documentId;
    private readonly List<TableFact> _tables;

    public DocumentFacts(CorrectedDocument corrected, long documentId)
    {
        _corrected = corrected;
        _document = corrected.Document;
        _documentId = documentId;
        _tables = [.. _document.Tables.Select((t, i) => new TableFact(documentId, checked((short)(i + 1)), t) { Corrected = corrected.CorrectedTables.Contains(t) })];
    }

    /// <summary>How many budget lines a document yields, without producing them.</summary>
    public static int CountBudgetLines(BudgetDocument document) =>
        document.Tables.Where(t => t.Kind != TableKind.Performance)
            .Sum(t => t.Rows.Sum(r => r.Count(f => RowFieldRoles.IsMoney(f.Key, f.Value))));

    public async Task WriteAsync(IFactSink sink, CancellationToken cancellationToken)
    {
        await sink.WriteAsync(FactTables.DocumentTables, _tables, cancellationToken).ConfigureAwait(false);
        await sink.WriteAsync(FactTables.Sections, _document.Sections.Select((s, i) => new SectionFact(_documentId, checked((short)(i + 1)), s)), cancellationToken).ConfigureAwait(false);
        await sink.WriteAsync(FactTables.Issues, _document.Issues.Select((issue, i) => new IssueFact(_documentId, i + 1, issue)), cancellationToken).ConfigureAwait(false);
        // Numbered after the issues, so a reviewer reads one list; kept apart, since they are not issues of the format.
        await sink.WriteAsync(FactTables.ReviewNotes, _corrected.ReviewNotes.Select((note, i) => new IssueFact(_documentId, _document.Issues.Count + i + 1, note)), cancellationToken).ConfigureAwait(false);
        await sink.WriteAsync(FactTables.PerformanceIndicators, Indicators(), cancellationToken).ConfigureAwait(false);
        await sink.WriteAsync(FactTables.PerformanceProjects, Projects(), cancellationToken).ConfigureAwait(false);
        await sink.WriteAsync(FactTables.ProcurementItems, ProcurementItems(), cancellationToken).ConfigureAwait(false);
        // Last: the largest table, and the one whose late bad amount must undo everything above.
        await sink.WriteAsync(FactTables.BudgetLines, BudgetLines(), cancellationToken).ConfigureAwait(false);
    }

    private IEnumerable<BudgetLine> BudgetLines()
    {
        foreach (var table in _tables.Where(t => t.Table.Kind != TableKind.Performance))
        {
            var measure = table.Table.Measure;
            for (var r = 0; r < table.Table.Rows.Count; r++)
            {
                var row = table.Table.Rows[r];
                RowLabels? labels = null;
                foreach (var (field, value) in row)
                {
                    if (!RowFieldRoles.IsMoney(field, value))
                    {
                        continue;
                    }

                    var printed = value as decimal?;
                    labels ??= RowFieldRoles.LabelsOf(row);
                    yield return new BudgetLine(table, r + 1, labels, field, YuanAmounts.Printed(printed), YuanAmounts.ToYuan(printed, measure, table.Table, field)) { Corrected = _corrected.IsCorrected(table.Table, row) };
                }

                // No printed amount is dropped: a column mapped to no key is stored under its printed header.
                foreach (var (header, printed) in row.Extra)
                {
                    labels ??= RowFieldRoles.LabelsOf(row);
                    yield return new BudgetLine(table, r + 1, labels, RowFields.Extra, YuanAmounts.Printed(printed), YuanAmounts.ToYuan(printed, measure, table.Table, RowFields.Extra)) { ExtraHeader = header, Corrected = _corrected.IsCorrected(table.Table, row) };
                }
            }
        }
    }

    private IEnumerable<IndicatorFact> Indicators() =>
        _tables.Where(t => t.Table.Kind == TableKind.Performance)
            .SelectMany(t => t.Table.Rows.Select((row, r) => new IndicatorFact(t, r + 1, row)));

    private IEnumerable<ProjectFact> Projects() =>
        _tables.Where(t => t.Table.Meta is not null).Select(t =>
        {
            var meta = t.Table.Meta!;
            decimal? Yuan(decimal? amount, string field) => YuanAmounts.ToYuan(amount, t.Table.Measure, t.Table, field);
            return new ProjectFact(t, meta, Yuan(meta.FundsTotal, "funds_total"), Yuan(meta.FundsFiscal, "funds_fiscal"), Yuan(meta.FundsOther, "funds_other"));
        });

    private IEnumerable<ProcurementFact> ProcurementItems() =>
        _tables.Where(t => t.Table.Kind == TableKind.Procurement)
            .SelectMany(t => t.Table.Rows.Select((row, r) =>
                new ProcurementFact(t, r + 1, row, YuanAmounts.ToYuan(row.Amount(RowFields.Amount), t.Table.Measure, t.Table, RowFields.Amount))));
}
