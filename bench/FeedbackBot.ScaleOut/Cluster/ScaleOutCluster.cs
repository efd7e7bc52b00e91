using System.Net;
using FeedbackBot.ScaleOut.Traffic;
using FeedbackBot.Testing;
using FeedbackBot.Testing.Azurite;
using FeedbackBot.Testing.Slack;

namespace FeedbackBot.ScaleOut.Cluster;

/// <summary>
/// Everything one run starts, on loopback: Azurite (the store both bots share), the fake Bot
/// Connector and fake Slack Web API (every message they receive lands in <see cref="Inbox"/>), and
/// two bot processes in local mode (no Bot Framework tokens; Slack requests are signed). Each
/// piece can be stopped and started again, which is where a fault run plugs in.
/// </summary>
internal sealed class ScaleOutCluster : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;
    private readonly List<BotInstance> _instances = [];
    private readonly HttpClient _http;

    private ScaleOutCluster(DirectoryInfo folder, AzuriteServer azurite, FakeBotConnector connector, FakeSlackWebApi slack, ReplyInbox inbox, StoreAccess store)
    {
        _folder = folder;
        Azurite = azurite;
        Connector = connector;
        Slack = slack;
        Inbox = inbox;
        Store = store;
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 256,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ActivityHeadersPropagator = null,
        })
        { Timeout = TimeSpan.FromSeconds(30) };
    }

    public AzuriteServer Azurite { get; }

    public FakeBotConnector Connector { get; }

    public FakeSlackWebApi Slack { get; }

    public ReplyInbox Inbox { get; }

    public StoreAccess Store { get; }

    public IReadOnlyList<BotInstance> Instances => _instances;

    public ClusterSettings Settings { get; private set; } = null!;

    public JobSeed Seed { get; private set; } = null!;

    /// <summary>Where the instances' logs are (kept after the run when it failed).</summary>
    public string LogFolder => _folder.FullName;

    public HttpClient Http => _http;

    /// <exception cref="AzuriteUnavailableException">Node.js or the azurite package is missing.</exception>
    public static async Task<ScaleOutCluster> StartAsync(ClusterPlan plan, TextWriter progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var hostPath = HostBinary.Path();
        var folder = Directory.CreateTempSubdirectory("feedbackbot-scaleout-");
        var inbox = new ReplyInbox();
        var azurite = await AzuriteServer.StartNewAsync(plan.DurableStore, ct).ConfigureAwait(false);
        await progress.WriteLineAsync($"azurite         {azurite.TableEndpoint}").ConfigureAwait(false);
        var connector = await FakeBotConnector.StartAsync(recordRequests: false, observer: inbox.Observe).ConfigureAwait(false);
        var slack = await FakeSlackWebApi.StartAsync(record: false, observer: inbox.Observe).ConfigureAwait(false);
        var store = await StoreAccess.OpenAsync(azurite.ConnectionString, ct).ConfigureAwait(false);
        var cluster = new ScaleOutCluster(folder, azurite, connector, slack, inbox, store);
        try
        {
            cluster.Seed = await JobSeed.WriteAsync(store, plan.RunId, plan.PushTenants, plan.FollowUps, plan.FollowUpsDueAfter, ct).ConfigureAwait(false);
            cluster.Settings = new ClusterSettings(azurite.ConnectionString, connector.ServiceUrl, slack.ApiBaseUrl, JobSeed.Schedule(DateTimeOffset.UtcNow));
            for (var i = 0; i < plan.Instances; i++)
            {
                cluster._instances.Add(new BotInstance(((char)('a' + i)).ToString(), hostPath, BotInstance.FreePort(), cluster.Settings, folder.FullName));
            }

            // Started together, as a deployment starts its instances: their start-up jobs race.
            await Task.WhenAll(cluster._instances.Select(i => i.StartAsync(ct))).ConfigureAwait(false);
            foreach (var instance in cluster._instances)
            {
                await progress.WriteLineAsync($"instance {instance.Name}      {instance.BaseAddress} pid {instance.ProcessId} log {instance.LogPath}").ConfigureAwait(false);
            }

            return cluster;
        }
        catch
        {
            cluster.KeepLogs = true;
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <param name="faults">In a fault run: how the clients ride out the faults, and where their answers are classed.</param>
    public TrafficContext Traffic(TurnStats stats, string runId, AnswerLedger? faults = null)
    {
        var handling = faults is null ? null : new FaultHandling(_instances, faults);
        return new TrafficContext(_instances, new BotClient(_http, Settings, stats, handling), Inbox, new Expectations(), Connector.ServiceUrl, Slack.ResponseUrl, runId)
        {
            Faults = handling,
        };
    }

    /// <summary>Reads every instance's CPU and memory figures (call every second or so).</summary>
    public void Sample()
    {
        foreach (var instance in _instances)
        {
            instance.Sample();
        }
    }

    /// <summary>Deletes the temporary folder with the logs; a failed run keeps it for reading.</summary>
    public bool KeepLogs { get; set; }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync().ConfigureAwait(false);
        }

        await Store.DisposeAsync().ConfigureAwait(false);
        await Slack.DisposeAsync().ConfigureAwait(false);
        await Connector.DisposeAsync().ConfigureAwait(false);
        await Azurite.DisposeAsync().ConfigureAwait(false);
        _http.Dispose();
        if (!KeepLogs)
        {
            try
            {
                _folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A log still held open by an exiting process: the temp folder is harmless.
            }
        }
    }
}

/// <summary>How big the cluster and its seeded job data are.</summary>
internal sealed record ClusterPlan(string RunId)
{
    public int Instances { get; init; } = 2;

    public int PushTenants { get; init; } = 3;

    public int FollowUps { get; init; } = 6;

    /// <summary>
    /// When the "due during the run" follow-ups fall due, after seeding: early in the traffic, so
    /// the restarted instance's start-up run or any instance's one-minute tick sends them.
    /// </summary>
    public TimeSpan FollowUpsDueAfter { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Azurite saves every write before answering it, so killing it loses nothing acknowledged
    /// (a fault run; <see cref="AzuriteServer.StartNewAsync(bool, CancellationToken)"/>).
    /// </summary>
    public bool DurableStore { get; init; }
}
