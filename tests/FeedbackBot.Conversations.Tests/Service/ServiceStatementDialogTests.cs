using FeedbackBot.Conversations.Prompts;
using FeedbackBot.Conversations.Service;
using FeedbackBot.Conversations.Tests.Decisions;
using FeedbackBot.Conversations.Tests.Support;
using FeedbackBot.Core.Configuration;
using FeedbackBot.Core.Tests.Support;
using FeedbackBot.Core.Service;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Workspace;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Conversations.Tests.Service;

/// <summary>Transcripts of the statement's forms: the statement card form and the coverage form.</summary>
public sealed class ServiceStatementDialogTests : IDisposable
{
    private readonly InMemoryServiceCatalogStore catalog = new();
    private readonly ConversationHarness harness;

    public ServiceStatementDialogTests()
    {
        var options = new FeedbackBotOptions();
        options.Admins.Add("user-1");
        harness = new ConversationHarness(services => services
            .AddSingleton(options)
            .AddSingleton(Options.Create(options))
            .AddSingleton<IServiceCatalogStore>(catalog)
            .AddSingleton<ISurveyAnswerStore>(new InMemorySurveyAnswerStore())
            .AddSingleton<IRoleGrantStore>(new InMemoryRoleGrantStore())
            .AddSingleton<IWeeklyAggregateStore>(new InMemoryAggregates())
            .AddSingleton<ServiceCatalog>()
            .AddSingleton<WorkspaceRoles>()
            .AddSingleton<IWorkspaceRoles>(provider => provider.GetRequiredService<WorkspaceRoles>())
            .AddSingleton<IElementRankings, ElementRankings>()
            .AddSingleton<DefinitionGapReport>()
            .AddServiceDialogs());
    }

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task Set_WithoutText_AsksWithAFormThenSavesTheSubmittedStatement()
    {
        var form = await harness.SayAsync("service-statement set");
        var saved = await harness.SendAsync(ConversationHarness.Message(null, values: new Dictionary<string, string> { [PromptInputIds.Answer] = "  We call back within an hour.  " }));

        var input = Assert.IsType<Cards.TextCardInput>(Assert.Single(form.Sent).Card!.Inputs.Single());
        Assert.True(input.IsMultiline);
        Assert.Equal(ServiceStatement.MaxLength, input.MaxLength);
        Assert.Equal("Saved. This is your service statement now:", saved.Sent[0].Text);
        var statement = await catalog.GetStatementAsync("contoso", TestContext.Current.CancellationToken);
        Assert.Equal(("We call back within an hour.", "user-1", "Ada"), (statement!.Text, statement.ChangedBy, statement.ChangedByName));
    }

    [Fact]
    public async Task Set_TextTooLongInTheForm_IsReaskedAndNothingSaved()
    {
        await harness.SayAsync("service-statement set");

        var retry = await harness.SendAsync(ConversationHarness.Message(null, values: new Dictionary<string, string> { [PromptInputIds.Answer] = new('x', ServiceStatement.MaxLength + 1) }));

        Assert.Contains(retry.Texts, t => t?.Contains("longer than 4000 characters", StringComparison.Ordinal) == true);
        Assert.Null(await catalog.GetStatementAsync("contoso", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Cover_WithoutElement_OffersTheActiveElementsAndMarksExactlyThePicked()
    {
        await harness.SayAsync("service-statement elements retire warranties");
        var form = await harness.SayAsync("service-statement elements cover");
        var done = await harness.SendAsync(ConversationHarness.Message(null, values: new Dictionary<string, string> { [PromptInputIds.Answer] = "shipping,returns" }));

        var choices = Assert.IsType<Cards.ChoiceCardInput>(form.Sent.Single().Card!.Inputs.Single()).Choices;
        Assert.DoesNotContain(choices, c => c.Value == "warranties");
        Assert.Equal(6, choices.Count);
        Assert.Equal("Saved: the service statement covers Returns, Shipping.", done.Sent.Single().Text);
    }

    [Fact]
    public async Task Elements_NonAdmin_IsRefusedBeforeAnyFormOpens()
    {
        var refused = await harness.SendAsync(ConversationHarness.Message("service-statement elements cover") with { User = new Turns.ChatUser("user-2", "Mo") });

        Assert.Equal(["Only admins can change the service statement and the service elements. \"feedback-admin list\" shows who your admins are."], refused.Texts);
        Assert.Null(refused.Sent.Single().Card);
    }

    [Fact]
    public async Task Show_German_ShowsSeededElementNamesInGerman()
    {
        await harness.SayAsync("service-statement set Kostenloser Versand.");
        await harness.SayAsync("service-statement elements cover shipping");

        var shown = await harness.SayAsync("service-statement", "de-DE");

        var card = shown.Sent.Single().Card!;
        Assert.Equal("Unser Service-Versprechen", card.Title);
        Assert.Equal("Versand", card.Facts.Single(f => f.Label == "Deckt ab").Value);
    }
}
