using System.Text.Json;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Locating;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Extraction.Tests.Locating;

public sealed class TableKindClassifierTests
{
    public static TheoryData<string, string> FixtureTitles()
    {
        var data = new TheoryData<string, string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in new[] { "public", "real" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Fixtures.Folder, folder), "*.json").Order(StringComparer.Ordinal))
            {
                // Read titles raw: the real files are partial ground truth.
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                foreach (var table in doc.RootElement.GetProperty("tables").EnumerateArray())
                {
                    var title = table.GetProperty("title").GetString()!;
                    if (seen.Add(title))
                    {
                        data.Add(title, table.GetProperty("kind").GetString()!);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureTitles))]
    public void Classify_FixtureTitle_KindOfGroundTruth(string title, string kind) =>
        Assert.Equal(TableKinds.Parse(kind), TableKindClassifier.Classify(title));

    [Theory]
    [InlineData("2024年部门综合预算政府性基金收支总表", TableKind.Summary)]
    [InlineData("单位综合预算财政拨款上年结转资金支出表", TableKind.Other)]
    [InlineData("部门综合预算一般公共预算支出明细表（按经济科目分）", TableKind.EconomicDetail)]
    [InlineData("单位预算专项业务经费绩效目标表", TableKind.Performance)]
    [InlineData("单位综合预算专项业务经费支出表", TableKind.ProjectList)]
    [InlineData("某某情况表", TableKind.Other)]
    public void Classify_UnseenTitle_ExpectedKind(string title, TableKind expected) =>
        Assert.Equal(expected, TableKindClassifier.Classify(title));
}
