using System.Globalization;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Summaries;
using FeedbackBot.Core.Summaries;
using FeedbackBot.Core.Votes;
using FeedbackBot.RateLimits;
using Microsoft.AspNetCore.Mvc;

namespace FeedbackBot.Summaries;

/// <summary>
/// <c>GET /summaries/{token}/chart.png</c> and <c>GET /summaries/{token}/votes.csv</c>: the
/// downloads a summary card links to. The token is the authorization: it names the tenant, week,
/// team and kind and is signed and expiring. A token that does not decode, or is for the other
/// kind, is a 404; a bad signature or an expired link a 403; both as RFC 9457 problem JSON.
/// </summary>
internal static partial class SummaryEndpoints
{
    public const string ChartFile = "chart.png";
    public const string CsvFile = "votes.csv";

    public static IEndpointRouteBuilder MapSummaryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/summaries/{token}/" + ChartFile, ChartAsync).RequireRateLimiting(HostRateLimits.Links);
        app.MapGet("/summaries/{token}/" + CsvFile, CsvAsync).RequireRateLimiting(HostRateLimits.Links);
        return app;
    }

    private static async Task<IResult> ChartAsync(
        string token, SummaryLinkTokens tokens, IWeeklyAggregateStore aggregates, SummaryZone zone, TimeProvider time, CancellationToken ct)
    {
        if (Check(tokens, token, SummaryLinkKind.Chart, time) is { } refusal)
        {
            return refusal.Result;
        }

        tokens.Read(token, time.GetUtcNow(), out var ticket);
        var rows = await aggregates.ListAsync(ticket!.Tenant, WeeklySummaryBuilder.TrendStart(ticket.Week), ticket.Week, ct);
        var summary = WeeklySummaryBuilder.Build(new SummaryInputs
        {
            Tenant = ticket.Tenant,
            Query = new SummaryQuery(ticket.Week, ticket.Team),
            Zone = zone.Zone,
            Aggregates = rows,
        });
        var culture = SupportedCultures.Resolve(ticket.Culture);
        var labels = new ChartLabels(
            ticket.Team is null ? Text(SummaryEndpointTexts.ChartTitle, culture, ticket.Week) : Text(SummaryEndpointTexts.ChartTitleTeam, culture, ticket.Week, ticket.Team),
            Text(SummaryEndpointTexts.ChartVotes, culture),
            Text(SummaryEndpointTexts.ChartHitRate, culture));
        var png = TrendChart.RenderPng(summary.Trend, labels);
        return Results.File(png, "image/png", lastModified: null, enableRangeProcessing: false);
    }

    private static async Task CsvAsync(
        HttpContext http, string token, SummaryLinkTokens tokens, IVoteStore votes, SummaryZone zone, TimeProvider time, CancellationToken ct)
    {
        if (Check(tokens, token, SummaryLinkKind.Csv, time) is { } refusal)
        {
            await refusal.Result.ExecuteAsync(http);
            return;
        }

        tokens.Read(token, time.GetUtcNow(), out var ticket);
        var week = await votes.ListAsync(ticket!.Tenant, ticket.Week, ct);
        var rows = week
            .Where(v => ticket.Team is null || string.Equals(v.Team, ticket.Team, StringComparison.Ordinal))
            .OrderBy(v => v.VotedAt);
        var name = ticket.Team is null ? $"feedback-votes-{ticket.Week}.csv" : $"feedback-votes-{ticket.Week}-{SafeFileName(ticket.Team)}.csv";
        http.Response.ContentType = "text/csv; charset=utf-8; header=present";
        http.Response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileNameStar = name }.ToString();
        http.Response.Headers.CacheControl = "private, no-store";
        var writer = new StreamWriter(http.Response.Body, VoteCsv.Encoding, leaveOpen: true);
        await using (writer)
        {
            await VoteCsv.WriteAsync(rows, zone.Zone, writer, ct);
        }
    }

    private static Refusal? Check(SummaryLinkTokens tokens, string token, SummaryLinkKind kind, TimeProvider time)
    {
        var status = tokens.Read(token, time.GetUtcNow(), out var ticket);
        var culture = SupportedCultures.Resolve(ticket?.Culture);
        return status switch
        {
            SummaryLinkStatus.Valid when ticket!.Kind == kind => null,
            SummaryLinkStatus.Valid or SummaryLinkStatus.Malformed => Problem(StatusCodes.Status404NotFound, SummaryEndpointTexts.NotFound, culture),
            SummaryLinkStatus.Expired => Problem(StatusCodes.Status403Forbidden, SummaryEndpointTexts.Expired, culture),
            _ => Problem(StatusCodes.Status403Forbidden, SummaryEndpointTexts.Forged, culture),
        };
    }

    private static Refusal Problem(int status, string key, CultureInfo culture) =>
        new(Results.Problem(new ProblemDetails { Status = status, Title = Text(key, culture) }));

    private static string Text(string key, CultureInfo culture, params object?[] args) => SummaryEndpointTexts.Format(key, culture, args);

    private static string SafeFileName(string team) =>
        new([.. team.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);

    private sealed record Refusal(IResult Result);
}
