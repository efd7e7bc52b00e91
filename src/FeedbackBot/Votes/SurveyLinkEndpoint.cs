using System.Globalization;
using FeedbackBot.Conversations.Votes;
using FeedbackBot.Core.Votes;
using FeedbackBot.Localization;
using Microsoft.Net.Http.Headers;

namespace FeedbackBot.Votes;

/// <summary>
/// <c>GET /feedback/{token}?vote=hit|miss</c>: a customer's one-click vote from a link, no chat
/// client needed. A browser gets a small page (the why-question offered in the web chat); any
/// other client, and every refusal, gets the status with an RFC 9457 problem body when it does not
/// ask for HTML. Forged and unknown tokens are 404 alike (no oracle), expired ones 410, a vote
/// other than hit or miss 400; nothing is stored for any of them. Without <c>vote</c> the page asks.
/// </summary>
internal static partial class SurveyLinkEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, string token, VoteDesk desk, SurveyLinks links, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(SurveyLinkEndpoint).FullName!);
        var culture = RequestCulture.Of(http.Request);
        var html = WantsHtml(http.Request);

        // The token is a credential for this interaction: keep it out of caches and Referer headers.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";

        var status = desk.ReadTicket(token, out var ticket);
        if (status is SurveyTokenStatus.Malformed or SurveyTokenStatus.Forged)
        {
            LogRefused(logger, status);
            return Refuse(html, culture, StatusCodes.Status404NotFound, VoteTexts.PageInvalidTitle, VoteTexts.PageInvalid);
        }

        if (status == SurveyTokenStatus.Expired)
        {
            return Refuse(html, culture, StatusCodes.Status410Gone, VoteTexts.PageExpiredTitle, VoteTexts.PageExpired);
        }

        var votes = http.Request.Query["vote"];
        if (votes.Count == 0)
        {
            try
            {
                return await AskAsync(html, culture, ticket!, token, desk, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                LogAskFailed(logger, ex);
                return Refuse(html, culture, StatusCodes.Status503ServiceUnavailable, VoteTexts.PageUnavailableTitle, VoteTexts.PageFailed);
            }
        }

        if (votes.Count > 1 || VoteIds.ParseVerdict(votes[0]) is not { } verdict)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["vote"] = ["Must be hit or miss."] }, title: "The vote is not hit or miss.");
        }

        VoteOutcome outcome;
        try
        {
            outcome = await desk.VoteAsync(ticket!, verdict, VoteIds.ViaLink, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Not stored, so not acknowledged: the page says to try again.
            LogVoteFailed(logger, ex);
            return Refuse(html, culture, StatusCodes.Status503ServiceUnavailable, VoteTexts.PageFailedTitle, VoteTexts.PageFailed);
        }

        return outcome.Status switch
        {
            VoteStatus.Accepted => Page(html, SurveyPage.Recorded(
                culture, verdict == Verdict.Hit, links.ChatFor(token), VoteLink(http, token, verdict == Verdict.Hit ? Verdict.Miss : Verdict.Hit)),
                new { status = "recorded", vote = verdict == Verdict.Hit ? VoteIds.Hit : VoteIds.Miss, replaced = outcome.Replaced }),
            VoteStatus.Expired => Refuse(html, culture, StatusCodes.Status410Gone, VoteTexts.PageExpiredTitle, VoteTexts.PageExpired),
            _ => Refuse(html, culture, StatusCodes.Status404NotFound, VoteTexts.PageInvalidTitle, VoteTexts.PageInvalid),
        };
    }

    private static async Task<IResult> AskAsync(bool html, CultureInfo culture, SurveyTicket ticket, string token, VoteDesk desk, CancellationToken ct)
    {
        if (await desk.FindAsync(ticket, ct) is not { } found)
        {
            return Refuse(html, culture, StatusCodes.Status404NotFound, VoteTexts.PageInvalidTitle, VoteTexts.PageInvalid);
        }

        var question = found.Request.Agent.Name is { Length: > 0 } agent
            ? VoteTexts.Format(VoteTexts.VoteQuestion, culture, agent)
            : VoteTexts.Get(VoteTexts.VoteQuestionNoAgent, culture);
        var self = new Uri(Uri.EscapeDataString(token), UriKind.Relative);
        return Page(html, SurveyPage.Question(
            culture, question, new Uri(self + "?vote=hit", UriKind.Relative), new Uri(self + "?vote=miss", UriKind.Relative)),
            new { status = found.Vote is null ? "open" : "voted" });
    }

    private static Uri VoteLink(HttpContext http, string token, Verdict verdict) =>
        new($"{http.Request.PathBase}/feedback/{Uri.EscapeDataString(token)}?vote={(verdict == Verdict.Hit ? VoteIds.Hit : VoteIds.Miss)}", UriKind.Relative);

    private static IResult Refuse(bool html, CultureInfo culture, int status, string titleKey, string textKey) =>
        html
            ? TypedResults.Content(SurveyPage.Message(culture, titleKey, textKey), "text/html; charset=utf-8", statusCode: status)
            : TypedResults.Problem(title: VoteTexts.Get(titleKey, culture), detail: VoteTexts.Get(textKey, culture), statusCode: status);

    private static IResult Page(bool html, string page, object json) =>
        html ? TypedResults.Content(page, "text/html; charset=utf-8") : TypedResults.Json(json);

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    [LoggerMessage(Level = LogLevel.Information, Message = "Survey link refused: token {Status}")]
    private static partial void LogRefused(ILogger logger, SurveyTokenStatus status);

    [LoggerMessage(Level = LogLevel.Error, Message = "A survey link's request could not be read; the customer was asked to try again")]
    private static partial void LogAskFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A vote from a survey link could not be stored; the customer was asked to try again")]
    private static partial void LogVoteFailed(ILogger logger, Exception exception);
}
