using BudgetHarvest.Classification.Training;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace BudgetHarvest.Classification;

/// <summary>
/// Trains the section classifier. Reproducible: a fixed seed and single-threaded L-BFGS give the
/// same model from the same examples.
/// </summary>
public static class SectionTrainer
{
    /// <summary>The seed of every training run.</summary>
    public const int Seed = 20231;

    /// <summary>Trains a model on labelled paragraphs.</summary>
    /// <exception cref="ArgumentException">There are no examples.</exception>
    public static SectionModel Train(IReadOnlyList<TrainingExample> examples)
    {
        if (examples.Count == 0)
        {
            throw new ArgumentException("No labelled paragraphs to train on.", nameof(examples));
        }

        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => SectionFeatures.From(e.Evidence, e.LabelName)));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(SectionFeatures.Label))
            .Append(ml.Transforms.Text.FeaturizeText("HeadingNgrams", TextOptions(), nameof(SectionFeatures.Heading)))
            .Append(ml.Transforms.Text.FeaturizeText("BodyNgrams", TextOptions(), nameof(SectionFeatures.Body)))
            .Append(ml.Transforms.Concatenate("Features", "HeadingNgrams", "BodyNgrams", nameof(SectionFeatures.Position)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                // Light regularisation gives decided posteriors, which the sequence decoding needs to
                // see a headingless section start; chosen by `evaluate` (held-out, headings removed).
                L2Regularization = 0.001f,
                L1Regularization = 0.001f,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 300,
            }));
        var model = pipeline.Fit(data);
        return new SectionModel(ml, model, data.Schema);
    }

    /// <summary>
    /// Chinese has no spaces to split words at, so the text is read as character n-grams (one to
    /// three characters: 三公, 编制, 名词解释's 名词/词解/解释) and no word features.
    /// </summary>
    private static TextFeaturizingEstimator.Options TextOptions() => new()
    {
        WordFeatureExtractor = null,
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
        KeepPunctuations = true,
        KeepNumbers = false,
    };
}
