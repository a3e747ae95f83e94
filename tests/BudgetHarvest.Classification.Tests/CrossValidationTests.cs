using BudgetHarvest.Classification.Evaluation;

namespace BudgetHarvest.Classification.Tests;

public sealed class CrossValidationTests
{
    [Fact]
    public void Groups_SeedTextAndThePdfMadeFromIt_ShareOneGroup()
    {
        var groups = CrossValidation.Groups(LabelledCorpus.Documents);

        var seedGroup = Assert.Single(groups, g => g.Any(d => d.Name == "baoji-bigdata-2023"));
        Assert.Equal(["0000-baoji-bigdata-2023", "baoji-bigdata-2023"], seedGroup.Select(d => d.Name).Order());
        Assert.NotSame(
            Assert.Single(groups, g => g.Any(d => d.Name == "0001-tongchuan-jiaoyuju-2021")),
            Assert.Single(groups, g => g.Any(d => d.Name == "0002-weinan-gonglu-2023")));
    }

    [Fact]
    public void Run_TwoFoldsOverSixDocuments_LabelsEveryHeldOutParagraph()
    {
        var documents = LabelledCorpus.Documents.Where(d => d.Name.StartsWith("001", StringComparison.Ordinal)).Take(6).ToList();
        var folds = new List<IReadOnlyList<string>>();

        var scores = CrossValidation.Run(documents, 2, (_, names) => folds.Add(names));

        Assert.Equal(2, folds.Count);
        Assert.Empty(folds[0].Intersect(folds[1]));
        Assert.Equal(documents.Sum(d => d.Paragraphs(withHeadings: true).Paragraphs.Count), scores.WithHeadings.Total);
        Assert.True(scores.WithHeadings.Accuracy >= 0.97, scores.WithHeadings.Format());
    }

    [Fact]
    public void Run_MoreFoldsThanDocuments_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CrossValidation.Run(LabelledCorpus.Documents.Take(2).ToList(), 3));
}
