using System.Text;
using FeedbackBot.Channels.Slack.Configuration;
using FeedbackBot.Channels.Slack.Verification;
using FeedbackBot.Testing.Slack;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackBot.Channels.Slack.Tests.Verification;

/// <summary>PROTOCOLS.md 6.1, including Slack's own published worked example.</summary>
public sealed class SlackSignatureVerifierTests
{
    // Slack's worked example (docs.slack.dev/authentication/verifying-requests-from-slack).
    private const string ExampleSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string ExampleTimestamp = "1531420618";
    private const string ExampleSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string ExampleBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly byte[] ExampleBytes = Encoding.UTF8.GetBytes(ExampleBody);

    [Fact]
    public void ExampleBody_IsTheDocumented362Characters()
    {
        Assert.Equal(362, ExampleBody.Length);
    }

    [Fact]
    public void Verify_SlacksWorkedExample_Verifies()
    {
        var verifier = Verifier(ExampleSecret, At(ExampleTimestamp));

        var result = verifier.Verify(ExampleTimestamp, ExampleSignature, ExampleBytes);

        Assert.Equal(SlackVerification.Verified, result);
    }

    [Fact]
    public void Sign_TestSignerOnSlacksWorkedExample_GivesSlacksSignature()
    {
        var signature = SlackRequestSigner.Sign(ExampleSecret, ExampleTimestamp, ExampleBytes);

        Assert.Equal(ExampleSignature, signature);
    }

    [Fact]
    public void Verify_WrongSecret_Rejects()
    {
        var verifier = Verifier(ExampleSecret + "x", At(ExampleTimestamp));

        var result = verifier.Verify(ExampleTimestamp, ExampleSignature, ExampleBytes);

        Assert.Equal(SlackVerification.SignatureMismatch, result);
    }

    [Fact]
    public void Verify_BodyChangedByOneByte_Rejects()
    {
        var verifier = Verifier(ExampleSecret, At(ExampleTimestamp));
        var changed = (byte[])ExampleBytes.Clone();
        changed[^1] ^= 0x01;

        var result = verifier.Verify(ExampleTimestamp, ExampleSignature, changed);

        Assert.Equal(SlackVerification.SignatureMismatch, result);
    }

    [Fact]
    public void Verify_TimestampSixMinutesOld_Rejects()
    {
        var verifier = Verifier(ExampleSecret, At(ExampleTimestamp).AddMinutes(6));

        var result = verifier.Verify(ExampleTimestamp, ExampleSignature, ExampleBytes);

        Assert.Equal(SlackVerification.StaleTimestamp, result);
    }

    [Fact]
    public void Verify_TimestampSixMinutesAhead_Rejects()
    {
        var verifier = Verifier(ExampleSecret, At(ExampleTimestamp).AddMinutes(-6));

        var result = verifier.Verify(ExampleTimestamp, ExampleSignature, ExampleBytes);

        Assert.Equal(SlackVerification.StaleTimestamp, result);
    }

    [Fact]
    public void Verify_TimestampFourMinutesOld_Verifies()
    {
        var verifier = Verifier(ExampleSecret, At(ExampleTimestamp).AddMinutes(4));

        var result = verifier.Verify(ExampleTimestamp, ExampleSignature, ExampleBytes);

        Assert.Equal(SlackVerification.Verified, result);
    }

    [Theory]
    [InlineData(null, ExampleSignature)]
    [InlineData(ExampleTimestamp, null)]
    [InlineData("", "")]
    public void Verify_MissingHeader_Rejects(string? timestamp, string? signature)
    {
        var verifier = Verifier(ExampleSecret, At(ExampleTimestamp));

        var result = verifier.Verify(timestamp, signature, ExampleBytes);

        Assert.Equal(SlackVerification.MissingHeaders, result);
    }

    [Fact]
    public void Verify_NoSigningSecretConfigured_RejectsEvenAValidLookingRequest()
    {
        var verifier = Verifier("", At(ExampleTimestamp));

        var result = verifier.Verify(ExampleTimestamp, ExampleSignature, ExampleBytes);

        Assert.Equal(SlackVerification.NoSigningSecret, result);
    }

    [Theory]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50")]
    [InlineData("v0=a2114d57")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Verify_MalformedSignature_Rejects(string signature)
    {
        var verifier = Verifier(ExampleSecret, At(ExampleTimestamp));

        var result = verifier.Verify(ExampleTimestamp, signature, ExampleBytes);

        Assert.Equal(SlackVerification.MalformedSignature, result);
    }

    [Theory]
    [InlineData("-1531420618")]
    [InlineData("1531420618.5")]
    [InlineData("soon")]
    [InlineData("99999999999999999999")]
    public void Verify_MalformedTimestamp_Rejects(string timestamp)
    {
        var verifier = Verifier(ExampleSecret, At(ExampleTimestamp));

        var result = verifier.Verify(timestamp, ExampleSignature, ExampleBytes);

        Assert.Equal(SlackVerification.MalformedTimestamp, result);
    }

    private static DateTimeOffset At(string timestamp) => DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture));

    private static SlackSignatureVerifier Verifier(string secret, DateTimeOffset now) =>
        new(Options.Create(new SlackOptions { SigningSecret = secret, BotToken = "xoxb-test" }), new FakeTimeProvider(now));
}
