using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Extraction.Tests.Pipeline;

/// <summary>
/// Pages whose content is drawn turned a quarter (fixtures/layout, made from 0003 by scripts/build-fixtures.sh):
/// the extraction must be the upright document's, table for table.
/// </summary>
public sealed class TurnedPageTests
{
    private const string Source = "0003-weinan-ziranziyuanju-2022";

    [Theory]
    [InlineData("sideways")] // text runs down the page, no /Rotate: viewers show it turned
    [InlineData("rotated")] // the same content with /Rotate 90: viewers show it upright
    public void Extract_TurnedPages_TablesMatchUprightTruth(string variant)
    {
        var path = Path.Combine(Fixtures.Folder, "layout", $"{Source}-{variant}.pdf");
        var truth = Fixtures.GroundTruth(Fixtures.Public(Source + ".pdf"));

        var found = new BudgetExtractor().Extract(File.ReadAllBytes(path), Path.GetFileName(path));

        Assert.Equal(truth.Document.UnitName, found.Document.UnitName);
        Assert.Equal(truth.Tables.Select(t => (t.Number, t.Title, string.Join(",", t.Pages))), found.Tables.Select(t => (t.Number, t.Title, string.Join(",", t.Pages))));
        foreach (var (expected, actual) in truth.Tables.Zip(found.Tables))
        {
            Assert.Null(JsonTree.FirstDifference(Json(expected.Grid), Json(actual.Grid)));
            Assert.Null(JsonTree.FirstDifference(Json(expected.Rows), Json(actual.Rows)));
        }
    }

    private static JsonNode? Json<T>(T value) => JsonSerializer.SerializeToNode(value, BudgetJson.Options);
}
