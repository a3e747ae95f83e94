using BudgetHarvest.Classification.Evaluation;
using BudgetHarvest.Classification.Training;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Classification.Tests;

/// <summary>The labelled documents of the repository: every public ground truth, the wide truths that carry sections, and the seed text.</summary>
internal static class LabelledCorpus
{
    private static readonly Lazy<IReadOnlyList<LabelledDocument>> All = new(() =>
        TrainingSet.Load([Path.Combine(Fixtures.Folder, "public"), Path.Combine(Fixtures.Folder, "wide"), SeedPath]));

    public static string SeedPath => Path.Combine(Fixtures.RepositoryRoot, "seeds", "baoji-bigdata-2023.txt");

    public static IReadOnlyList<LabelledDocument> Documents => All.Value;

    public static LabelledDocument Get(string name) => Documents.Single(d => d.Name == name);

    /// <summary>Examples of every document except the named ones and those that share their text.</summary>
    public static List<TrainingExample> ExamplesWithout(params string[] names) =>
        [.. CrossValidation.Groups(Documents).Where(g => !g.Any(d => names.Contains(d.Name))).SelectMany(g => g).SelectMany(d => d.Examples())];
}
