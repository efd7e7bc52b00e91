using System.Globalization;
using System.Text.RegularExpressions;
using FeedbackBot.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackBot.Tests.Fuzzing;

/// <summary>
/// Generated one-click links, <c>GET /feedback/{token}?vote=…</c>: the token of a real request cut,
/// with a character changed, wrapped in junk or replaced altogether; odd and repeated queries; odd
/// Accept and Accept-Language headers. No 5xx, no unhandled exception, and what is refused writes nothing.
/// </summary>
public sealed partial class SurveyLinkFuzzTests
{
    private const string Base64UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static readonly string[] Votes = ["hit", "miss", "HIT", "Miss", " hit", "hit ", "neutral", "", "1", "true", "hit,miss", "%", "%zz", "%00"];

    private static readonly string[] Accepts = ["text/html", "application/json", "*/*", "text/html;q=0", "text/*, application/problem+json", "image/png"];

    private static readonly string[] Languages = ["de-DE,de;q=0.9,en;q=0.5", "*", "de;q=abc", "xx-YY;q=0.5, de;q=2", "en-US", "zh-Hant-TW", ";;;", "de-DE-x-private"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SurveyLink_GeneratedTokensAndQueries_AnswerWithoutServerErrorsAndRefusedOnesWriteNothing()
    {
        var logs = new CapturedLogs();
        using var database = new TempDatabase();
        await using var host = HelpdeskFuzzHost.Start(database, logs);
        var requests = Generate();

        var results = await FuzzDriver.SendAllAsync(host.Client, requests, await WithTokenAsync(host), Ct);

        FuzzLogs.AssertNoneUnhandled(logs);
        FuzzDriver.AssertNoFailures(results);
        Assert.Contains(results, r => r.Status == 200);
        Assert.Contains(results, r => r.Status == 400);
        Assert.Contains(results, r => r.Status == 404);
        await RefusedFuzz.AssertWriteNothingAsync(results, HelpdeskFuzzHost.Start, WithTokenAsync, Ct);
    }

    private static FuzzRequest[] Generate()
    {
        var tokens = Gen.Frequency(
            (6, Gen.Constant("{token}")),
            (2, Gen.Choose(0, 400).Select(n => $"{{token:cut:{n}}}")),
            (3, Gen.Zip(Gen.Choose(0, 400), Gen.Choose(0, Base64UrlAlphabet.Length - 1)).Select(t => $"{{token:set:{t.Item1}:{t.Item2}}}")),
            (1, FuzzValues.Text.Select(text => "{token}" + Uri.EscapeDataString(text))),
            (1, FuzzValues.Text.Select(text => Uri.EscapeDataString(text) + "{token}")),
            (2, FuzzValues.Text.Select(text => Uri.EscapeDataString(text))),
            (1, Gen.Elements(Base64UrlAlphabet.ToCharArray()).ArrayOf().Select(chars => new string(chars))));
        var queries = Gen.Frequency(
            (6, Gen.Elements(Votes).Select(vote => "?vote=" + vote)),
            (2, FuzzValues.Text.Select(text => "?vote=" + Uri.EscapeDataString(text))),
            (1, Gen.Elements(Votes).ArrayOf().Select(votes => "?" + string.Join('&', votes.Select(v => "vote=" + v)))),
            (1, Gen.Zip(FuzzValues.Key, FuzzValues.Text).Select(t => $"?vote=hit&{Uri.EscapeDataString(t.Item1)}={Uri.EscapeDataString(t.Item2)}")),
            (1, Gen.Constant("")));
        var headers = Gen.Zip(
            Gen.Frequency((3, Gen.Elements(Accepts)), (1, HelpdeskFuzzHost.HeaderText)),
            Gen.Frequency((3, Gen.Elements(Languages)), (1, HelpdeskFuzzHost.HeaderText)));

        var all = Gen.Zip(Gen.Zip(tokens, queries), headers).Select(t =>
            new FuzzRequest(HttpMethod.Get, "/feedback/" + t.Item1.Item1 + t.Item1.Item2, [])
            {
                Headers = [new("Accept", t.Item2.Item1), new("Accept-Language", t.Item2.Item2)],
            });
        return FuzzSettings.Sample(all, FuzzSettings.InputsPerEndpoint, salt: 5);
    }

    /// <summary>Creates a request on <paramref name="host"/> and writes its token (cut or changed as the path asks) into every path.</summary>
    private static async Task<Action<FuzzRequest, HttpRequestMessage>?> WithTokenAsync(BotHost host)
    {
        var token = await HelpdeskFuzzHost.CreateRequestAsync(host, "ticket-1", Ct);
        return (request, message) =>
            message.RequestUri = new Uri(TokenPlaceholder().Replace(request.Path, match => Mutate(token, match)), UriKind.Relative);
    }

    private static string Mutate(string token, Match placeholder)
    {
        var position = placeholder.Groups["at"].Success ? int.Parse(placeholder.Groups["at"].Value, CultureInfo.InvariantCulture) % (token.Length + 1) : 0;
        return placeholder.Groups["kind"].Value switch
        {
            "cut" => token[..position],
            "set" when position < token.Length => token[..position] + Base64UrlAlphabet[int.Parse(placeholder.Groups["to"].Value, CultureInfo.InvariantCulture)] + token[(position + 1)..],
            _ => token,
        };
    }

    [GeneratedRegex(@"\{token(?::(?<kind>cut|set):(?<at>\d+)(?::(?<to>\d+))?)?\}")]
    private static partial Regex TokenPlaceholder();
}
