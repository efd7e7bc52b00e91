using System.Security.Cryptography;
using FeedbackBot.Core.Votes;
using FeedbackBot.Core.Weeks;

namespace FeedbackBot.Core.Tests.Votes;

public sealed class SurveyTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 14, 0, 0, TimeSpan.Zero);
    private static readonly SurveyTicket Ticket = new("contoso", new IsoWeek(2026, 47), "ticket/4711 ü|#?", Now.AddDays(7));
    private readonly SurveyTokens tokens = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Read_IssuedToken_ReturnsTheTicket()
    {
        var token = tokens.Issue(Ticket);

        var status = tokens.Read(token, Now, out var ticket);

        Assert.Equal(SurveyTokenStatus.Valid, status);
        Assert.Equal(Ticket, ticket);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
    }

    [Fact]
    public void Read_AtExpiry_ReturnsExpired()
    {
        var token = tokens.Issue(Ticket);

        var status = tokens.Read(token, Ticket.ExpiresAt, out _);

        Assert.Equal(SurveyTokenStatus.Expired, status);
    }

    [Fact]
    public void Read_TokenOfAnotherKey_ReturnsForged()
    {
        var foreign = new SurveyTokens(RandomNumberGenerator.GetBytes(32)).Issue(Ticket);

        var status = tokens.Read(foreign, Now, out var ticket);

        Assert.Equal(SurveyTokenStatus.Forged, status);
        Assert.Null(ticket);
    }

    [Fact]
    public void Read_OneCharacterChanged_ReturnsForgedOrMalformed()
    {
        var token = tokens.Issue(Ticket);
        var altered = string.Concat(token.AsSpan(0, 5), token[5] == 'A' ? "B" : "A", token.AsSpan(6));

        var status = tokens.Read(altered, Now, out var ticket);

        Assert.NotEqual(SurveyTokenStatus.Valid, status);
        Assert.Null(ticket);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("abc")]
    [InlineData("%%%%")]
    public void Read_Garbage_ReturnsMalformed(string token)
    {
        var status = tokens.Read(token, Now, out _);

        Assert.Equal(SurveyTokenStatus.Malformed, status);
    }

    [Fact]
    public void Read_OverlongToken_ReturnsMalformedUnread()
    {
        var status = tokens.Read(new string('A', SurveyTokens.MaxTokenLength + 1), Now, out _);

        Assert.Equal(SurveyTokenStatus.Malformed, status);
    }
}
