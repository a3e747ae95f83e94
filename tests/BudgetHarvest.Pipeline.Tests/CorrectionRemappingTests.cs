using System.Data.Common;
using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Core.Validation;
using BudgetHarvest.Testing;
using BudgetHarvest.Warehouse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Pipeline.Tests;

/// <summary>
/// The warehouse the composition root wires re-maps a re-typed table with the extraction's own mapping
/// stage and re-validates the corrected document with the validation stage, on the correction and on
/// every re-extraction of the same SHA-256; the corrected document stays inside budgetharvest/1.
/// </summary>
public sealed class CorrectionRemappingTests : IAsyncLifetime
{
    private const string Seed = "0000-baoji-bigdata-2023";
    private const string Reviewer = "li.wei";

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("bh-remap-");
    private ServiceProvider _root = null!;
    private DocumentWarehouse _warehouse = null!;
    private IDocumentValidator _validator = null!;

    public Task InitializeAsync()
    {
        _root = new ServiceCollection()
            .AddLogging()
            .AddBudgetHarvestPipeline(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Warehouse:DuckDbPath"] = Path.Combine(_work.FullName, "warehouse.duckdb"),
                ["Harvesting:StoreFolder"] = Path.Combine(_work.FullName, "store"),
                ["Harvesting:JobStorage"] = "InMemory",
            }).Build())
            .BuildServiceProvider();
        _warehouse = _root.GetRequiredService<DocumentWarehouse>();
        _validator = _root.GetRequiredService<IDocumentValidator>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _root.DisposeAsync();
        _work.Delete(recursive: true);
    }

    [Fact]
    public async Task RetypeTable_AsOtherThenBack_TheRowsFacetsAndIssuesAreThoseOfTheKindMappedFromTheGrid()
    {
        var truth = Extracted();
        var sha256 = truth.Source.Sha256;
        await _warehouse.LoadAsync(truth);
        var lines = await CountAsync("SELECT count(*) FROM budget_lines WHERE table_number = 5");

        await CorrectAsync(sha256, CorrectionAction.RetypeTable, 5, "other");
        var asOther = (await _warehouse.GetDocumentAsync(sha256))!.Tables[4];
        await CorrectAsync(sha256, CorrectionAction.RetypeTable, 5, "function_detail");
        var back = await _warehouse.GetDocumentAsync(sha256);

        // As other: no schema, so no rows, no facets, and the grid's data lines are reported.
        Assert.Equal((TableKind.Other, 0, null, null), (asOther.Kind, asOther.Rows.Count, asOther.Funding, asOther.RowKey));
        // Back to its kind: the rows mapped from the grid are the hand-checked truth's, with its facets.
        var expected = truth.Tables[4];
        var table = back!.Tables[4];
        Assert.Equal(Cells(expected.Rows), Cells(table.Rows));
        Assert.Equal((expected.Funding, expected.Spending, expected.RowKey), (table.Funding, table.Spending, table.RowKey));
        Assert.DoesNotContain(back.Issues, i => i.Code == IssueCodes.UnmappedTable && i.Table == 5);
        Assert.Empty(FormatConformance.Problems(back));
        Assert.True(lines > 0);
        Assert.Equal(lines, await CountAsync("SELECT count(*) FROM budget_lines WHERE table_number = 5 AND table_kind = 'function_detail' AND corrected"));
    }

    [Fact]
    public async Task RetypeAndFixCell_TheLinesFollowAndTheDocumentIsValidatedAgain()
    {
        var truth = Extracted();
        var sha256 = truth.Source.Sha256;
        await _warehouse.LoadAsync(truth);
        var validatedAsExtracted = _validator.Validate(truth);

        await CorrectAsync(sha256, CorrectionAction.RetypeTable, 5, "other");
        var total = truth.Tables[5].Rows[0].Amount(RowFields.Total)!.Value + 100m;
        var fixedCell = await _warehouse.CorrectAsync(sha256, new CorrectionRequest(CorrectionAction.FixCell, 6, 1, RowFields.Total, total.ToString(System.Globalization.CultureInfo.InvariantCulture), null, Reviewer));
        var corrected = (await _warehouse.GetDocumentAsync(sha256))!;

        Assert.Equal(CorrectionOutcome.Applied, fixedCell.Outcome);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM budget_lines WHERE table_number = 5"));
        Assert.Contains(corrected.Issues, i => i.Code == IssueCodes.UnmappedTable && i.Table == 5);
        // The 合计 no longer adds up: the validation stage says so now, and what it said of the extraction alone is gone.
        var validatedNow = _validator.Validate(corrected);
        Assert.Contains(Keys(validatedNow).Except(Keys(validatedAsExtracted)), k => k.Contains("|6|", StringComparison.Ordinal));
        Assert.Subset(Keys(corrected.Issues).ToHashSet(), Keys(validatedNow).ToHashSet());
        Assert.Empty(Keys(validatedAsExtracted).Except(Keys(validatedNow)).Intersect(Keys(corrected.Issues)));
        Assert.Empty(FormatConformance.Problems(corrected));
    }

    [Fact]
    public async Task ReplaceAsync_ReextractionOfARetypedTable_IsMappedAgainAsTheNewKind()
    {
        var truth = Extracted();
        var sha256 = truth.Source.Sha256;
        await _warehouse.LoadAsync(truth);
        await CorrectAsync(sha256, CorrectionAction.RetypeTable, 7, "economic_detail");
        var corrected = (await _warehouse.GetDocumentAsync(sha256))!;

        await _warehouse.ReplaceAsync(Extracted());
        var reextracted = (await _warehouse.GetDocumentAsync(sha256))!;

        Assert.Equal(TableKind.EconomicDetail, reextracted.Tables[6].Kind);
        Assert.Equal(Json(corrected.Tables[6]), Json(reextracted.Tables[6]));
        Assert.Equal(RowKeyKind.Economic, reextracted.Tables[6].RowKey);
        Assert.All(reextracted.Tables[6].Rows, r => Assert.All(r, f => Assert.True(TableSchemas.Allows(TableKind.EconomicDetail, f.Key), f.Key)));
        var lines = await CountAsync("SELECT count(*) FROM budget_lines WHERE table_number = 7 AND table_kind = 'economic_detail' AND corrected");
        Assert.True(lines > 0);
        Assert.Equal(lines, await CountAsync("SELECT count(*) FROM budget_lines WHERE table_number = 7"));
        Assert.Equal(truth.Tables[6].Rows.Count, reextracted.Tables[6].Rows.Count);
        Assert.Empty(FormatConformance.Problems(reextracted));
    }

    /// <summary>The seed document as the pipeline loads it: extracted (its hand-checked truth, grids included) and validated.</summary>
    private BudgetDocument Extracted()
    {
        var document = BudgetJson.Deserialize(File.ReadAllText(Fixtures.Public(Seed + ".json")));
        _validator.ValidateExtracted(document);
        return document;
    }

    /// <summary>Rows as key/value text, amounts without trailing zeros (the truth prints 12.0 where the mapper reads 12.00).</summary>
    private static List<string> Cells(IEnumerable<TableRow> rows) =>
        [.. rows.Select(r => string.Join(", ", r.Select(f => $"{f.Key}={(f.Value is decimal d ? d.ToString("G29", System.Globalization.CultureInfo.InvariantCulture) : f.Value)}")
            .Concat(r.Extra.Select(e => $"extra:{e.Key}={e.Value}"))))];

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value, BudgetJson.Options);

    private static IEnumerable<string> Keys(IEnumerable<ExtractionIssue> issues) => issues.Select(i => $"{i.Code}|{i.Table}|{i.Message}");

    private async Task CorrectAsync(string sha256, CorrectionAction action, int table, string value)
    {
        var result = await _warehouse.CorrectAsync(sha256, new CorrectionRequest(action, table, null, null, value, null, Reviewer));
        Assert.True(result.Outcome == CorrectionOutcome.Applied, result.Problem);
    }

    private async Task<long> CountAsync(string sql) =>
        Convert.ToInt64(await _warehouse.ReadAsync(sql, async (DbDataReader reader, CancellationToken ct) => await reader.ReadAsync(ct) ? reader.GetValue(0) : null), System.Globalization.CultureInfo.InvariantCulture);
}
