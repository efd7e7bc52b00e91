using System.Globalization;
using FeedbackBot.Channels.Slack.BlockKit;
using FeedbackBot.Channels.Slack.Localization;
using FeedbackBot.Channels.Slack.Payloads;
using FeedbackBot.Channels.Slack.Processing;
using FeedbackBot.Conversations.Engine;
using FeedbackBot.Conversations.Localization;
using FeedbackBot.Conversations.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FeedbackBot.Channels.Slack.Forms;

/// <summary>
/// A modal submission (<c>view_submission</c>) is the one Slack request whose turn runs before
/// the acknowledgement: Slack shows field errors, or the next form, only from the response to
/// the request itself (PROTOCOLS.md 6.4). The turn gets <see cref="AckBudget"/>; a turn that
/// needs longer closes the modal and answers through the workers as usual.
/// </summary>
internal sealed partial class ModalSubmissions(
    ConversationEngine engine,
    SlackWorkQueue queue,
    SlackUserLocales locales,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<ModalSubmissions> logger)
{
    /// <summary>Inside Slack's 3 seconds, with room for the network.</summary>
    public static readonly TimeSpan AckBudget = TimeSpan.FromMilliseconds(2500);

    public async Task<IResult> SubmitAsync(ConversationTurn turn, SlackReplyTarget target, ModalContext context, CancellationToken ct)
    {
        var locale = locales.Cached(target.TeamId, target.UserId);
        turn = turn with { Locale = locale };
        var capture = new CapturingReplySink();

        // The turn must not die with the request: its state is saved whatever Slack does.
        var run = engine.HandleAsync(turn, capture, lifetime.ApplicationStopping);
        var finished = await Task.WhenAny(run, Task.Delay(AckBudget, time, ct)) == run;
        if (!finished)
        {
            LogSlowTurn(logger, target.ChannelId);
            Deliver(target, run.ContinueWith(_ => capture.Replies, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default), locale);
            return Results.Ok();
        }

        await run;
        var culture = SupportedCultures.Resolve(locale);
        var replies = capture.Replies;
        var formIndex = replies.ToList().FindIndex(r => r.MessageId is null && r.Reply.Card is { Inputs.Count: > 0 });
        if (formIndex < 0)
        {
            Deliver(target, replies, locale);
            return Results.Ok();
        }

        var form = replies[formIndex].Reply;
        var others = replies.Where((_, i) => i != formIndex).ToList();
        if (FormFingerprint.Of(form.Card!) == context.Form)
        {
            // The same form again: the dialog re-asks, so the answer was not accepted.
            var message = ErrorText(replies.Take(formIndex), form, culture);
            Deliver(target, [.. replies.Skip(formIndex + 1)], locale);
            return Results.Json(new ViewErrorsResponse(new Dictionary<string, string> { [form.Card!.Inputs[0].Id] = message }), SlackJson.Options);
        }

        Deliver(target, others, locale);
        var next = context with { Form = FormFingerprint.Of(form.Card!) };
        return Results.Json(new ViewUpdateResponse(ModalRenderer.Render(form, next, culture)), SlackJson.Options);
    }

    /// <summary>The dialog's own retry text (the text sent before or with the re-asked form), within Slack's label size.</summary>
    private static string ErrorText(IEnumerable<CapturedReply> before, Reply form, CultureInfo culture)
    {
        var text = SlackText.JoinLines([.. before.Where(r => r.Reply.Card is null).Select(r => r.Reply.Text), form.Text]);
        return SlackText.Truncate(text.Length > 0 ? text : SlackTexts.Get(SlackTexts.ModalInvalidAnswer, culture), BlockKitLimits.Label);
    }

    private void Deliver(SlackReplyTarget target, IReadOnlyList<CapturedReply> replies, string? locale)
    {
        if (replies.Count > 0)
        {
            Deliver(target, Task.FromResult(replies), locale);
        }
    }

    private void Deliver(SlackReplyTarget target, Task<IReadOnlyList<CapturedReply>> replies, string? locale)
    {
        if (!queue.TryEnqueue(new DeliverWork(target, replies, locale)))
        {
            LogDeliveryDropped(logger, target.ChannelId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack modal submission in {ChannelId} took longer than the acknowledgement allows; the modal closes and replies follow as messages")]
    private static partial void LogSlowTurn(ILogger logger, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack replies to a modal submission in {ChannelId} were dropped: the work queue is full")]
    private static partial void LogDeliveryDropped(ILogger logger, string channelId);
}

/// <summary><c>{"response_action":"errors","errors":{block_id: message}}</c>: shown under the fields, the modal stays open.</summary>
internal sealed record ViewErrorsResponse(IReadOnlyDictionary<string, string> Errors)
{
    public string ResponseAction { get; init; } = "errors";
}

/// <summary><c>{"response_action":"update","view":…}</c>: the modal shows the next form.</summary>
internal sealed record ViewUpdateResponse(SlackView View)
{
    public string ResponseAction { get; init; } = "update";
}
