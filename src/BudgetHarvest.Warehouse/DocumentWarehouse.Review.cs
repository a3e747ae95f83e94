using System.Globalization;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse.Loading;

namespace BudgetHarvest.Warehouse;

/// <summary>The dashboard's summaries of issues and review notes: counts per code, and the issue that says why each listed document failed.</summary>
public abstract partial class DocumentWarehouse
{
    // Errors first, then warnings: the order a reviewer reads them in.
    private const string SeverityRank = "CASE i.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END";

    /// <inheritdoc/>
    public Task<IReadOnlyList<IssueCodeCount>> CountIssuesAsync(DocumentFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var (where, values) = FilterSql(filter ?? new DocumentFilter());
        return ReadListAsync($"""
            SELECT i.code, i.severity, count(DISTINCT d.document_id), count(*)
            FROM documents d
            LEFT JOIN units u ON u.unit_id = d.unit_id
            JOIN issues_and_notes i ON i.document_id = d.document_id
            {where}
            GROUP BY i.code, i.severity
            ORDER BY {SeverityRank}, count(DISTINCT d.document_id) DESC, i.code
            """, values, r => new IssueCodeCount(
                r.GetString(0),
                FormatNames.Parse<IssueSeverity>(r.GetString(1)),
                Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture),
                Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture)), cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, StoredIssue>> LeadingIssuesAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken = default)
    {
        if (sha256s.Count == 0)
        {
            return new Dictionary<string, StoredIssue>();
        }

        var values = sha256s.Select(s => (object?)Sha256Text.Check(s, nameof(sha256s))).ToArray();
        var list = string.Join(", ", values.Select((_, i) => "$" + (i + 1).ToString(CultureInfo.InvariantCulture)));
        var leading = await ReadListAsync($"""
            SELECT sha256, ordinal, code, severity, table_number, message FROM (
                SELECT d.sha256, i.ordinal, i.code, i.severity, i.table_number, i.message,
                       row_number() OVER (PARTITION BY i.document_id ORDER BY {SeverityRank}, i.ordinal) AS place
                FROM issues_and_notes i JOIN documents d ON d.document_id = i.document_id
                WHERE d.sha256 IN ({list}) AND i.severity IN ('error', 'warning')
            ) ranked
            WHERE place = 1
            """, values, r => new StoredIssue(r.GetString(0), r.GetInt32(1), IssueFrom(r, 2)), cancellationToken).ConfigureAwait(false);
        return leading.ToDictionary(i => i.Sha256, StringComparer.Ordinal);
    }
}
