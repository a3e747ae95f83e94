using System.Text.Json;

namespace BudgetHarvest.Extraction.Isolation;

/// <summary>
/// How a worker extracts: the settings of the host's run, sent as the first frame (JSON) after the
/// worker starts, so every worker of a pool extracts exactly as the host would in-process.
/// </summary>
public sealed record WorkerSettings
{
    /// <summary>The per-document limit the worker stops itself at (the host kills it a little later).</summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>See <c>ExtractionOptions.AllTables</c>.</summary>
    public bool AllTables { get; init; }

    /// <summary>See <c>ExtractionOptions.UnreadableShare</c>.</summary>
    public double UnreadableShare { get; init; } = 0.02;

    /// <summary>See <c>ExtractionOptions.MaxDecodedStreamBytes</c>.</summary>
    public long MaxDecodedStreamBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Which section classifier labels the narrative.</summary>
    public WorkerClassifier Classifier { get; init; } = WorkerClassifier.ShippedModel;

    /// <summary>The model file when <see cref="Classifier"/> is <see cref="WorkerClassifier.ModelFile"/>.</summary>
    public string? ModelPath { get; init; }

    /// <summary>The settings as the JSON of the first frame.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this);

    /// <summary>Reads the first frame.</summary>
    /// <exception cref="InvalidDataException">The frame is not settings.</exception>
    public static WorkerSettings FromJson(byte[] json)
    {
        try
        {
            return JsonSerializer.Deserialize<WorkerSettings>(json) ?? throw new InvalidDataException("The settings frame is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The settings frame is not valid: {e.Message}", e);
        }
    }
}

/// <summary>The section classifier a worker loads.</summary>
public enum WorkerClassifier
{
    /// <summary>The ML.NET model shipped with BudgetHarvest.Classification (what the hosts use).</summary>
    ShippedModel,

    /// <summary>A model trained by <c>budget-harvest train</c>, at <see cref="WorkerSettings.ModelPath"/>.</summary>
    ModelFile,

    /// <summary>Headings only (the extraction library's default, without ML.NET).</summary>
    Headings,
}
