using System.Collections.Concurrent;
using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Isolation;

namespace BudgetHarvest.Extraction.Sandbox;

/// <summary>
/// Extracts each PDF in a worker process from a pool of warm ones, so a PDF that overflows the
/// parser's stack, exhausts memory or never finishes costs only its own document: it gets an error
/// issue (<c>invalid_pdf</c>, <c>resource_limit</c> or <c>timeout</c>), its worker is replaced, and
/// the caller goes on. Workers start on demand up to <see cref="SandboxOptions.PoolSize"/> and are
/// reused across documents. Thread-safe; dispose it to stop the workers.
/// </summary>
public sealed class SandboxedExtractor : IDocumentExtractor, IDisposable
{
    private readonly SandboxOptions _options;
    private readonly WorkerSettings _settings;
    private readonly WorkerLaunch _launch;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private readonly ConcurrentDictionary<WorkerProcess, bool> _busy = new();
    private int _started;
    private long _peakMemory;
    private bool _disposed;

    /// <summary>A pool that extracts with <paramref name="settings"/> under the limits of <paramref name="options"/>.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are out of range.</exception>
    /// <exception cref="FileNotFoundException">The worker cannot be found.</exception>
    public SandboxedExtractor(SandboxOptions options, WorkerSettings settings)
    {
        _options = SandboxOptionsValidator.Checked(options);
        _settings = settings;
        _launch = WorkerLaunch.Find(options);
        _slots = new SemaphoreSlim(options.PoolSize, options.PoolSize);
    }

    /// <summary>Workers started so far: the pool's size plus one per worker replaced after a crash, kill or limit.</summary>
    public int WorkersStarted => Volatile.Read(ref _started);

    /// <summary>Highest resident memory any worker was sampled at.</summary>
    public long PeakWorkerMemoryBytes => Interlocked.Read(ref _peakMemory);

    /// <summary>The process ids of the workers alive now.</summary>
    public IReadOnlyList<int> WorkerIds => [.. _idle.Concat(_busy.Keys).Where(w => !w.HasExited).Select(w => w.Id)];

    /// <inheritdoc/>
    public async Task<BudgetDocument> ExtractAsync(byte[] pdf, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (document, end) = await ExtractOnWorkerAsync(pdf, fileName, cancellationToken).ConfigureAwait(false);
            if (end is { Deterministic: false })
            {
                // A crash without a known cause may be the worker's, not the PDF's: a fresh worker decides.
                (document, end) = await ExtractOnWorkerAsync(pdf, fileName, cancellationToken).ConfigureAwait(false);
            }

            return document ?? FailedDocument.Create(fileName, FailedDocument.Sha256(pdf), 0, end!.Code, end.Message);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<(BudgetDocument? Document, WorkerEnd? End)> ExtractOnWorkerAsync(byte[] pdf, string fileName, CancellationToken cancellationToken)
    {
        var worker = await TakeWorkerAsync(cancellationToken).ConfigureAwait(false);
        _busy[worker] = true;
        var healthy = false;
        try
        {
            var result = await worker.ExtractAsync(pdf, fileName, _settings.DocumentTimeout + _options.KillGrace, cancellationToken).ConfigureAwait(false);
            healthy = result.End is null && !worker.HasExited;
            return result;
        }
        finally
        {
            _busy.TryRemove(worker, out _);
            RecordPeak(worker.PeakMemoryBytes);
            if (healthy && !_disposed)
            {
                _idle.Add(worker);
            }
            else
            {
                worker.Dispose();
            }
        }
    }

    private async Task<WorkerProcess> TakeWorkerAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var idle))
        {
            if (!idle.HasExited)
            {
                return idle;
            }

            idle.Dispose();
        }

        Interlocked.Increment(ref _started);
        return await WorkerProcess.StartAsync(_launch, _options, _settings, cancellationToken).ConfigureAwait(false);
    }

    private void RecordPeak(long bytes)
    {
        var seen = Interlocked.Read(ref _peakMemory);
        while (bytes > seen && Interlocked.CompareExchange(ref _peakMemory, bytes, seen) != seen)
        {
            seen = Interlocked.Read(ref _peakMemory);
        }
    }

    /// <summary>Stops every worker: idle ones end when their input closes, busy ones are killed.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var busy in _busy.Keys)
        {
            busy.Kill();
        }

        while (_idle.TryTake(out var idle))
        {
            idle.Dispose();
        }

        // _slots stays usable: a call still finishing releases its slot after this.
    }
}
