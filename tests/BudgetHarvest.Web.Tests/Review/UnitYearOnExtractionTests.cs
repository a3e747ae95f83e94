using System.Globalization;
using System.Security.Cryptography;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Testing;
using BudgetHarvest.Warehouse.DuckDb;
using BudgetHarvest.Web.Tests.Support;

namespace BudgetHarvest.Web.Tests.Review;

/// <summary>
/// Issue 15's "done when" for analysts: <c>v_unit_year</c> over the real and wide documents as the
/// pipeline extracts them (not their truth) gives each hand-checked headline total once — the
/// general budget and the 三公 without 会议费, 培训费 and prior-year rows.
/// </summary>
[Collection(CorpusDashboardCollection.Name)]
public sealed class UnitYearOnExtractionTests(CorpusDashboard corpus)
{
    /// <summary>How many documents of the two corpora carry each checked headline at least (a guard against checking nothing).</summary>
    private const int MinimumChecked = 5;

    [Fact]
    public async Task UnitYear_ExtractedRealAndWide_GeneralBudgetMatchesTheHandCheckedTotal()
    {
        var checkedUnits = await CompareAsync("general_budget", TruthHeadlines.GeneralBudget);

        Assert.True(checkedUnits >= MinimumChecked, $"only {checkedUnits} documents carry a checked 一般公共预算 table");
    }

    [Fact]
    public async Task UnitYear_ExtractedRealAndWide_ThreePublicMatchesTheHandCheckedTotal()
    {
        var checkedUnits = await CompareAsync("three_public", TruthHeadlines.ThreePublic);

        Assert.True(checkedUnits >= MinimumChecked, $"only {checkedUnits} documents carry a checked 三公 table");
    }

    private async Task<int> CompareAsync(string column, Func<BudgetDocument, decimal?> truthOf)
    {
        await using var warehouse = new DuckDbWarehouse(corpus.Data.DuckDbPath);
        var mismatches = new List<string>();
        var checkedUnits = 0;
        foreach (var pdf in CorpusDashboard.Pdfs)
        {
            if (truthOf(Fixtures.GroundTruth(pdf)) is not { } expected)
            {
                continue;
            }

            var sha256 = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(pdf)));
            var actual = await warehouse.ReadAsync($"SELECT {column} FROM v_unit_year WHERE sha256 = '{sha256}'", async (reader, ct) =>
                await reader.ReadAsync(ct) && !reader.IsDBNull(0) ? Convert.ToDecimal(reader.GetValue(0), CultureInfo.InvariantCulture) : (decimal?)null);
            if (actual != expected)
            {
                mismatches.Add($"{Path.GetFileName(pdf)}: {column} {actual?.ToString(CultureInfo.InvariantCulture) ?? "missing"}, truth {expected.ToString(CultureInfo.InvariantCulture)}");
            }

            checkedUnits++;
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
        return checkedUnits;
    }
}
