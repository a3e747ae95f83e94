using BudgetHarvest.Web.Monitoring;

namespace BudgetHarvest.Web.Tests.Monitoring;

public sealed class StackedBarsTests
{
    private static readonly StackedBars Chart = new([("new", "green"), ("failed", "red")]);

    [Fact]
    public void Render_TwoBars_LongestFillsTheAreaAndSegmentsAreProportional()
    {
        var svg = Chart.Render("runs", [new Bar("a", new Dictionary<string, int> { ["new"] = 3, ["failed"] = 1 }), new Bar("b", new Dictionary<string, int> { ["new"] = 2 })]);

        Assert.Contains("""data-label="a" data-total="4" """.TrimEnd(), svg, StringComparison.Ordinal);
        Assert.Contains("""width="390" height="16" fill="green">""", svg, StringComparison.Ordinal);
        Assert.Contains("""width="130" height="16" fill="red">""", svg, StringComparison.Ordinal);
        Assert.Contains("""width="260" height="16" fill="green">""", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LabelWithMarkup_IsEncoded()
    {
        var svg = Chart.Render("<t>", [new Bar("<script>", new Dictionary<string, int> { ["new"] = 1 })]);

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoBars_SaysNothingIsRecorded() =>
        Assert.Contains("nothing recorded yet", Chart.Render("runs", []), StringComparison.Ordinal);
}
