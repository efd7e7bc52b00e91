using FeedbackBot.Channels.BotFramework.DirectLine;
using FeedbackBot.Channels.BotFramework.Hosting;
using FeedbackBot.Channels.Http;
using FeedbackBot.Channels.Slack.Hosting;
using FeedbackBot.Conversations;
using FeedbackBot.Conversations.Engine;
using FeedbackBot.Decisions;
using FeedbackBot.Failures;
using FeedbackBot.Health;
using FeedbackBot.RateLimits;
using FeedbackBot.Service;
using FeedbackBot.Slack;
using FeedbackBot.Storage;
using FeedbackBot.Summaries;
using FeedbackBot.Telemetry;
using FeedbackBot.Votes;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddFailureHandling();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddFeedbackStorage(builder.Configuration);
builder.Services.AddConversations();
builder.Services.AddServiceFeature();
builder.Services.AddOptions<DialogOptions>().BindConfiguration(DialogOptions.SectionName);
builder.Services.AddBotFrameworkChannel(builder.Configuration);
builder.Services.AddEmbeddedDirectLine(builder.Configuration);
builder.Services.AddSlackChannel(builder.Configuration);
builder.Services.AddSlackWorkTakeover(builder.Configuration);
builder.Services.AddDecisionCheckFeature();
builder.Services.AddFeedbackVotes();
builder.Services.AddHostRateLimits();
builder.Services.AddSummaryFeature();
builder.Services.AddFeedbackHealthChecks();
builder.Services.AddFeedbackTelemetry(builder.Configuration);

var app = builder.Build();

app.UseExceptionHandler();
app.UseRequestBodyLimits();
app.MapFeedbackHealthChecks();
app.MapBotFrameworkEndpoints();
app.MapSlackEndpoints();
app.MapFeedbackVotes();
app.MapSummaryEndpoints();
app.UseEmbeddedDirectLine();

// After CORS (in UseEmbeddedDirectLine), which answers preflights before they spend a token.
app.UseRateLimiter();

app.Run();

/// <summary>The host's entry point, public so integration tests can start it.</summary>
public partial class Program;
