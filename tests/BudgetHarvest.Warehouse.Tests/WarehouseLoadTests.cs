using System.Globalization;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Core.Validation;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>Loading the public corpus, on either backend: totals by query against the ground truth, reloads, failures.</summary>
public abstract class WarehouseLoadTests : WarehouseTestBase
{
    private const string FactTotals = """
        SELECT d.sha256, l.table_ordinal, l.column_key, count(l.amount_yuan), sum(l.amount_yuan)
        FROM budget_lines l JOIN documents d ON d.document_id = l.document_id
        GROUP BY d.sha256, l.table_ordinal, l.column_key
        HAVING count(l.amount_yuan) > 0
        """;

    private static readonly string[] ChildTables = ["budget_lines", "document_tables", "sections", "issues", "performance_indicators", "performance_projects", "procurement_items"];

    [WarehouseFact]
    public async Task LoadAsync_PublicCorpus_TotalsByQueryMatchGroundTruth()
    {
        var corpus = CorpusDocuments.All();

        await LoadAllAsync(corpus);

        var expected = new SortedDictionary<string, (long Count, decimal Sum)>(StringComparer.Ordinal);
        foreach (var document in corpus)
        {
            for (var t = 0; t < document.Tables.Count; t++)
            {
                var table = document.Tables[t];
                var factor = Measures.YuanPerUnit(table.Measure)!.Value;
                foreach (var (field, value) in table.Rows.Where(_ => table.Kind != TableKind.Performance).SelectMany(r => r))
                {
                    if (value is decimal amount && field != RowFields.Quantity)
                    {
                        var key = $"{document.Source.Sha256}/{t + 1}/{field}";
                        expected[key] = expected.TryGetValue(key, out var e) ? (e.Count + 1, e.Sum + (amount * factor)) : (1, amount * factor);
                    }
                }
            }
        }

        var actual = new SortedDictionary<string, (long Count, decimal Sum)>(StringComparer.Ordinal);
        foreach (var row in await RowsAsync(FactTotals))
        {
            actual[$"{row[0]}/{row[1]}/{row[2]}"] = (Convert.ToInt64(row[3], CultureInfo.InvariantCulture), (decimal)row[4]!);
        }

        Assert.True(expected.Count > 500, $"the corpus yields only {expected.Count} table/column totals");
        Assert.Equal(expected, actual);
    }

    [WarehouseFact]
    public async Task LoadAsync_PublicCorpus_EveryPartOfEveryDocumentIsStored()
    {
        var corpus = CorpusDocuments.All();

        await LoadAllAsync(corpus);

        Assert.Equal(corpus.Count, await CountAsync("SELECT count(*) FROM documents WHERE is_latest"));
        Assert.Equal(corpus.Select(d => d.Document.UnitName).Distinct().Count(), await CountAsync("SELECT count(*) FROM units"));
        Assert.Equal(corpus.Sum(d => d.Tables.Count), await CountAsync("SELECT count(*) FROM document_tables"));
        Assert.Equal(corpus.Sum(d => d.Sections.Count), await CountAsync("SELECT count(*) FROM sections"));
        Assert.Equal(corpus.Sum(d => d.Issues.Count), await CountAsync("SELECT count(*) FROM issues"));
        Assert.Equal(corpus.Sum(d => d.Tables.Where(t => t.Kind == TableKind.Performance).Sum(t => t.Rows.Count)), await CountAsync("SELECT count(*) FROM performance_indicators"));
        Assert.Equal(corpus.Sum(d => d.Tables.Count(t => t.Meta is not null)), await CountAsync("SELECT count(*) FROM performance_projects"));
        Assert.Equal(corpus.Sum(d => d.Tables.Where(t => t.Kind == TableKind.Procurement).Sum(t => t.Rows.Count)), await CountAsync("SELECT count(*) FROM procurement_items"));
        Assert.Equal(corpus.Sum(d => d.Tables.Where(t => t.Kind == TableKind.Summary).Sum(t => t.Rows.Count)), await CountAsync("SELECT count(*) FROM v_summary"));
    }

