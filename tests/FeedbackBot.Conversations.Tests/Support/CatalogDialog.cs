using System.Globalization;
using FeedbackBot.Conversations.Dialogs;
using FeedbackBot.Conversations.Prompts;
using FeedbackBot.Core.Health;

namespace FeedbackBot.Conversations.Tests.Support;

public sealed record CatalogState(string? Answer = null);

/// <summary>
/// A dialog whose step after the first answer reads a store of its own, as the decision check
/// reads the service catalog: while <see cref="FlakyCatalog.Away"/> that read throws the way a
/// store that is away does.
/// </summary>
internal sealed class CatalogDialog : WaterfallDialog<CatalogState>
{
    public const string DialogId = "test-catalog";

    private readonly FlakyCatalog catalog;

    public CatalogDialog(FlakyCatalog catalog)
        : base(DialogId)
    {
        this.catalog = catalog;
        AddPrompt(Ask, (state, answer) => state with { Answer = answer });
        AddStep(ReadCatalogAsync);
    }

    protected override CatalogState CreateInitialState(string? argument) => new();

    private static TextPrompt Ask(CatalogState state, CultureInfo culture) => new(TestDialogTexts.Get("Pair.AskFirst", culture));

    private Task<StepResult> ReadCatalogAsync(WaterfallStepContext<CatalogState> step, CancellationToken ct)
    {
        catalog.Read();
        step.Send(TestDialogTexts.Format("Survey.Done", step.Culture, step.State.Answer));
        return Task.FromResult(step.EndDialog(step.State));
    }
}

/// <summary>The store <see cref="CatalogDialog"/> reads; away means a <see cref="TimeoutException"/>.</summary>
internal sealed class FlakyCatalog
{
    public bool Away { get; set; }

    public int Reads { get; private set; }

    public void Read()
    {
        Reads++;
        if (Away)
        {
            throw new TimeoutException("the catalog's store did not answer");
        }
    }
}

/// <summary>Judges as the Table store's classifier does for a timeout: the store is away for now.</summary>
internal sealed class TimeoutsAreOutages : IStoreFailureClassifier
{
    public bool IsOutage(Exception exception) => exception is TimeoutException;
}
