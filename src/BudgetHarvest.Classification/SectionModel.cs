using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Narrative;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace BudgetHarvest.Classification;

/// <summary>
/// The trained ML.NET section classifier: character n-grams of a paragraph and of the heading
/// over it, plus its position, into a maximum-entropy model over the sixteen labels. Thread-safe:
/// each call scores its paragraphs as one batch.
/// </summary>
public sealed class SectionModel : ISectionClassifier
{
    /// <summary>The manifest name of the model shipped inside this assembly.</summary>
    public const string ShippedResource = "BudgetHarvest.Classification.Model.section-classifier.zip";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly int[] _slotLabels;

    internal SectionModel(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        _ml = ml;
        _model = model;
        _slotLabels = SlotLabels(model.GetOutputSchema(inputSchema));
    }

    /// <summary>The model shipped with BudgetHarvest (trained on every labelled disclosure in <c>fixtures/public</c> and the seed).</summary>
    /// <exception cref="InvalidOperationException">The assembly was built without its model.</exception>
    public static SectionModel LoadShipped()
    {
        using var stream = typeof(SectionModel).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"The section classifier model ({ShippedResource}) is not embedded in {typeof(SectionModel).Assembly.GetName().Name}; train one with `budget-harvest train`.");
        return Load(stream);
    }

    /// <summary>Loads a model saved by <see cref="Save(string)"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a section classifier model.</exception>
    public static SectionModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Loads a model from a stream.</summary>
    /// <exception cref="InvalidDataException">The data is not a section classifier model.</exception>
    public static SectionModel Load(Stream stream)
    {
        var ml = new MLContext(seed: SectionTrainer.Seed);
        try
        {
            var model = ml.Model.Load(stream, out var schema);
            return new SectionModel(ml, model, schema);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or System.IO.InvalidDataException or KeyNotFoundException)
        {
            throw new InvalidDataException($"Not a section classifier model: {e.Message}", e);
        }
    }

    /// <summary>Saves the model as a zip file.</summary>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Saves the model to a stream.</summary>
    public void Save(Stream stream) => _ml.Model.Save(_model, Schema(_ml), stream);

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Classify(IReadOnlyList<SectionEvidence> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return [];
        }

        var input = _ml.Data.LoadFromEnumerable(paragraphs.Select(p => SectionFeatures.From(p)));
        var scored = _ml.Data.CreateEnumerable<SectionScores>(_model.Transform(input), reuseRowObject: false);
        return [.. scored.Select(ToLabelOrder)];
    }

    /// <summary>The empty input schema the model was trained on.</summary>
    internal static DataViewSchema Schema(MLContext ml) => ml.Data.LoadFromEnumerable(Array.Empty<SectionFeatures>()).Schema;

    private float[] ToLabelOrder(SectionScores row)
    {
        var scores = new float[SectionVocabulary.Labels.Count];
        for (var slot = 0; slot < row.Score.Length; slot++)
        {
            scores[_slotLabels[slot]] = row.Score[slot];
        }

        return scores;
    }

    /// <summary>Which <see cref="SectionLabel"/> each score slot stands for, from the slot names the trainer records.</summary>
    private static int[] SlotLabels(DataViewSchema output)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        output["Score"].GetSlotNames(ref names);
        return [.. names.DenseValues().Select(n => (int)SectionVocabulary.Parse(n.ToString()))];
    }
}
