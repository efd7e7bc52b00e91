using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FeedbackBot.Testing.Azurite;

/// <summary>
/// Azurite's Table service (the npm package pinned in tests/package.json) as a child process on a
/// free loopback port, with its data in a fresh temporary folder. <see cref="StopAsync"/> and
/// <see cref="StartAsync()"/> stop and start it again on the same port and folder, so a test can
/// play an outage of the store, and <see cref="KillAsync"/> a crash of it. Disposing stops it and
/// deletes the folder.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>Azurite's published development account (https://learn.microsoft.com/azure/storage/common/storage-use-azurite#well-known-storage-account-and-key).</summary>
    public const string AccountName = "devstoreaccount1";

    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan GracefulStopTimeout = TimeSpan.FromSeconds(10);

    private readonly string _script;
    private readonly StringBuilder _output = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly string? _preload;
    private Process? _process;

    private AzuriteServer(string script, int port, string dataFolder, string? preload)
    {
        _script = script;
        Port = port;
        DataFolder = dataFolder;
        _preload = preload;
    }

    public int Port { get; }

    /// <summary>Where Azurite keeps its data; kept across <see cref="StopAsync"/> and <see cref="StartAsync()"/>.</summary>
    public string DataFolder { get; }

    public Uri TableEndpoint => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/{AccountName}");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint={TableEndpoint};";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>
    /// Starts Azurite on a free port and returns once it answers.
    /// </summary>
    /// <exception cref="AzuriteUnavailableException">Node.js or the azurite package is missing.</exception>
    public static Task<AzuriteServer> StartNewAsync(CancellationToken ct = default) => StartNewAsync(durableWrites: false, ct);

    /// <summary>
    /// Starts Azurite on a free port and returns once it answers. With <paramref name="durableWrites"/>
    /// every write is on disk before Azurite answers it (<see cref="AzuriteDurableWrites"/>), so
    /// <see cref="KillAsync"/> loses nothing acknowledged, as a storage account would not; writes
    /// are slower then.
    /// </summary>
    /// <exception cref="AzuriteUnavailableException">Node.js or the azurite package is missing.</exception>
    public static async Task<AzuriteServer> StartNewAsync(bool durableWrites, CancellationToken ct = default)
    {
        var script = AzuriteLocator.FindTableScript() ?? throw new AzuriteUnavailableException(
            "The azurite npm package is not installed; run `npm ci --prefix tests` (tests/package.json pins the version).");
        var dataFolder = Path.Combine(Path.GetTempPath(), "feedbackbot-azurite", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        var preload = durableWrites ? AzuriteDurableWrites.WriteNextTo(dataFolder) : null;
        var server = new AzuriteServer(script, FreeLoopbackPort(), dataFolder, preload);
        try
        {
            await server.StartAsync(ct).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Starts the stopped server again on the same port and data folder.</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("Azurite is already running.");
        }

        _process?.Dispose();
        _process = StartProcess();
        await WaitUntilAnsweringAsync(_process, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Stops the server: SIGINT first, on which Azurite saves its data and exits (it otherwise
    /// saves only every few seconds, and an outage test must not lose acknowledged writes to the
    /// emulator itself); the whole process tree is killed if it does not exit in time.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            await SignalAsync(process.Id, "-INT").ConfigureAwait(false);
            using var graceful = new CancellationTokenSource(GracefulStopTimeout);
            try
            {
                await process.WaitForExitAsync(graceful.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Did not exit in time: killed below.
            }
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>SIGKILL: Azurite dies at once, as a crashed storage node does; <see cref="StartAsync()"/> brings it back on the same folder.</summary>
    public async Task KillAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Freezes the server (SIGSTOP): the kernel still accepts connections, but nothing answers,
    /// as a store that hangs; clients meet their network timeout. <see cref="ThawAsync"/> resumes it.
    /// </summary>
    public Task FreezeAsync() => _process is { HasExited: false } process ? SignalAsync(process.Id, "-STOP") : Task.CompletedTask;

    /// <summary>Resumes a frozen server (SIGCONT); it answers what it accepted meanwhile.</summary>
    public Task ThawAsync() => _process is { HasExited: false } process ? SignalAsync(process.Id, "-CONT") : Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _process?.Dispose();
        _http.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
            if (_preload is not null)
            {
                File.Delete(_preload);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the next test run uses a fresh one.
        }
    }

    private Process StartProcess()
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_preload is not null)
        {
            start.ArgumentList.Add("--require");
            start.ArgumentList.Add(_preload);
        }

        foreach (var argument in new[]
        {
            _script,
            "--location", DataFolder,
            "--tableHost", "127.0.0.1",
            "--tablePort", Port.ToString(CultureInfo.InvariantCulture),
            "--skipApiVersionCheck",
            "--loose",
            "--silent",
            "--disableTelemetry",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            throw new AzuriteUnavailableException($"Node.js is not installed or not on PATH ({ex.Message}); the Table Storage tests need it to run Azurite.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilAnsweringAsync(Process process, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        var probe = new Uri(TableEndpoint + "/Tables");
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} while starting: {Output()}");
            }

            if (waited.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"Azurite did not answer within {StartTimeout.TotalSeconds} s: {Output()}");
            }

            try
            {
                // Any HTTP answer (an unsigned request gets 403) means the service is listening.
                using var response = await _http.GetAsync(probe, ct).ConfigureAwait(false);
                return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // This probe timed out; the next one may not.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), ct).ConfigureAwait(false);
        }
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
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
            // No kill command: a stop falls back to killing the process tree; a freeze has no effect.
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
