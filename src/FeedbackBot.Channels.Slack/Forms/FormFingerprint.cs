using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FeedbackBot.Conversations.Cards;

namespace FeedbackBot.Channels.Slack.Forms;

/// <summary>
/// A short hash of a form card's question and fields. A submission whose turn answers with the
/// same form again is the dialog re-asking (the answer was not accepted): Slack wants that shown
/// as field errors in the open modal. A different form is the next question: the modal moves on.
/// </summary>
internal static class FormFingerprint
{
    public static string Of(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var shape = JsonSerializer.SerializeToUtf8Bytes(new
        {
            card.Title,
            card.Text,
            Inputs = card.Inputs.Select(i => new { i.Id, i.Label, Kind = i.GetType().Name }),
            Buttons = card.Buttons.Select(b => b.Title),
        });
        return Convert.ToHexString(SHA256.HashData(shape), 0, 8);
    }
}
