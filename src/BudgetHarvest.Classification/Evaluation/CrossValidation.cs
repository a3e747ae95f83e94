using BudgetHarvest.Classification.Training;

namespace BudgetHarvest.Classification.Evaluation;

/// <summary>
/// Measures the section labelling on documents the model has not seen: k folds by document
/// (never by paragraph), and documents that share at least half their paragraphs (the seed
/// rendering and the PDF made from it; two years of one unit's disclosure) fall in the same fold.
/// </summary>
public static class CrossValidation
{
    /// <summary>Share of a document's paragraphs another must share to count as the same text.</summary>
    private const double SameTextShare = 0.5;

    /// <summary>Runs k-fold cross-validation: for each fold, trains on the others and labels the fold's documents.</summary>
    /// <param name="documents">The labelled documents.</param>
    /// <param name="folds">How many folds (2 or more, at most the number of distinct documents).</param>
    /// <param name="progress">Told of each fold as it is trained.</param>
    public static LabellingScores Run(IReadOnlyList<LabelledDocument> documents, int folds, Action<int, IReadOnlyList<string>>? progress = null)
    {
        var groups = Groups(documents);
        if (folds < 2 || folds > groups.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, $"Folds must be between 2 and the number of distinct documents ({groups.Count}).");
        }

        var scores = new LabellingScores();
        for (var fold = 0; fold < folds; fold++)
        {
            var heldOut = groups.Where((_, i) => i % folds == fold).SelectMany(g => g).ToList();
            var training = documents.Except(heldOut).ToList();
            progress?.Invoke(fold, [.. heldOut.Select(d => d.Name)]);
            var model = SectionTrainer.Train([.. training.SelectMany(d => d.Examples())]);
            scores.Add(LabellingScores.Measure(model, heldOut));
        }

        return scores;
    }

    /// <summary>Documents grouped so that copies of one text stay together, in a stable order.</summary>
    public static IReadOnlyList<IReadOnlyList<LabelledDocument>> Groups(IReadOnlyList<LabelledDocument> documents)
    {
        var prints = documents.Select(d => d.Fingerprint()).ToList();
        var group = Enumerable.Range(0, documents.Count).ToArray();
        for (var i = 0; i < documents.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var shared = prints[i].Count(prints[j].Contains);
                var smaller = Math.Min(prints[i].Count, prints[j].Count);
                if (smaller > 0 && shared >= smaller * SameTextShare)
                {
                    group[i] = group[j];
                    break;
                }
            }
        }

        return [.. Enumerable.Range(0, documents.Count).GroupBy(i => group[i]).Select(g => (IReadOnlyList<LabelledDocument>)[.. g.Select(i => documents[i])])];
    }
}
