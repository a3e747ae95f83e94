using BudgetHarvest.Extraction.Tables;
using BudgetHarvest.Testing;
using UglyToad.PdfPig;

namespace BudgetHarvest.Extraction.Tests;

/// <summary>Prints the column borders each detector finds for GRID_COLUMNS="name:number" (diagnostics only).</summary>
public sealed class ColumnDiagnostics
{
    [Fact]
    public void Columns_WhenRequested_PrintsBorders()
    {
        var request = Environment.GetEnvironmentVariable("GRID_COLUMNS");
        if (string.IsNullOrEmpty(request))
        {
            return;
        }

        var parts = request.Split(':');
        var path = Fixtures.Public(parts[0] + ".pdf");
        var truth = TruthTable.Load(path);
        using var pdf = PdfDocument.Open(path);
        var segment = GroundTruthSegments.For(pdf, truth, truth.FindIndex(t => t.Number == int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)))[parts.Length > 2 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : 0];
        var rules = new RulingExtractor(new RulingOptions()).Extract(Layout.PageFrame.Of(segment.Page), segment.Bottom, segment.Top);
        var lines = new SegmentCleaner().Clean(new FragmentBuilder(new FragmentOptions()).Build(Layout.PageFrame.Of(segment.Page), segment.Bottom, segment.Top, rules.Vertical), rules, segment.Page.Height, null);
        var layout = new SegmentLayout(segment.Page.Number, lines, rules);
        var text = string.Join("\n", lines.Select(l => string.Join("  ", l.Fragments)));
        foreach (IColumnDetector d in new IColumnDetector[] { new VerticalRuleColumnDetector(), new RulePieceColumnDetector(), new AlignmentColumnDetector() })
        {
            text += $"\n{d.GetType().Name}: {string.Join(", ", d.Detect(layout)?.Select(x => x.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)) ?? ["null"])}";
        }

        text += "\nH rules: " + string.Join("; ", rules.Horizontal.Select(r => $"{r.Position:F1}:{r.Start:F1}-{r.End:F1}"));
        File.WriteAllText("/tmp/gridcolumns.txt", text);
    }
}
