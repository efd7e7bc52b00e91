namespace FeedbackBot.Channels.Slack.Forms;

/// <summary>The <c>callback_id</c> of the modal a card with inputs opens as.</summary>
internal static class FormSlackIds
{
    public const string FormCallback = "form.card";
}
