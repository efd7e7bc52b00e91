using System.Text;
using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Channels.Slack.Tests.Support;

namespace FeedbackBot.Channels.Slack.Tests.Payloads;

public sealed class FormBodyTests
{
    [Fact]
    public void TryParse_SlashCommandFixture_DecodesEveryField()
    {
        var form = FormBody.TryParse(Encoding.UTF8.GetBytes(Fixture.Read("slash-command.txt")));

        Assert.NotNull(form);
        Assert.Equal("/decision-check", form["command"]);
        Assert.Equal("Move standup to 10:00 & see <@U0123>", form["text"]);
        Assert.Equal("https://hooks.slack.com/commands/1234/5678", form["response_url"]);
    }

    [Fact]
    public void FromForm_SlashCommandFixture_KeepsIdsAndUrl()
    {
        var form = FormBody.TryParse(Encoding.UTF8.GetBytes(Fixture.Read("slash-command.txt")))!;

        var command = SlashCommand.FromForm(form);

        Assert.Equal(
            new SlashCommand(
                "/decision-check", "Move standup to 10:00 & see <@U0123>", "T0001", "U2147483697", "C2147483705",
                new Uri("https://hooks.slack.com/commands/1234/5678"), "13345224609.738474920.8088930838d88f008e0"),
            command);
    }

    [Theory]
    [InlineData("command")]
    [InlineData("team_id")]
    [InlineData("user_id")]
    [InlineData("channel_id")]
    public void FromForm_RequiredFieldMissing_ReturnsNull(string field)
    {
        var form = FormBody.TryParse(Encoding.UTF8.GetBytes(Fixture.Read("slash-command.txt")))!
            .Where(f => f.Key != field).ToDictionary();

        var command = SlashCommand.FromForm(form);

        Assert.Null(command);
    }

    [Fact]
    public void FromForm_ResponseUrlNotHttp_ReturnsNull()
    {
        var form = new Dictionary<string, string>
        {
            ["command"] = "/decision-check", ["team_id"] = "T1", ["user_id"] = "U1", ["channel_id"] = "C1", ["response_url"] = "file:///etc/passwd",
        };

        var command = SlashCommand.FromForm(form);

        Assert.Null(command);
    }

    [Theory]
    [InlineData("a=1&&b=2")]
    [InlineData("novalue")]
    [InlineData("=1")]
    [InlineData("a=%zz")]
    [InlineData("a=%4")]
    [InlineData("a=1&a=2")]
    [InlineData("a=%ff%fe")]
    [InlineData("{\"command\":\"/x\"}")]
    public void TryParse_Malformed_ReturnsNull(string body)
    {
        var form = FormBody.TryParse(Encoding.UTF8.GetBytes(body));

        Assert.Null(form);
    }

    [Fact]
    public void TryParse_InvalidUtf8Bytes_ReturnsNull()
    {
        var form = FormBody.TryParse([(byte)'a', (byte)'=', 0xC3, 0x28]);

        Assert.Null(form);
    }

    [Fact]
    public void TryParse_EncodedUnicodeAndPlus_Decodes()
    {
        var form = FormBody.TryParse(Encoding.UTF8.GetBytes("text=Z%C3%BCrich+%F0%9F%91%8D&empty="));

        Assert.NotNull(form);
        Assert.Equal("Zürich 👍", form["text"]);
        Assert.Equal("", form["empty"]);
    }
}
