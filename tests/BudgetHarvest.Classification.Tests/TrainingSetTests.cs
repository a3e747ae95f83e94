using BudgetHarvest.Classification.Training;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Classification.Tests;

public sealed class TrainingSetTests
{
    [Fact]
    public void Load_SeedText_HasTheSectionsOfThePdfGroundTruth()
    {
        var seed = LabelledCorpus.Get("baoji-bigdata-2023");
        var truth = Fixtures.GroundTruth(Fixtures.Public("0000-baoji-bigdata-2023.pdf")).Sections;

        Assert.Equal(truth.Select(s => s.Label), seed.Sections.Select(s => s.Label));
        Assert.True(SectionScore.Of(truth, seed.Sections) > 0.99);
    }

    [Fact]
    public void Load_PublicFolder_ReadsEveryGroundTruth()
    {
        Assert.Superset(Fixtures.PublicNames().Select(Path.GetFileNameWithoutExtension).ToHashSet()!, LabelledCorpus.Documents.Select(d => d.Name).ToHashSet()!);
        Assert.All(LabelledCorpus.Documents, d => Assert.NotEmpty(d.Sections));
    }

    [Fact]
    public void Load_WideFolder_ReadsOnlyTheTruthsWithSections()
    {
        var wide = TrainingSet.Load([Path.Combine(Fixtures.Folder, "wide")]);

        Assert.Equal(["053", "072", "106", "136"], wide.Select(d => d.Name[..3]));
    }

    [Fact]
    public void Load_MissingPath_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => TrainingSet.Load([Path.Combine(Fixtures.Folder, "no-such-folder")]));

    [Fact]
    public void Load_GroundTruthWithoutSections_ThrowsInvalidData() =>
        Assert.Throws<InvalidDataException>(() => TrainingSet.Load([Fixtures.Real("xian-2022-kejiju.json")]));

    [Fact]
    public void Examples_SectionWithHeading_FirstParagraphAlsoSeenWithoutItsHeadingAndRunIn()
    {
        var document = LabelledCorpus.Get("0013-tongchuan-jiaoyuju-2023");
        var first = document.Sections[0].Text.Split('\n')[0];

        var examples = document.Examples().Where(e => e.Evidence.Body.EndsWith(first, StringComparison.Ordinal)).ToList();

        Assert.Equal(3, examples.Count);
        Assert.Contains(examples, e => e.Evidence.Heading == "一、主要职能");
        Assert.Contains(examples, e => e.Evidence.Heading is null && e.Evidence.Body == first);
        Assert.Contains(examples, e => e.Evidence.Body == "一、主要职能：" + first);
    }
}
