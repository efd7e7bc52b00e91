using System.Collections.Concurrent;
using System.Net;
using FeedbackBot.Testing;
using FeedbackBot.Tests.Support;

namespace FeedbackBot.Tests.Reliability;

/// <summary>
/// A Teams user on one instance going through the three-question dialog again and again. After
/// each turn it checks the bot's reply: the next question (the answer was saved), or the friendly
/// "couldn't save" (it says the same again); silence, a 500, or a question from an earlier step
/// (a saved answer lost) is a problem. Once told to stop it finishes the dialog it is in.
/// </summary>
internal sealed class DialogTalker(BotHost host, FakeBotConnector connector, string conversation)
{
    public const string SaveFailed = "I couldn't save that just now, please try again.";

    private const int TurnsToFinishAfterStop = 40;

    private readonly string _name = "Ada " + conversation[(conversation.LastIndexOf('-') + 1)..];
    private int _stepsSaved;
    private int _toldSaveFailed;
    private int _dialogsFinished;

    public string Conversation => conversation;

    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>Turns whose reply was the next question: the answer is acknowledged as saved.</summary>
    public int StepsSaved => Volatile.Read(ref _stepsSaved);

    public int ToldSaveFailed => Volatile.Read(ref _toldSaveFailed);

    public int DialogsFinished => Volatile.Read(ref _dialogsFinished);

    public async Task RunAsync(CancellationToken stop)
    {
        string[] answers = ["three", _name, "blue", "yes"];
        string[] expected = ["What is your name?", "Which colour?", "Subscribe?", $"Done: {_name}, blue, yes."];
        var step = 0;
        var turnsAfterStop = 0;
        while (!stop.IsCancellationRequested || (step != 0 && turnsAfterStop++ < TurnsToFinishAfterStop))
        {
            var reply = await TurnAsync(answers[step]);
            if (reply == expected[step])
            {
                Interlocked.Increment(ref _stepsSaved);
                if (++step == answers.Length)
                {
                    Interlocked.Increment(ref _dialogsFinished);
                    step = 0;
                }
            }
            else if (reply == SaveFailed)
            {
                Interlocked.Increment(ref _toldSaveFailed);
            }
            else
            {
                Problems.Enqueue($"{conversation}: said '{answers[step]}', expected '{expected[step]}' or '{SaveFailed}', got '{reply ?? "(silence)"}'.");

                // Start over, so one problem is not repeated for the rest of the run.
                step = 0;
            }
        }

        if (step != 0)
        {
            Problems.Enqueue($"{conversation}: could not finish its dialog after the outage.");
        }
    }

    /// <summary>The text of the bot's last reply in this conversation to one message, or null when none came.</summary>
    private async Task<string?> TurnAsync(string text)
    {
        var before = Replies().Count;
        using var response = await Activities.PostAsync(host.Client, Activities.TeamsMessage(connector.ServiceUrl, text, conversation));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Problems.Enqueue($"{conversation}: /api/messages answered {(int)response.StatusCode}.");
        }

        // The bot replies inside the request, so its replies have arrived when the request returns.
        var replies = Replies();
        return replies.Count > before ? Activities.VisibleTextOf(replies[^1].Activity) : null;
    }

    private List<FakeBotConnectorRequest> Replies() =>
        [.. connector.Requests.Where(r => r.ConversationId == conversation && r.Activity is not null && r.StatusCode is >= 200 and < 300)];
}
