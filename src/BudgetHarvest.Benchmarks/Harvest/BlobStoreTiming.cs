using System.Diagnostics;
using System.Text;
using BudgetHarvest.Harvesting.Storage;

namespace BudgetHarvest.Benchmarks.Harvest;

/// <summary>
/// The blob store alone: writes N distinct corpus PDFs the way a download does (81,920-byte pieces),
/// then reads each back whole the way extraction does, and prints MB/s both ways. A whole harvest is
/// dominated by extraction, so the store's own cost is measured apart as well.
/// </summary>
internal static class BlobStoreTiming
{
    // The piece size PdfBody copies a response body with.
    private const int PieceBytes = 81920;

    public static async Task ReportAsync(string name, IBlobStore store, IReadOnlyList<byte[]> corpus, int documents, CancellationToken cancellationToken)
    {
        var shas = new List<string>(documents);
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < documents; i++)
        {
            var body = corpus[i % corpus.Count];
            await using var writer = store.BeginWrite();
            for (var offset = 0; offset < body.Length; offset += PieceBytes)
            {
                await writer.WriteAsync(body.AsMemory(offset, Math.Min(PieceBytes, body.Length - offset)), cancellationToken).ConfigureAwait(false);
            }

            // Distinct bytes per document, as the corpus server makes them.
            await writer.WriteAsync(Encoding.ASCII.GetBytes($"\n% blob benchmark copy {i}\n"), cancellationToken).ConfigureAwait(false);
            var blob = await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
            shas.Add(blob.Sha256);
            bytes += blob.Length;
        }

        var written = clock.Elapsed;
        clock.Restart();
        foreach (var sha in shas)
        {
            await using var read = store.OpenRead(sha);
            await read.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var readBack = clock.Elapsed;
        var megabytes = bytes / 1024.0 / 1024.0;
        Console.WriteLine($"blob store {name,-10} {documents} PDFs, {megabytes:0} MB: write {written.TotalSeconds,6:0.00} s ({megabytes / written.TotalSeconds,6:0.0} MB/s, " +
            $"{documents / written.TotalSeconds,6:0} PDFs/s)  read {readBack.TotalSeconds,6:0.00} s ({megabytes / readBack.TotalSeconds,6:0.0} MB/s)");
    }
}