    [WarehouseFact]
    public async Task LoadAsync_PublicCorpus_FunctionDetailViewMatchesGroundTruth()
    {
        var corpus = CorpusDocuments.All();

        await LoadAllAsync(corpus);

        var expected = new List<string>();
        foreach (var document in corpus)
        {
            foreach (var table in document.Tables.Where(t => t.Kind == TableKind.FunctionDetail))
            {
                var factor = Measures.YuanPerUnit(table.Measure)!.Value;
                expected.AddRange(table.Rows.Select((row, r) => string.Join("|",
                    document.Document.UnitName, document.Document.Year, table.Number, r + 1, row.Text(RowFields.Code), row.Text(RowFields.Name),
                    Show(row.Amount(RowFields.Total) * factor), Show(row.Amount(RowFields.Personnel) * factor),
                    Show(row.Amount(RowFields.Public) * factor), Show(row.Amount(RowFields.Project) * factor))));
            }
        }

        var actual = (await RowsAsync("SELECT unit_name, year, table_number, row_number, code, name, total, personnel, public, project FROM v_function_detail"))
            .Select(row => string.Join("|", row[0], row[1], row[2], row[3], row[4], row[5], Show((decimal?)row[6]), Show((decimal?)row[7]), Show((decimal?)row[8]), Show((decimal?)row[9])))
            .ToList();

        Assert.True(expected.Count > 500);
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [WarehouseFact]
    public async Task LoadAsync_CorpusTwice_SecondLoadChangesNothing()
    {
        var corpus = CorpusDocuments.All();
        var first = new List<LoadResult>();
        foreach (var document in corpus)
        {
            first.Add(await Warehouse.LoadAsync(document));
        }

        var counts = await ChildCountsAsync();
        var second = new List<LoadResult>();
        foreach (var document in CorpusDocuments.All())
        {
            second.Add(await Warehouse.LoadAsync(document));
        }

        Assert.All(first, r => Assert.Equal(LoadOutcome.Inserted, r.Outcome));
        Assert.All(second, r => Assert.Equal(new LoadResult(r.Sha256, LoadOutcome.Unchanged, 0), r));
        Assert.Equal(counts, await ChildCountsAsync());
        Assert.Equal(corpus.Count, await CountAsync("SELECT count(*) FROM documents"));
        Assert.Equal(first.Sum(r => r.BudgetLines), await CountAsync("SELECT count(*) FROM budget_lines"));
    }

    [WarehouseFact]
    public async Task LoadAsync_BadAmountInLastTable_FailsAndLeavesNothingPartial()
    {
        var good = CorpusDocuments.One(CorpusDocuments.Baoji);
        await Warehouse.LoadAsync(good);
        var before = await ChildCountsAsync();
        // A new version whose very last budget line overflows: the facts before it are already being
        // written (mid-COPY, mid-append) when the load fails.
        var bad = CorpusDocuments.WithSha256(good, 'b');
        var lastTable = bad.Tables.Last(t => t.Kind != TableKind.Performance && t.Rows.Count > 0 && t.Measure == Measures.WanYuan);
        lastTable.Rows[^1].Set(RowFields.Total, decimal.MaxValue);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Warehouse.LoadAsync(bad));

        Assert.Contains("too large", error.Message, StringComparison.Ordinal);
        Assert.False(await Warehouse.ContainsAsync(bad.Source.Sha256));
        Assert.Equal(before, await ChildCountsAsync());
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM documents"));
        Assert.Equal(good.Source.Sha256, (await RowsAsync("SELECT sha256 FROM documents WHERE is_latest")).Single()[0]);
    }

    [WarehouseFact]
    public async Task LoadAsync_CancelledBeforeCommit_LeavesNothing()
    {
        var document = CorpusDocuments.One(CorpusDocuments.Baoji);
        await Warehouse.EnsureSchemaAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Warehouse.LoadAsync(document, cancellationToken: cancelled.Token));

