using System.Text.Json.Nodes;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Core.Tests;

/// <summary>The round-trip test is only as strict as its comparer; these pin what it must and must not tolerate.</summary>
public sealed class JsonTreeTests
{
    [Theory]
    [InlineData("{\"a\": 1, \"b\": [1, 2]}", "{\"b\": [1, 2], \"a\": 1}")]
    [InlineData("{\"a\": 12.0}", "{\"a\": 12.00}")]
    [InlineData("[null, true, \"x\"]", "[null, true, \"x\"]")]
    public void FirstDifference_EquivalentTrees_ReturnsNull(string expected, string actual)
    {
        Assert.Null(JsonTree.FirstDifference(JsonNode.Parse(expected), JsonNode.Parse(actual)));
    }

    [Theory]
    [InlineData("{\"a\": 1}", "{\"a\": 1, \"b\": null}")]
    [InlineData("{\"a\": null}", "{}")]
    [InlineData("[1, 2]", "[2, 1]")]
    [InlineData("{\"a\": 1}", "{\"a\": \"1\"}")]
    [InlineData("{\"a\": 0.1}", "{\"a\": 0.10000001}")]
    [InlineData("{\"a\": true}", "{\"a\": false}")]
    public void FirstDifference_DifferentTrees_ReturnsDescription(string expected, string actual)
    {
        Assert.NotNull(JsonTree.FirstDifference(JsonNode.Parse(expected), JsonNode.Parse(actual)));
    }
}
