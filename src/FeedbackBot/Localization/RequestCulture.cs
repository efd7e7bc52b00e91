using System.Globalization;
using FeedbackBot.Conversations.Localization;

namespace FeedbackBot.Localization;

/// <summary>The culture a browser or API client asked for (its most preferred Accept-Language), among those the bot speaks.</summary>
internal static class RequestCulture
{
    public static CultureInfo Of(HttpRequest request) =>
        SupportedCultures.Resolve(request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value);
}
