using System.Text.Json.Nodes;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;

namespace BudgetHarvest.Core.Tests;

/// <summary>The format tells an unprinted column (key absent) from a blank cell (key null); rows must keep that apart.</summary>
public sealed class TableRowTests
{
    [Fact]
    public void Has_FieldNeverSet_ReturnsFalse()
    {
        var row = new TableRow().Set(RowFields.Name, "合计");

        Assert.False(row.Has(RowFields.Total));
        Assert.Null(row[RowFields.Total]);
    }

    [Fact]
    public void Has_FieldSetToNull_ReturnsTrue()
    {
        var row = new TableRow().Set(RowFields.Total, null);

        Assert.True(row.Has(RowFields.Total));
        Assert.Null(row.Amount(RowFields.Total));
        Assert.Equal(1, row.Count);
    }

    [Fact]
    public void Set_ExistingField_KeepsPositionAndReplacesValue()
    {
        var row = new TableRow().Set(RowFields.Code, "201").Set(RowFields.Total, 1m).Set(RowFields.Code, "202");

        Assert.Equal([RowFields.Code, RowFields.Total], row.Select(f => f.Key));
        Assert.Equal("202", row.Text(RowFields.Code));
    }

    [Fact]
    public void Set_IntegerOrDouble_StoresDecimal()
    {
        var row = new TableRow().Set(RowFields.Total, 3).Set(RowFields.Amount, 1.5);

        Assert.Equal(3m, row.Amount(RowFields.Total));
        Assert.Equal(1.5m, row.Amount(RowFields.Amount));
    }

    [Fact]
    public void Set_UnsupportedType_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new TableRow().Set(RowFields.Total, DateTime.MinValue));
    }

    [Fact]
    public void SetExtra_SameHeaderTwice_KeepsPositionAndReplacesValue()
    {
        var row = new TableRow().SetExtra("基本支出/小计", 1m).SetExtra("备用", null).SetExtra("基本支出/小计", 2m);

        Assert.Equal(["基本支出/小计", "备用"], row.Extra.Select(e => e.Key));
        Assert.Equal(2m, row.Extra[0].Value);
        Assert.Equal(0, row.Count);
    }

    [Fact]
    public void Serialize_RowWithExtra_RoundTripsExtraObject()
    {
        var document = DocumentWithRow(new TableRow().Set(RowFields.Name, "合计").SetExtra("基本支出/小计", 12.5m).SetExtra("空列", null));

        var json = BudgetJson.Serialize(document);
        var row = JsonNode.Parse(json)!["tables"]![0]!["rows"]![0]!.AsObject();
        var back = BudgetJson.Deserialize(json).Tables[0].Rows[0];

        Assert.Equal(12.5m, row["extra"]!["基本支出/小计"]!.GetValue<decimal>());
        Assert.Equal([new KeyValuePair<string, decimal?>("基本支出/小计", 12.5m), new("空列", null)], back.Extra);
        Assert.False(back.Has(RowFields.Extra));
    }

    [Fact]
    public void Serialize_RowWithoutExtra_WritesNoExtraKey()
    {
        var row = JsonNode.Parse(BudgetJson.Serialize(DocumentWithRow(new TableRow().Set(RowFields.Name, "合计"))))!["tables"]![0]!["rows"]![0]!.AsObject();

        Assert.False(row.ContainsKey("extra"));
    }

    [Fact]
    public void Serialize_AbsentAndNullFields_WritesOnlyNullKey()
    {
        var document = DocumentWithRow(new TableRow().Set(RowFields.Name, "合计").Set(RowFields.Total, null));

        var row = JsonNode.Parse(BudgetJson.Serialize(document))!["tables"]![0]!["rows"]![0]!.AsObject();

        Assert.True(row.ContainsKey("total"));
        Assert.Null(row["total"]);
        Assert.False(row.ContainsKey("personnel"));
    }

    [Fact]
    public void Deserialize_RowWithNullAndMissingKeys_KeepsTheDistinction()
    {
        var tree = JsonNode.Parse(BudgetJson.Serialize(DocumentWithRow(new TableRow())))!;
        tree["tables"]![0]!["rows"]![0] = JsonNode.Parse("{\"total\": null, \"amount\": 12.50, \"code\": \"201\"}");
        var json = tree.ToJsonString();

        var row = Assert.Single(Assert.Single(BudgetJson.Deserialize(json).Tables).Rows);

        Assert.True(row.Has(RowFields.Total));
        Assert.False(row.Has(RowFields.Personnel));
        Assert.Equal(12.50m, row.Amount(RowFields.Amount));
        Assert.Equal("201", row.Text(RowFields.Code));
    }

    private static BudgetDocument DocumentWithRow(TableRow row) => new()
    {
        Tables = [new BudgetTable { Number = 5, Title = "t", Kind = TableKind.FunctionDetail, Rows = [row] }],
    };
}
