using FeedbackBot.Channels.BotFramework.Configuration;
using FeedbackBot.Channels.BotFramework.DirectLine;
using Microsoft.Extensions.Options;

namespace FeedbackBot.Channels.BotFramework.Tests.DirectLine;

public sealed class DirectLineOptionsTests
{
    private const string LongSecret = "a-direct-line-secret-of-enough-length-0123";

    public static TheoryData<string, bool?, bool> Activation => new()
    {
        { "", null, true },
        { "", true, true },
        { "", false, false },
        { "app-id", null, false },
        { "app-id", false, false },
        { "app-id", true, true },
    };

    [Theory]
    [MemberData(nameof(Activation))]
    public void IsEnabled_ByAppIdAndSetting(string appId, bool? enabled, bool expected)
    {
        var result = DirectLineActivation.IsEnabled(new DirectLineOptions { Enabled = enabled }, new BotFrameworkOptions { MicrosoftAppId = appId });

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Validate_AppIdEnabledWithoutSecret_Fails()
    {
        var result = Validate("app-id", new DirectLineOptions { Enabled = true });

        Assert.True(result.Failed);
        Assert.Contains("DirectLine:Secret is required", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null, "")]
    [InlineData("", null, LongSecret)]
    [InlineData("app-id", true, LongSecret)]
    [InlineData("app-id", null, "")]
    public void Validate_UsableCombinations_Succeed(string appId, bool? enabled, string secret)
    {
        var result = Validate(appId, new DirectLineOptions { Enabled = enabled, Secret = secret });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_ShortSecret_FailsWithoutEchoingIt()
    {
        var result = Validate("", new DirectLineOptions { Secret = "too-short" });

        Assert.True(result.Failed);
        Assert.DoesNotContain("too-short", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 5, 60, 30)]
    [InlineData(20, 0, 60, 30)]
    [InlineData(20, 5, 0, 30)]
    [InlineData(20, 5, 60, -1)]
    public void Validate_RateLimitBelowOne_Fails(int burst, int perSecond, int startBurst, int startsPerMinute)
    {
        var result = Validate("", new DirectLineOptions
        {
            ActivityBurst = burst,
            ActivitiesPerSecond = perSecond,
            ConversationStartBurst = startBurst,
            ConversationStartsPerMinute = startsPerMinute,
        });

        Assert.True(result.Failed);
    }

    private static ValidateOptionsResult Validate(string appId, DirectLineOptions options) =>
        new DirectLineOptionsValidator(Options.Create(new BotFrameworkOptions { MicrosoftAppId = appId })).Validate(null, options);
}
