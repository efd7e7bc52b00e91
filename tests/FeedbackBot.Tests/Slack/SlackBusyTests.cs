using System.Net;
using System.Text.Json;

namespace FeedbackBot.Tests.Slack;

/// <summary>A full work queue is answered at once with "busy", never by holding the ack or dropping silently.</summary>
public sealed class SlackBusyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Command_QueueFull_AnswersBusyPrivatelyInTheAcknowledgement()
    {
        await using var bot = await SlackBot.StartAsync(new Dictionary<string, string?> { ["Slack:Workers"] = "1", ["Slack:QueueCapacity"] = "1" });
        using (bot.Slack.Hold())
        {
            using var first = await SendCommandAsync(bot, "cmd-1");
            await bot.Slack.WaitForReceivedAsync(1, TimeSpan.FromSeconds(10), Ct); // the one worker is now busy
            using var second = await SendCommandAsync(bot, "cmd-2"); // fills the queue

            using var third = await SendCommandAsync(bot, "cmd-3");

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { first.StatusCode, second.StatusCode, third.StatusCode });
            Assert.Equal("", await second.Content.ReadAsStringAsync(Ct));
            var ack = JsonDocument.Parse(await third.Content.ReadAsStringAsync(Ct)).RootElement;
            Assert.Equal("ephemeral", ack.GetProperty("response_type").GetString());
            Assert.StartsWith("I'm very busy right now", ack.GetProperty("text").GetString(), StringComparison.Ordinal);
        }
    }

    private static Task<HttpResponseMessage> SendCommandAsync(SlackBot bot, string id)
    {
        var request = bot.Signer.Form("/api/slack/commands", SlackPayloads.SlashCommand("/decision-check", "", "C1", bot.Slack.ResponseUrl(id)));
        return bot.Client.SendAsync(request, Ct);
    }
}
