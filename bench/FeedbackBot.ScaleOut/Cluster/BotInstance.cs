using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace FeedbackBot.ScaleOut.Cluster;

/// <summary>
/// One bot as its own process (<c>dotnet exec FeedbackBot.dll</c>) on a fixed loopback port, its
/// output appended to a log file. It can be stopped gracefully, killed, and started again on the
/// same port, which is what a rolling restart or a fault run needs. CPU time and peak RSS are
/// summed and maxed over every process it ran.
/// </summary>
internal sealed class BotInstance : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan GracefulStopTimeout = TimeSpan.FromSeconds(15);

    private readonly string _hostPath;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly HttpClient _probe = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly Lock _usageLock = new();
    private Process? _process;
    private TimeSpan _cpuOfEndedProcesses;
    private ProcessUsage _lastUsage;
    private long _peakResidentBytes;

    public BotInstance(string name, string hostPath, int port, ClusterSettings settings, string logFolder)
    {
        Name = name;
        Port = port;
        _hostPath = hostPath;
        _environment = settings.EnvironmentFor(port);
        LogPath = Path.Combine(logFolder, $"{name}.log");
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseAddress => ClusterSettings.BaseAddress(Port);

    public string LogPath { get; }

    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    public int Starts { get; private set; }

    /// <summary>Whether traffic may go here: false from the moment a stop begins until the restarted process is ready.</summary>
    public bool Available { get; private set; }

    /// <summary>CPU time of every process this instance ran, up to the last <see cref="Sample"/>.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            lock (_usageLock)
            {
                return _cpuOfEndedProcesses + _lastUsage.CpuTime;
            }
        }
    }

    public long PeakResidentBytes
    {
        get
        {
            lock (_usageLock)
            {
                return _peakResidentBytes;
            }
        }
    }

    /// <summary>Starts the process and returns once <c>/readyz</c> answers 200 (the store answers too).</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(_hostPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(_hostPath);

        // On the command line: appsettings.json's Urls would win over ASPNETCORE_URLS.
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
        await log.WriteLineAsync($"==== {Name} start {++Starts} at {DateTimeOffset.UtcNow:O}").ConfigureAwait(false);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Exited += (_, _) =>
        {
            lock (log)
            {
                log.Dispose();
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        lock (_usageLock)
        {
            _process = process;
            _lastUsage = default;
        }

        await WaitUntilReadyAsync(process, ct).ConfigureAwait(false);
        Available = true;
    }

    /// <summary>
    /// A rolling restart of this instance: traffic is steered away first and in-flight requests get
    /// <paramref name="drain"/> to finish (as a load balancer drains a node), then SIGTERM and a new process.
    /// </summary>
    public async Task RestartAsync(TimeSpan drain, CancellationToken ct)
    {
        Available = false;
        await Task.Delay(drain, ct).ConfigureAwait(false);
        await StopAsync().ConfigureAwait(false);
        await StartAsync(ct).ConfigureAwait(false);
    }

    /// <summary>SIGTERM, as an orchestrator stops an instance: the host drains and exits.</summary>
    public async Task StopAsync()
    {
        Available = false;
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        Sample();
        await SignalAsync(process.Id, "-TERM").ConfigureAwait(false);
        using var graceful = new CancellationTokenSource(GracefulStopTimeout);
        try
        {
            await process.WaitForExitAsync(graceful.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        Ended();
    }

    /// <summary>SIGKILL: the instance dies mid-request, as in a crash or an evicted container.</summary>
    /// <param name="leaveInRotation">
    /// True leaves it where traffic goes, as a load balancer does until its health probe fails:
    /// the client learns of the death from a refused connection (<see cref="MarkDown"/>).
    /// </param>
    public async Task KillAsync(bool leaveInRotation = false)
    {
        Available = leaveInRotation && Available;
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        Sample();
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        Ended();
    }

    /// <summary>Takes the instance out of the rotation until it is started again: its port refused a connection.</summary>
    public void MarkDown() => Available = false;

    /// <summary>Reads the running process's CPU and memory figures into the totals.</summary>
    public void Sample()
    {
        if (_process is not { HasExited: false } process || ProcessUsage.Read(process.Id) is not { } usage)
        {
            return;
        }

        lock (_usageLock)
        {
            _lastUsage = usage;
            _peakResidentBytes = Math.Max(_peakResidentBytes, usage.PeakResidentBytes);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _process?.Dispose();
        _probe.Dispose();
    }

    /// <summary>A free loopback port, for an instance that must keep its port across restarts.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Ended()
    {
        lock (_usageLock)
        {
            _cpuOfEndedProcesses += _lastUsage.CpuTime;
            _lastUsage = default;
        }
    }

    private async Task WaitUntilReadyAsync(Process process, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        var ready = new Uri(BaseAddress, "readyz");
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {process.ExitCode} while starting; see {LogPath}.");
            }

            if (waited.Elapsed > ReadyTimeout)
            {
                throw new TimeoutException($"{Name} was not ready within {ReadyTimeout.TotalSeconds} s; see {LogPath}.");
            }

            try
            {
                using var response = await _probe.GetAsync(ready, ct).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // This probe timed out; the next may not.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), ct).ConfigureAwait(false);
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The last lines of an exiting process may arrive after its log closed.
            }
        }
    }

    private static async Task SignalAsync(int processId, string signal)
    {
        try
        {
            using var kill = Process.Start(new ProcessStartInfo("kill")
            {
                ArgumentList = { signal, processId.ToString(CultureInfo.InvariantCulture) },
                UseShellExecute = false,
            });
            if (kill is not null)
            {
                await kill.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (Win32Exception)
        {
            // No kill command: StopAsync kills the process once the graceful wait runs out.
        }
    }
}
