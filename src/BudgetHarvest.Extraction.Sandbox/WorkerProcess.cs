using System.Diagnostics;
using System.Text;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Extraction.Isolation;

namespace BudgetHarvest.Extraction.Sandbox;

/// <summary>
/// One running worker and its pipes. While it extracts, the host samples its memory and its
/// clock, and kills it past either limit: killing is the only stop that holds for a parser stuck
/// in a loop or inflating a bomb.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    // How long a dead worker's stderr may take to drain before its end is judged on what arrived.
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private readonly Process _process;
    private readonly SandboxOptions _options;
    private readonly StderrLog _stderr = new();

    private WorkerProcess(Process process, SandboxOptions options)
    {
        _process = process;
        _options = options;
    }

    /// <summary>The process id, for logs and tests.</summary>
    public int Id => _process.Id;

    /// <summary>Highest resident memory sampled while this worker extracted.</summary>
    public long PeakMemoryBytes { get; private set; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts a worker, sends it the settings and waits until it is ready.</summary>
    /// <exception cref="InvalidOperationException">The worker did not start or did not become ready in time.</exception>
    public static async Task<WorkerProcess> StartAsync(WorkerLaunch launch, SandboxOptions options, WorkerSettings settings, CancellationToken cancellationToken)
    {
        var process = new Process { StartInfo = launch.StartInfo(options) };
        var worker = new WorkerProcess(process, options);
        process.ErrorDataReceived += (_, e) => worker._stderr.Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"The extraction worker {launch.FileName} could not be started.");
        }

        process.BeginErrorReadLine();
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(options.StartTimeout);
            await Frames.WriteAsync(process.StandardInput.BaseStream, settings.ToJson(), limit.Token).ConfigureAwait(false);
            var ready = await Frames.ReadAsync(process.StandardOutput.BaseStream, limit.Token).ConfigureAwait(false);
            if (ready is null || !ready.AsSpan().SequenceEqual(WorkerSignals.Ready.Span))
            {
                throw new InvalidOperationException($"The extraction worker exited before it was ready: {worker._stderr.FirstLine}");
            }

            return worker;
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or InvalidDataException)
        {
            worker.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            throw new InvalidOperationException($"The extraction worker did not become ready within {options.StartTimeout.TotalSeconds:0} s: {e.Message} {worker._stderr.FirstLine}", e);
        }
        catch
        {
            worker.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Extracts one PDF. Returns the document, or why the worker ended without one (this worker is
    /// then dead and must be replaced).
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancelled; the worker was killed.</exception>
    public async Task<(BudgetDocument? Document, WorkerEnd? End)> ExtractAsync(byte[] pdf, string fileName, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        _stderr.Reset();
        var clock = Stopwatch.StartNew();
        var exchange = ExchangeAsync(pdf, fileName);
        while (true)
        {
            var tick = Task.Delay(_options.MemoryPollInterval, CancellationToken.None);
            if (await Task.WhenAny(exchange, tick).ConfigureAwait(false) == exchange)
            {
                break;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                Kill();
                await Observe(exchange).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }

            var memory = SampleMemory();
            if (memory > _options.MemoryLimitMegabytes * 1024L * 1024)
            {
                Kill();
                await Observe(exchange).ConfigureAwait(false);
                return (null, WorkerEnd.OverMemory(memory, _options.MemoryLimitMegabytes));
            }

            if (clock.Elapsed > timeLimit)
            {
                Kill();
                await Observe(exchange).ConfigureAwait(false);
                return (null, WorkerEnd.TimedOut(timeLimit));
            }
        }

        SampleMemory();
        try
        {
            var answer = await exchange.ConfigureAwait(false);
            if (answer is not null)
            {
                return (BudgetJson.Deserialize(Encoding.UTF8.GetString(answer)), null);
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ObjectDisposedException)
        {
            // The pipe broke: the worker died. Its exit code and stderr say why.
        }

        Kill();
        using var drain = new CancellationTokenSource(DrainTimeout);
        try
        {
            await _process.WaitForExitAsync(drain.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Judged on what stderr delivered so far.
        }

        return (null, WorkerEnd.Crashed(_process.HasExited ? _process.ExitCode : null, _stderr));
    }

    /// <summary>Sends the request and reads the answer; null when the worker closed its output instead.</summary>
    private async Task<byte[]?> ExchangeAsync(byte[] pdf, string fileName)
    {
        var input = _process.StandardInput.BaseStream;
        await Frames.WriteAsync(input, Encoding.UTF8.GetBytes(fileName)).ConfigureAwait(false);
        await Frames.WriteAsync(input, pdf).ConfigureAwait(false);
        return await Frames.ReadAsync(_process.StandardOutput.BaseStream).ConfigureAwait(false);
    }

    private long SampleMemory()
    {
        try
        {
            _process.Refresh();
            var memory = _process.HasExited ? 0 : _process.WorkingSet64;
            PeakMemoryBytes = Math.Max(PeakMemoryBytes, memory);
            return memory;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    /// <summary>Waits for an abandoned exchange to fail once its worker is dead, so no task is left unobserved.</summary>
    private static async Task Observe(Task exchange)
    {
        try
        {
            await exchange.ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ObjectDisposedException)
        {
            // Expected: the pipe closed under it.
        }
    }

    /// <summary>Kills the worker (and anything it started) and waits until it is gone.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit(DrainTimeout);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    /// <summary>Closes the worker's input, which ends it cleanly; kills it if it lingers.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(_options.KillGrace))
                {
                    Kill();
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            Kill();
        }

        _process.Dispose();
    }
}
