using System.Text.Json.Nodes;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;

namespace BudgetHarvest.Core.Tests;

/// <summary>Every way a file can fail to be a document must surface as one exception type callers can catch.</summary>
public sealed class BudgetJsonTests
{
    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"format\": \"budgetharvest/0\"}")]
    [InlineData("{\"format\": \"budgetharvest/1\", \"tables\": [{\"rows\": [[1]]}]}")]
    [InlineData("{\"format\": \"budgetharvest/1\", \"document\": {\"kind\": \"county_budget\"}}")]
    public void Deserialize_InvalidDocument_ThrowsInvalidDataException(string json)
    {
        Assert.Throws<InvalidDataException>(() => BudgetJson.Deserialize(json));
    }

    [Fact]
    public void Serialize_Enums_UsesSnakeCaseNames()
    {
        var document = new BudgetDocument
        {
            Document = new DocumentMetadata { Kind = DisclosureKind.DepartmentBudget },
            Sections = [new NarrativeSection { Label = SectionLabel.ThreePublicCosts }],
        };

        var json = BudgetJson.Serialize(document);

        Assert.Contains("\"kind\": \"department_budget\"", json, StringComparison.Ordinal);
        Assert.Contains("\"label\": \"three_public_costs\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_TableFacets_UsesSpecNamesAndOmitsUnset()
    {
        var document = new BudgetDocument
        {
            Tables =
            [
                new BudgetTable { Kind = TableKind.EconomicDetail, Funding = FundingSource.GeneralBudget, Spending = SpendingScope.Basic, RowKey = RowKeyKind.Economic },
                new BudgetTable { Kind = TableKind.Performance },
            ],
        };

        var tables = JsonNode.Parse(BudgetJson.Serialize(document))!["tables"]!.AsArray();

        Assert.Equal("general_budget", (string?)tables[0]!["funding"]);
        Assert.Equal("basic", (string?)tables[0]!["spending"]);
        Assert.Equal("economic", (string?)tables[0]!["row_key"]);
        Assert.False(tables[1]!.AsObject().ContainsKey("funding"));
        Assert.False(tables[1]!.AsObject().ContainsKey("row_key"));
    }

    [Fact]
    public void Serialize_ChineseText_IsNotEscaped()
    {
        var json = BudgetJson.Serialize(new BudgetDocument { Document = new DocumentMetadata { Region = "宝鸡市" } });

        Assert.Contains("宝鸡市", json, StringComparison.Ordinal);
    }
}
