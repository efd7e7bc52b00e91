using System.Globalization;
using FeedbackBot.Conversations.Cards;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Core.Votes;

namespace FeedbackBot.Conversations.Votes;

/// <summary>The card a MISS is posted with in the team's channel, and how it looks once someone took it.</summary>
public static class MissAlertCard
{
    /// <param name="ticket">The request's signed ticket for the "I'll follow up" button; <c>null</c> renders no button.</param>
    public static Card Render(Vote vote, FeedbackRequest request, string? ticket, CultureInfo culture, bool details = false)
    {
        ArgumentNullException.ThrowIfNull(vote);
        ArgumentNullException.ThrowIfNull(request);
        var customer = request.Customer.Name is { Length: > 0 } name ? name : request.Customer.Id;
        var agent = request.Agent.Name is { Length: > 0 } agentName ? agentName : request.Agent.Id;
        var facts = new List<CardFact>
        {
            new(VoteTexts.Get(VoteTexts.AlertComment, culture), vote.Comment is { Length: > 0 } comment ? comment : VoteTexts.Get(VoteTexts.AlertNoComment, culture)),
        };
        if (vote.ElementId is { Length: > 0 } element)
        {
            facts.Add(new CardFact(VoteTexts.Get(VoteTexts.AlertElement, culture), VoteTexts.ElementName(element, culture) ?? element));
        }

        if (request.Team is { Length: > 0 } team)
        {
            facts.Add(new CardFact(VoteTexts.Get(VoteTexts.AlertTeam, culture), team));
        }

        facts.Add(new CardFact(VoteTexts.Get(VoteTexts.AlertInteraction, culture), request.InteractionId));
        var text = VoteTexts.Format(VoteTexts.AlertText, culture, agent);
        if (vote.FollowUpBy is { Length: > 0 } taker)
        {
            text += "\n\n" + VoteTexts.Format(VoteTexts.AlertTakenBy, culture, taker);
        }

        return new Card
        {
            Title = VoteTexts.Format(details ? VoteTexts.AlertDetailsTitle : VoteTexts.AlertTitle, culture, customer),
            Text = text,
            Facts = facts,
            Buttons = ticket is null || vote.FollowUpBy is not null
                ? []
                : [new CardButton(VoteTexts.Get(VoteTexts.AlertFollowUp, culture), CardCommands.Data(VoteIds.FollowUpCommand, (VoteIds.Ticket, ticket)), ButtonStyle.Positive)],
        };
    }
}