        Assert.False(await Warehouse.ContainsAsync(document.Source.Sha256));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM budget_lines"));
    }

    [WarehouseFact]
    public async Task LoadAsync_NewVersionOfUnitYear_BecomesTheOnlyLatest()
    {
        var original = CorpusDocuments.One(CorpusDocuments.Baoji);
        var revised = CorpusDocuments.WithSha256(original, 'a');
        var revisedTotal = CorpusDocuments.FunctionDetail(revised).Rows[0];
        revisedTotal.Set(RowFields.Total, 999.99m);

        await Warehouse.LoadAsync(original);
        Clock.Advance(TimeSpan.FromDays(1));
        var second = await Warehouse.LoadAsync(revised);
        var reload = await Warehouse.LoadAsync(CorpusDocuments.One(CorpusDocuments.Baoji));

        Assert.Equal(LoadOutcome.Inserted, second.Outcome);
        Assert.Equal(LoadOutcome.Unchanged, reload.Outcome);
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM documents"));
        var latest = await RowsAsync("SELECT sha256 FROM documents WHERE is_latest");
        Assert.Equal(revised.Source.Sha256, Assert.Single(latest)[0]);
        var total = await RowsAsync($"SELECT total FROM v_function_detail WHERE table_number = {CorpusDocuments.FunctionDetail(revised).Number} AND row_number = 1");
        Assert.Equal(9_999_900m, (decimal)Assert.Single(total)[0]!);
        Assert.Equal(1, await CountAsync("SELECT count(DISTINCT document_id) FROM v_budget_lines"));
    }

    [WarehouseFact]
    public async Task LoadAsync_OlderFetchLoadedLater_DoesNotBecomeLatest()
    {
        var newer = CorpusDocuments.One(CorpusDocuments.Baoji);
        var older = CorpusDocuments.WithSha256(newer, 'c');
        var fetched = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

        await Warehouse.LoadAsync(newer, new DocumentProvenance("https://example.gov.cn/new.pdf", fetched));
        await Warehouse.LoadAsync(older, new DocumentProvenance("https://example.gov.cn/old.pdf", fetched.AddMonths(-2)));

        Assert.Equal(newer.Source.Sha256, (await RowsAsync("SELECT sha256 FROM documents WHERE is_latest")).Single()[0]);
        var summary = await Warehouse.FindDocumentAsync(older.Source.Sha256);
        Assert.Equal(fetched.AddMonths(-2), summary!.FetchedAt);
        Assert.Equal("https://example.gov.cn/old.pdf", summary.SourceUri);
        Assert.False(summary.IsLatest);
    }

    [WarehouseFact]
    public async Task LoadAsync_FailedExtraction_IsStoredButNeverLatest()
    {
        var good = CorpusDocuments.One(CorpusDocuments.Baoji);
        var failed = CorpusDocuments.WithSha256(good, 'f');
        failed.Tables.Clear();
        failed.Issues = [ExtractionIssue.Create(IssueCodes.Timeout, IssueSeverity.Error, "Extraction did not finish within 120 s.")];

        await Warehouse.LoadAsync(good);
        Clock.Advance(TimeSpan.FromHours(1));
        var result = await Warehouse.LoadAsync(failed);

        Assert.Equal(new LoadResult(failed.Source.Sha256, LoadOutcome.Inserted, 0), result);
        var listed = await Warehouse.ListDocumentsAsync(new DocumentFilter { Status = DocumentStatus.Failed });
        var summary = Assert.Single(listed);
        Assert.Equal(failed.Source.Sha256, summary.Sha256);
        Assert.False(summary.IsLatest);
        Assert.Equal(1, summary.ErrorCount);
        Assert.True((await Warehouse.FindDocumentAsync(good.Source.Sha256))!.IsLatest);
    }

    [WarehouseFact]
    public async Task LoadAsync_SeedNamesSameUnit_SeedFillsWhatThePdfDoesNotPrintWithoutIssue()
    {
        var document = CorpusDocuments.One(CorpusDocuments.Baoji);
        document.Document.UnitCode = null;
        var provenance = new DocumentProvenance("https://example.gov.cn/a.pdf", Clock.Now, UnitCode: "999", UnitName: "宝鸡市 大数据管理中心", Region: "宝鸡市", ExtractorVersion: "0.1.0");

        await Warehouse.LoadAsync(document, provenance);

        var unit = Assert.Single(await RowsAsync("SELECT unit_key, unit_name, unit_code FROM units"));
        Assert.Equal(["宝鸡市大数据管理中心", "宝鸡市大数据管理中心", "999"], unit);
        Assert.Equal(["0.1.0", "宝鸡市 大数据管理中心"], (await RowsAsync("SELECT d.extractor_version, s.unit_name FROM documents d JOIN document_seeds s ON s.document_id = d.document_id")).Single());
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM issues_and_notes WHERE code = 'unit_mismatch'"));
    }

    [WarehouseFact]
    public async Task LoadAsync_SeedNamesOtherUnit_PrintedUnitWinsSeedIsProvenanceAndMismatchIsAReviewNote()
    {
        var document = CorpusDocuments.One(CorpusDocuments.Baoji);
        var provenance = new DocumentProvenance("https://example.gov.cn/a.pdf", Clock.Now, UnitCode: "999", UnitName: "宝鸡市财政局", Department: "宝鸡市人民政府", Region: "宝鸡市");

        await Warehouse.LoadAsync(document, provenance);

        var unit = Assert.Single(await RowsAsync("SELECT unit_name, unit_code, department FROM units"));
        Assert.Equal(["宝鸡市大数据管理中心", "621002", "宝鸡市数字经济局"], unit);
        Assert.Equal("宝鸡市财政局", (await RowsAsync("SELECT unit_name FROM document_seeds")).Single()[0]);
        var note = Assert.Single(await RowsAsync("SELECT severity, message FROM review_notes WHERE code = 'unit_mismatch'"));
        Assert.Equal("warning", note[0]);
        Assert.Contains("宝鸡市财政局", (string)note[1]!, StringComparison.Ordinal);
        Assert.Equal("warning", (await RowsAsync("SELECT status FROM documents")).Single()[0]);
        // A note of the warehouse, not an issue of budgetharvest/1: neither in issues nor in the stored document, which the caller's document is not changed into either.
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM issues WHERE code = 'unit_mismatch'"));
        Assert.Empty(FormatConformance.Problems((await Warehouse.GetDocumentAsync(document.Source.Sha256))!));
        Assert.DoesNotContain(document.Issues, i => i.Code == IssueCodes.UnitMismatch);
        var listed = (await Warehouse.ListIssuesAsync(document.Source.Sha256))[^1];
        Assert.Equal((IssueCodes.UnitMismatch, true, document.Issues.Count + 1), (listed.Issue.Code, listed.ReviewNote, listed.Ordinal));
        Assert.Equal("宝鸡市大数据管理中心", (await RowsAsync("SELECT DISTINCT unit_name FROM v_function_detail")).Single()[0]);
    }

    [WarehouseFact]
    public async Task ReplaceAsync_SeededDocument_KeepsTheSeedUnitAsProvenance()
    {
        var document = CorpusDocuments.One(CorpusDocuments.Baoji);
        await Warehouse.LoadAsync(document, new DocumentProvenance("https://example.gov.cn/a.pdf", Clock.Now, UnitName: "宝鸡市财政局"));

        await Warehouse.ReplaceAsync(CorpusDocuments.One(CorpusDocuments.Baoji));

        Assert.Equal(["宝鸡市财政局", "https://example.gov.cn/a.pdf"], (await RowsAsync("SELECT s.unit_name, d.source_uri FROM documents d JOIN document_seeds s ON s.document_id = d.document_id")).Single());
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM review_notes WHERE code = 'unit_mismatch'"));
    }

    [WarehouseFact]
    public async Task LoadAsync_SameDocumentConcurrently_StoresItOnce()
    {
        await Warehouse.EnsureSchemaAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Warehouse.LoadAsync(CorpusDocuments.One(CorpusDocuments.Baoji)))));

        Assert.Single(results, r => r.Outcome == LoadOutcome.Inserted);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM documents"));
        Assert.Equal(results.Sum(r => r.BudgetLines), await CountAsync("SELECT count(*) FROM budget_lines"));
    }

    [WarehouseFact]
    public async Task LoadAsync_MalformedSha256_ThrowsArgumentExceptionAndStoresNothing()
    {
        var document = CorpusDocuments.One(CorpusDocuments.Baoji);
        document.Source.Sha256 = document.Source.Sha256.ToUpperInvariant();

        await Assert.ThrowsAsync<ArgumentException>(() => Warehouse.LoadAsync(document));

        Assert.Equal(0, await CountAsync("SELECT count(*) FROM documents"));
    }

    private async Task<string> ChildCountsAsync()
    {
        var counts = new List<string>();
        foreach (var table in ChildTables.Append("documents").Append("units"))
        {
            counts.Add($"{table}={await CountAsync($"SELECT count(*) FROM {table}")}");
        }

        return string.Join(", ", counts);
    }

    private static string Show(decimal? amount) => amount is { } a ? a.ToString("0.####", CultureInfo.InvariantCulture) : "null";
}
