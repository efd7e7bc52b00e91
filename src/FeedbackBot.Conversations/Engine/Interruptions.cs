using FeedbackBot.Conversations.Prompts;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Engine;

/// <summary>The words that interrupt any dialog step, understood in English and German whatever the locale.</summary>
internal enum Interruption
{
    None,
    Help,
    Cancel,
    Back,
}

internal static class Interruptions
{
    public static Interruption Recognize(ConversationTurn turn) => AnswerText.Normalize(turn.Text) switch
    {
        "help" or "hilfe" => Interruption.Help,
        "cancel" or "abbrechen" or "stop" or "stopp" => Interruption.Cancel,
        "back" or "zurück" or "zurueck" => Interruption.Back,
        _ => Interruption.None,
    };
}
