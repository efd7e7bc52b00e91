using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using FeedbackBot.Conversations.Votes;

namespace FeedbackBot.Votes;

/// <summary>
/// The small page a one-click link answers with: what was recorded, the why-question offered in
/// the web chat, and the other verdict to change one's mind. Every text comes from the votes
/// resources in the visitor's language; every value is HTML-encoded.
/// </summary>
internal static class SurveyPage
{
    public static string Recorded(CultureInfo culture, bool hit, Uri chat, Uri changeLink)
    {
        var body = new StringBuilder()
            .Append("<p>").Append(Text(hit ? VoteTexts.PageRecordedHit : VoteTexts.PageRecordedMiss, culture)).Append("</p>")
            .Append("<p>").Append(Text(hit ? VoteTexts.PageWhyHit : VoteTexts.PageWhyMiss, culture)).Append("</p>")
            .Append("<p><a class=\"button\" href=\"").Append(HtmlEncoder.Default.Encode(chat.ToString())).Append("\">")
            .Append(Text(VoteTexts.PageOpenChat, culture)).Append("</a></p>")
            .Append("<p class=\"small\">").Append(Text(VoteTexts.PageChange, culture)).Append(" <a href=\"")
            .Append(HtmlEncoder.Default.Encode(changeLink.ToString())).Append("\">")
            .Append(Text(hit ? VoteTexts.PageChangeToMiss : VoteTexts.PageChangeToHit, culture)).Append("</a></p>");
        return Document(culture, Text(VoteTexts.PageTitle, culture), body.ToString());
    }

    public static string Question(CultureInfo culture, string question, Uri hit, Uri miss) =>
        Document(culture, HtmlEncoder.Default.Encode(question), new StringBuilder()
            .Append("<p><a class=\"button\" href=\"").Append(HtmlEncoder.Default.Encode(hit.ToString())).Append("\">").Append(Text(VoteTexts.VoteHit, culture)).Append("</a> ")
            .Append("<a class=\"button\" href=\"").Append(HtmlEncoder.Default.Encode(miss.ToString())).Append("\">").Append(Text(VoteTexts.VoteMiss, culture)).Append("</a></p>")
            .ToString());

    public static string Message(CultureInfo culture, string titleKey, string textKey) =>
        Document(culture, Text(titleKey, culture), "<p>" + Text(textKey, culture) + "</p>");

    private static string Text(string key, CultureInfo culture) => HtmlEncoder.Default.Encode(VoteTexts.Get(key, culture));

    private static string Document(CultureInfo culture, string title, string body) =>
        $$"""
        <!doctype html>
        <html lang="{{culture.TwoLetterISOLanguageName}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <link rel="icon" href="data:,">
        <title>{{title}}</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem; color: #1f2328; }
        .button { display: inline-block; padding: .6rem 1.2rem; border-radius: .4rem; background: #4f46e5; color: #fff; text-decoration: none; }
        .small { font-size: .9rem; color: #57606a; }
        </style>
        </head>
        <body>
        <h1>{{title}}</h1>
        {{body}}
        </body>
        </html>
        """;
}
