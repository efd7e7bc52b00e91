using System.Globalization;
using FeedbackBot.Conversations.Turns;

namespace FeedbackBot.Conversations.Service;

/// <summary>
/// The invitation to the definition survey as a message with one button that starts it: what the
/// votes dialog appends after a vote when <c>ISurveyInvitations.ShouldInviteAfterVoteAsync</c>
/// says so, and what a proactive invitation sends.
/// </summary>
public static class SurveyInvitationReply
{
    public static Reply Create(CultureInfo culture) => new()
    {
        Text = ServiceTexts.Get(ServiceTexts.SurveyInvitationText, culture),
        Choices = [new ReplyChoice(ServiceTexts.Get(ServiceTexts.SurveyInvitationButton, culture), DefinitionSurveyDialog.Command)],
    };
}
