using System.Text;
using System.Text.Json;
using BudgetHarvest.Classification;
using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Extraction.Isolation;

namespace BudgetHarvest.Extraction.Worker;

/// <summary>
/// Serves one host: reads the settings, says ready, then extracts each PDF it is sent until its
/// input ends. One document at a time: the host's pool runs as many workers as it wants in parallel.
/// </summary>
internal sealed class WorkerLoop(Stream input, Stream output)
{
    // Set by any OutOfMemoryException thrown while a document is extracted, even one the parser
    // catches and turns into an empty page: that document hit the heap limit and its output is not to be trusted.
    private static volatile bool s_outOfMemory;

    public async Task<int> RunAsync()
    {
        AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
        {
            if (e.Exception is OutOfMemoryException)
            {
                s_outOfMemory = true;
            }
        };
        var settingsFrame = await Frames.ReadAsync(input).ConfigureAwait(false);
        if (settingsFrame is null)
        {
            return 0;
        }

        var extractor = new BudgetExtractor(Options(WorkerSettings.FromJson(settingsFrame)));
        await Frames.WriteAsync(output, WorkerSignals.Ready).ConfigureAwait(false);
        while (await Frames.ReadAsync(input).ConfigureAwait(false) is { } nameFrame)
        {
            var pdf = await Frames.ReadAsync(input).ConfigureAwait(false)
                ?? throw new EndOfStreamException("The input ended between a file name and its PDF.");
            var document = Extract(extractor, pdf, Encoding.UTF8.GetString(nameFrame));
            await Frames.WriteAsync(output, JsonSerializer.SerializeToUtf8Bytes(document, BudgetJson.Options)).ConfigureAwait(false);
        }

        return 0;
    }

    private static BudgetDocument Extract(BudgetExtractor extractor, byte[] pdf, string fileName)
    {
        s_outOfMemory = false;
        try
        {
            var document = extractor.Extract(pdf, fileName);
            if (!s_outOfMemory)
            {
                return document;
            }
        }
        catch (OutOfMemoryException)
        {
            // Answered below.
        }

        // The heap limit the host set was reached: this document alone is too big. Unwinding freed
        // what it held, so the worker can answer and serve the next one.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return FailedDocument.Create(fileName, FailedDocument.Sha256(pdf), 0, IssueCodes.ResourceLimit,
            "Extraction needed more memory than the worker's heap limit and was stopped.");
    }

    private static ExtractionOptions Options(WorkerSettings settings) => new()
    {
        DocumentTimeout = settings.DocumentTimeout,
        AllTables = settings.AllTables,
        UnreadableShare = settings.UnreadableShare,
        MaxDecodedStreamBytes = settings.MaxDecodedStreamBytes,
        SectionClassifier = Classifier(settings),
    };

    private static ISectionClassifier Classifier(WorkerSettings settings) => settings.Classifier switch
    {
        WorkerClassifier.Headings => new HeadingRulesClassifier(),
        WorkerClassifier.ModelFile => SectionModel.Load(settings.ModelPath ?? throw new InvalidDataException("A model file classifier needs a model path.")),
        _ => SectionModel.LoadShipped(),
    };
}
