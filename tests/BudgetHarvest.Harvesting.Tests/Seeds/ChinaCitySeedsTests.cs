using BudgetHarvest.Harvesting.Discovery;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Harvesting.Tests.Seeds;

/// <summary><c>seeds/china-cities.json</c>: real city budget columns as index sources.</summary>
public sealed class ChinaCitySeedsTests
{
    private static readonly SeedList Seeds = SeedLoader.Load(Path.Combine(Fixtures.RepositoryRoot, "seeds", "china-cities.json"));

    [Fact]
    public void Load_ChinaCities_EveryCityIsAnHttpIndexFollowedToDepthTwoForTheBudgetYears()
    {
        Assert.Equal(9, Seeds.Units.Count);
        Assert.Equal(9, Seeds.Units.Select(u => u.Unit.Region).Distinct().Count());
        Assert.All(Seeds.Targets, target =>
        {
            Assert.Equal(SourceKind.Index, target.Source.Kind);
            Assert.StartsWith("http", target.Source.Location, StringComparison.Ordinal);
            Assert.Equal(2, target.Source.Links!.Depth);
            Assert.Equal([2025, 2026], target.Source.Links.Years);
            Assert.NotNull(target.Schedule);
        });
        Assert.Equal(Seeds.Targets.Count(), Seeds.Targets.Select(t => t.RecurringJobId).Distinct().Count());
    }

    [Theory]
    [InlineData("上海市教育委员会2026年部门预算", true)]
    [InlineData("北京市财政局2025年度部门预算公开", true)]
    [InlineData("上海市教育委员会2025年部门决算", false)]
    [InlineData("2025年部门预决算公开", false)]
    [InlineData("关于做好2026年部门预算公开工作的通知", false)]
    [InlineData("2026年市级部门预算公开情况的公告", false)]
    [InlineData("2026年部门预算解读", false)]
    [InlineData("上海市教育委员会2024年部门预算", false)]
    [InlineData("上海市教育委员会2026年政府采购意向", false)]
    public void Matches_ChinaCityRules_KeepBudgetsOfTheYearsAndDropFinalAccountsAndNotices(string text, bool kept)
    {
        var link = new PageLink(new Uri("http://www.example.gov.cn/ysjs/t1.html"), text);

        Assert.All(Seeds.Targets, target => Assert.Equal(kept, IndexLinks.Matches(link, target.Source.Links!)));
    }
}
