using System.Text;
using FeedbackBot.Channels.BotFramework.Configuration;
using FeedbackBot.Channels.BotFramework.DirectLine;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Channels.BotFramework.Tests.DirectLine;

public sealed class DirectLineTokensTests
{
    private const string Secret = "unit-test-direct-line-secret-0123456789";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Issue_ThenRead_GivesBackConversationUserAndExpiry()
    {
        var tokens = Tokens(Secret);

        var issued = tokens.Issue("conversation-1", "dl_user");
        var check = tokens.Read(issued.Token);

        Assert.Equal(DirectLineTokenStatus.Valid, check.Status);
        Assert.Equal(new DirectLineTokenClaims("conversation-1", "dl_user", _time.GetUtcNow().AddSeconds(1800)), check.Claims);
        Assert.Equal(1800, issued.ExpiresIn);
    }

    [Fact]
    public void Issue_Twice_GivesDifferentTokens()
    {
        var tokens = Tokens(Secret);

        var first = tokens.Issue("conversation-1", "dl_user").Token;
        var second = tokens.Issue("conversation-1", "dl_user").Token;

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Read_OneSecondBeforeExpiry_IsValidAndAtExpiry_IsExpired()
    {
        var tokens = Tokens(Secret);
        var token = tokens.Issue("conversation-1", "dl_user").Token;

        _time.Advance(TimeSpan.FromSeconds(1799));
        var before = tokens.Read(token).Status;
        _time.Advance(TimeSpan.FromSeconds(1));
        var at = tokens.Read(token);

        Assert.Equal(DirectLineTokenStatus.Valid, before);
        Assert.Equal(DirectLineTokenStatus.Expired, at.Status);
        Assert.Null(at.Claims);
    }

    [Fact]
    public void Read_TokenOfAnotherSecret_IsInvalid()
    {
        var token = Tokens("another-direct-line-secret-0123456789abc").Issue("conversation-1", "dl_user").Token;

        var check = Tokens(Secret).Read(token);

        Assert.Equal(DirectLineTokenStatus.Invalid, check.Status);
    }

    [Fact]
    public void Read_PayloadSwappedForAnotherConversation_IsInvalid()
    {
        var tokens = Tokens(Secret);
        var mine = tokens.Issue("conversation-1", "dl_user").Token.Split('.');
        var theirs = tokens.Issue("conversation-2", "dl_other").Token.Split('.');

        var check = tokens.Read($"{mine[0]}.{theirs[1]}.{mine[2]}");

        Assert.Equal(DirectLineTokenStatus.Invalid, check.Status);
    }

    [Fact]
    public void Read_ExpiredButForged_IsInvalidNotExpired()
    {
        var tokens = Tokens(Secret);
        var token = Tokens("another-direct-line-secret-0123456789abc").Issue("conversation-1", "dl_user").Token;
        _time.Advance(TimeSpan.FromHours(1));

        var check = tokens.Read(token);

        Assert.Equal(DirectLineTokenStatus.Invalid, check.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dl1.")]
    [InlineData("dl1..")]
    [InlineData("dl1.e30.")]
    [InlineData("dl1.!!!.???")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJjIjoiY29udmVyc2F0aW9uLTEifQ.")]
    [InlineData("not a token")]
    public void Read_Garbage_IsInvalid(string token)
    {
        var check = Tokens(Secret).Read(token);

        Assert.Equal(DirectLineTokenStatus.Invalid, check.Status);
    }

    [Fact]
    public void Read_VeryLongToken_IsInvalid()
    {
        var check = Tokens(Secret).Read("dl1." + new string('A', 100_000) + ".x");

        Assert.Equal(DirectLineTokenStatus.Invalid, check.Status);
    }

    [Fact]
    public void Token_NeverContainsTheSecret()
    {
        var token = Tokens(Secret).Issue("conversation-1", "dl_user").Token;

        var decoded = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[1]));

        Assert.DoesNotContain(Secret, token, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void IsSecret_OnlyTheExactSecret()
    {
        var keys = Keys(Secret);

        Assert.True(keys.IsSecret(Secret));
        Assert.False(keys.IsSecret(Secret + " "));
        Assert.False(keys.IsSecret(Secret[..^1]));
        Assert.False(keys.IsSecret(""));
    }

    [Fact]
    public void GeneratedSecrets_DifferPerProcessStart()
    {
        var first = Keys("");
        var second = Keys("");
        var token = new DirectLineTokens(first, _time).Issue("conversation-1", "dl_user").Token;

        var check = new DirectLineTokens(second, _time).Read(token);

        Assert.Equal(DirectLineTokenStatus.Invalid, check.Status);
    }

    private DirectLineTokens Tokens(string secret) => new(Keys(secret), _time);

    private static DirectLineKeys Keys(string secret) =>
        new(Options.Create(new DirectLineOptions { Secret = secret }), Options.Create(new BotFrameworkOptions()));
}
