using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Extraction.Tables;
using BudgetHarvest.Testing;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace BudgetHarvest.Extraction.Tests.Mapping.Perturbation;

/// <summary>
/// The mapper against the ways other producers print the same tables: every visible table with
/// rows in its truth (public and wide corpora), perturbed, must either keep its rows (cells F1 at
/// least <see cref="Survives"/>) or be flagged (<c>unmapped_table</c> or <c>unparsed_cell</c>).
/// </summary>
public sealed class PerturbationHarnessTests(ITestOutputHelper output)
{
    /// <summary>Cells F1 against the truth at which a perturbed table counts as read right.</summary>
    private const double Survives = 0.99;

    public static TheoryData<string> Perturbations()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in GridPerturbations.All)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Perturbations))]
    public void Map_PerturbedTruthGrids_RowsSurviveOrTableFlagged(string perturbation)
    {
        var apply = GridPerturbations.All.Single(p => p.Name == perturbation).Apply;
        var mapper = new TableRowMapper();
        var tally = new HarnessTally(Survives);
        foreach (var (name, table) in TruthTables())
        {
            if (apply(table) is not { } perturbed)
            {
                continue;
            }

            var result = mapper.Map(perturbed);
            perturbed.Rows = result.Rows;
            tally.Add(name, table, perturbed, result.Issues);
        }

        tally.Report(output, perturbation);
        Assert.True(tally.Survived + tally.Flagged > 0, "the perturbation applied to no table");
        Assert.Empty(tally.Silent);
    }

    /// <summary>
    /// Rulings dropped: the public PDFs' tables read from their pages with every ruling ignored (text
    /// alignment only), then refereed and mapped with their true kind as the pipeline does. Reported, with a floor on the share read right or flagged.
    /// </summary>
    [Fact]
    public void Map_GridsReadWithoutRulings_ShareReadRightOrFlaggedAtLeastFloor()
    {
        var tally = RulingsDropped();

        // Without rulings the grid stage reads columns by alignment alone; the identities referee its readings
        // (GridReferee) and flag a table none balances, and AlignmentReadCheck flags one whose mapping shows a
        // misreading. Measured: 266 read right, 59 flagged, 3 silently wrong of 328 (246 / 57 / 25 before).
        var share = (double)(tally.Survived + tally.Flagged) / (tally.Survived + tally.Flagged + tally.Silent.Count);
        Assert.True(share >= RulingsDroppedFloor, $"{share:P1} of tables read right or flagged without rulings");
        Assert.True(tally.Survived >= RulingsDroppedReadRight, $"{tally.Survived} tables read right without rulings");
    }

    /// <summary>
    /// No table read without rulings is silently wrong except the ones listed, each with its cause: a summary
    /// label line printed without amount run into the total under it (非财政拨款资金结余 + 收入总计: line
    /// spacing the grid stage does not yet weigh), and two headings wrapped over the same lines interleaved
    /// glyph by glyph (政府性一般公共基金拨预算拨款款), and a two-level economic header run together
    /// (科目编码科目名称 in one cell: the 政府预算 code and name columns have no heading and are not mapped),
    /// flagged only while its continuation page was shifted a column left. A new silently wrong table fails, listed.
    /// </summary>
    [Fact]
    public void Map_GridsReadWithoutRulings_NoTableSilentlyWrongBeyondKnown()
    {
        var tally = RulingsDropped();

        var unexpected = tally.Silent.Where(s => !KnownSilent.Exists(k => s.StartsWith(k, StringComparison.Ordinal))).ToList();
        Assert.True(unexpected.Count == 0, "silently wrong without rulings:\n" + string.Join("\n", unexpected));
    }

    /// <summary>The silently wrong tables traced and not yet fixed (see the test above).</summary>
    private static readonly List<string> KnownSilent =
    [
        "0005-xianyang-jikongzhongxin-2023 表1 ",
        "0005-xianyang-jikongzhongxin-2023 表2 ",
        "0026-hanzhong-gonglu-2022 表8 ",
    ];

    private HarnessTally RulingsDropped()
    {
        var reader = new TableGridReader(GridReaderOptions.Default with { Rulings = new RulingOptions { MinLength = double.MaxValue } });
        var referee = new GridReferee(new TableRowMapper());
        var tally = new HarnessTally(Survives);
        foreach (var name in Fixtures.PublicNames())
        {
            var path = Fixtures.Public(name + ".pdf");
            var truth = Fixtures.GroundTruth(path);
            var segments = TruthTable.Load(path);
            using var pdf = PdfDocument.Open(path);
            for (var i = 0; i < truth.Tables.Count; i++)
            {
                var table = truth.Tables[i];
                if (table.Rows.Count == 0 || table.Kind == TableKind.Performance)
                {
                    continue;
                }

                var read = GridPerturbations.Copy(table, []);
                var issues = referee.Apply(read, reader.Read(GroundTruthSegments.For(pdf, segments, i)));
                tally.Add(name, table, read, issues);
            }
        }

        tally.Report(output, "rulings dropped");
        return tally;
    }

    /// <summary>Share of tables read right or flagged without rulings, as measured with the grid referee and the alignment check.</summary>
    private const double RulingsDroppedFloor = 0.99;

    /// <summary>Tables read right without rulings, as measured (265 of 328).</summary>
    private const int RulingsDroppedReadRight = 263;

    private static IEnumerable<(string Name, BudgetTable Table)> TruthTables()
    {
        foreach (var name in Fixtures.PublicNames())
        {
            foreach (var table in Fixtures.GroundTruth(Fixtures.Public(name + ".pdf")).Tables.Where(t => t.Rows.Count > 0 && t.Kind != TableKind.Performance))
            {
                yield return (name, table);
            }
        }

        foreach (var name in Fixtures.WideNames())
        {
            foreach (var table in Fixtures.GroundTruth(Fixtures.Wide(name + ".pdf")).Tables.Where(t => t.Rows.Count > 0))
            {
                yield return (name, table);
            }
        }
    }
}
