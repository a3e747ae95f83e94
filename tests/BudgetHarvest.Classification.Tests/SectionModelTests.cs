using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Narrative;

namespace BudgetHarvest.Classification.Tests;

public sealed class SectionModelTests
{
    private static readonly Lazy<SectionModel> WithoutTwoDocuments = new(() =>
        SectionTrainer.Train(LabelledCorpus.ExamplesWithout("0013-tongchuan-jiaoyuju-2023", "0020-baoji-nongjizhongxin-2021")));

    [Fact]
    public void SaveLoad_TrainedModel_GivesTheSamePredictions()
    {
        var model = WithoutTwoDocuments.Value;
        var evidence = FirstParagraphs("0013-tongchuan-jiaoyuju-2023", withHeading: true);
        using var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        var loaded = SectionModel.Load(stream);

        Assert.Equal(model.Classify(evidence), loaded.Classify(evidence));
    }

    [Fact]
    public void Train_SameExamplesTwice_GivesTheSamePredictions()
    {
        var examples = LabelledCorpus.ExamplesWithout("0013-tongchuan-jiaoyuju-2023", "0020-baoji-nongjizhongxin-2021");
        var evidence = FirstParagraphs("0020-baoji-nongjizhongxin-2021", withHeading: false);

        var again = SectionTrainer.Train(examples);

        Assert.Equal(WithoutTwoDocuments.Value.Classify(evidence), again.Classify(evidence));
    }

    [Theory]
    [InlineData("0013-tongchuan-jiaoyuju-2023")]
    [InlineData("0020-baoji-nongjizhongxin-2021")]
    public void Classify_HeldOutParagraphsWithTheirHeadingRemoved_KeepTheirLabel(string name)
    {
        var document = LabelledCorpus.Get(name);
        var evidence = FirstParagraphs(name, withHeading: false);

        var labels = WithoutTwoDocuments.Value.Classify(evidence).Select(Best).ToList();

        Assert.Equal(document.Sections.Select(s => s.Label), labels);
    }

    [Fact]
    public void Classify_HeadingRunIntoItsParagraph_KeepsTheLabel()
    {
        var evidence = new SectionEvidence(null, "三、人员构成情况：截止上年底，本单位人员编制41人，其中行政编制41人、事业编制0人；实有人员38人。", 0.15f);

        var scores = WithoutTwoDocuments.Value.Classify([evidence]).Single();

        Assert.Equal(SectionLabel.Staffing, Best(scores));
    }

    [Fact]
    public void Classify_AnyParagraph_GivesADistributionOverTheSixteenLabels()
    {
        var scores = SectionModel.LoadShipped().Classify([new SectionEvidence("六、国有资产占用情况", "截止上年底，本单位共有车辆2辆，单价20万元以上的设备3台（套）。", 0.7f)]).Single();

        Assert.Equal(16, scores.Length);
        Assert.Equal(1, scores.Sum(), 3);
        Assert.Equal(SectionLabel.Assets, Best(scores));
    }

    [Fact]
    public void LoadShipped_RetrainedFromTheRepository_GivesTheSamePredictions()
    {
        var evidence = LabelledCorpus.Documents.Take(3).SelectMany(d => FirstParagraphs(d.Name, withHeading: false)).ToList();

        var retrained = SectionTrainer.Train([.. LabelledCorpus.Documents.SelectMany(d => d.Examples())]);

        Assert.Equal(retrained.Classify(evidence), SectionModel.LoadShipped().Classify(evidence));
    }

    [Fact]
    public void Load_FileThatIsNoModel_ThrowsInvalidData()
    {
        using var stream = new MemoryStream("not a model"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => SectionModel.Load(stream));
    }

    private static List<SectionEvidence> FirstParagraphs(string name, bool withHeading)
    {
        var sections = LabelledCorpus.Get(name).Sections;
        return [.. sections.Select((s, i) => new SectionEvidence(withHeading ? s.Heading : null, s.Text.Split('\n')[0], (float)i / sections.Count))];
    }

    private static SectionLabel Best(float[] scores) => (SectionLabel)Array.IndexOf(scores, scores.Max());
}
