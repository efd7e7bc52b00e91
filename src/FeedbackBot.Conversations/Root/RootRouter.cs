using System.Globalization;
using System.Text;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Engine;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Root;

/// <summary>
/// What the bot does when no dialog is running: greets when added, lists the registered commands
/// on "help", starts a dialog by its command word, and points anything else at "help".
/// </summary>
internal sealed class RootRouter(DialogRegistry registry)
{
    public static void Greet(TurnScope scope) =>
        scope.Replies.Send(Reply.FromText(ConversationTexts.Get(ConversationTexts.Greeting, scope.Culture)));

    /// <summary>Answers the message, or returns the dialog it starts.</summary>
    public DialogStart? Route(TurnScope scope, Interruption interruption)
    {
        switch (interruption)
        {
            case Interruption.Help:
                scope.Replies.Send(Help(scope.Culture));
                return null;
            case Interruption.Cancel:
            case Interruption.Back:
                scope.Replies.Send(Reply.FromText(ConversationTexts.Get(ConversationTexts.NothingRunning, scope.Culture)));
                return null;
        }

        if (CommandText.Parse(scope.Turn.Text) is { } command && registry.FindCommand(command.Word) is { } registered)
        {
            return new DialogStart(registered.DialogId, command.Argument);
        }

        if (registry.FindPhrase(scope.Turn.Text) is { } phrase)
        {
            return new DialogStart(phrase.DialogId, phrase.Argument);
        }

        scope.Replies.Send(Reply.FromText(ConversationTexts.Get(ConversationTexts.Unknown, scope.Culture)));
        return null;
    }

    private Reply Help(CultureInfo culture)
    {
        var text = new StringBuilder(ConversationTexts.Get(ConversationTexts.HelpIntro, culture)).Append('\n');
        if (registry.Commands.Count == 0)
        {
            text.Append(ConversationTexts.Get(ConversationTexts.HelpNoCommands, culture)).Append('\n');
        }

        foreach (var command in registry.Commands)
        {
            var description = new ResourceText(command.Descriptions).Get(command.DescriptionKey, culture);
            text.Append(ConversationTexts.Format(ConversationTexts.HelpCommand, culture, command.Command, description)).Append('\n');
        }

        text.Append('\n').Append(ConversationTexts.Get(ConversationTexts.HelpFooter, culture));
        return new Reply
        {
            Text = text.ToString(),
            Choices = [.. registry.Commands.Select(c => new ReplyChoice(c.Command, c.Command))],
            Card = Offers(culture),
        };
    }

    /// <summary>The commands a feature offers as buttons (a card button starts its dialog, <see cref="CardCommands"/>), or no card.</summary>
    private Card? Offers(CultureInfo culture)
    {
        var offered = registry.Commands.Where(c => c.Offer is not null).ToList();
        if (offered.Count == 0)
        {
            return null;
        }

        return new Card
        {
            Text = string.Join("\n", offered.Select(c => new ResourceText(c.Descriptions).Get(c.Offer!.TextKey, culture))),
            Buttons = [.. offered.Select(c => new CardButton(new ResourceText(c.Descriptions).Get(c.Offer!.ButtonKey, culture), CardCommands.Data(c.Command), ButtonStyle.Positive))],
        };
    }
}
