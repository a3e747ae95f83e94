using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Serialization;

/// <summary>Reads and writes <see cref="BudgetDocument"/> in the exact field names of <c>budgetharvest/1</c>.</summary>
public static class BudgetJson
{
    /// <summary>The serializer options of the format: snake_case names, readable CJK, nulls kept.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            // Analysts open these files by hand: keep 宝鸡市 readable instead of \u5B9D….
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
            IndentSize = 1,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectNullableAnnotations = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new TableRowJsonConverter());
        // Plain MakeReadOnly() throws without a resolver; populate the reflection-based default.
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Serializes a document to indented UTF-8 JSON text.</summary>
    public static string Serialize(BudgetDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Writes a document as UTF-8 JSON to a stream.</summary>
    public static Task SerializeAsync(Stream stream, BudgetDocument document, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(stream, document, Options, cancellationToken);

    /// <summary>Parses a document.</summary>
    /// <exception cref="InvalidDataException">The text is not a <c>budgetharvest/1</c> document.</exception>
    public static BudgetDocument Deserialize(string json)
    {
        try
        {
            return Check(JsonSerializer.Deserialize<BudgetDocument>(json, Options));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Not a valid {BudgetDocument.FormatName} document: {e.Message}", e);
        }
    }

    /// <summary>Reads a document from a JSON file.</summary>
    /// <exception cref="InvalidDataException">The file is not a <c>budgetharvest/1</c> document.</exception>
    public static async Task<BudgetDocument> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        try
        {
            return Check(await JsonSerializer.DeserializeAsync<BudgetDocument>(stream, Options, cancellationToken).ConfigureAwait(false));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a valid {BudgetDocument.FormatName} document: {e.Message}", e);
        }
    }

    /// <summary>Writes a document to a JSON file, replacing it atomically so a crash never leaves half a file.</summary>
    public static async Task WriteFileAsync(string path, BudgetDocument document, CancellationToken cancellationToken = default)
    {
        var temp = path + ".tmp";
        await using (var stream = File.Create(temp))
        {
            await SerializeAsync(stream, document, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, path, overwrite: true);
    }

    private static BudgetDocument Check(BudgetDocument? document)
    {
        if (document is null || document.Format != BudgetDocument.FormatName)
        {
            throw new InvalidDataException($"Not a {BudgetDocument.FormatName} document (format is '{document?.Format}').");
        }

        return document;
    }
}
