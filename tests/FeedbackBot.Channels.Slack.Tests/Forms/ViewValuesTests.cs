using System.Text.Json;
using FeedbackBot.Channels.Slack.Forms;
using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Channels.Slack.Tests.Forms;

public sealed class ViewValuesTests
{
    private const string State = """
        {"values":{
          "answer":{"answer":{"type":"users_select","selected_user":"U0CUSTOMER"}},
          "note":{"note":{"type":"plain_text_input","value":null}},
          "colour":{"colour":{"type":"static_select","selected_option":{"value":"red"}}}
        }}
        """;

    [Fact]
    public void Read_PeoplePickerAndEmptyOptionalText_GivesTheUserIdAndLeavesTheEmptyFieldOut()
    {
        var state = JsonSerializer.Deserialize<ViewState>(State, SlackJson.Options);

        var values = ViewValues.Read(state);

        Assert.Equal(new Dictionary<string, string> { ["answer"] = "U0CUSTOMER", ["colour"] = "red" }, values);
    }

    [Fact]
    public void People_PeoplePicker_TheChosenUserIsAMention()
    {
        var state = JsonSerializer.Deserialize<ViewState>(State, SlackJson.Options);

        var people = ViewValues.People(state);

        Assert.Equal([new ChatUser("U0CUSTOMER", null)], people);
    }

    [Fact]
    public void People_NoState_None()
    {
        var people = ViewValues.People(null);

        Assert.Empty(people);
    }
}
