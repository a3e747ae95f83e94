using System.Text.Json.Nodes;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Core.Tests;

/// <summary>
/// Every ground-truth file must survive deserialize → serialize unchanged: the model is the
/// contract, so a field it drops or renames would silently corrupt the warehouse and the scores.
/// </summary>
public sealed class BudgetJsonRoundTripTests
{
    public static TheoryData<string> GroundTruthFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "public", "real", "wide" })
        {
            var files = Directory.GetFiles(Path.Combine(Fixtures.Folder, folder), "*.json").Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                data.Add(Path.Combine(folder, Path.GetFileName(file)));
            }
        }

        return data;
    }

    [Fact]
    public void GroundTruthFiles_Corpus_IsNotEmpty()
    {
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Fixtures.Folder, "public"), "*.json"));
    }

    [Theory]
    [MemberData(nameof(GroundTruthFiles))]
    public void Serialize_DeserializedGroundTruth_ReproducesSameJsonTree(string relativePath)
    {
        var original = File.ReadAllText(Path.Combine(Fixtures.Folder, relativePath));

        var roundTripped = BudgetJson.Serialize(BudgetJson.Deserialize(original));

        var difference = JsonTree.FirstDifference(JsonNode.Parse(original), JsonNode.Parse(roundTripped));
        Assert.True(difference is null, $"{relativePath} changed in a round trip at {difference}");
    }
}
