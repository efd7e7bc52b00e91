namespace FeedbackBot.Core.Service;

/// <summary>How many customers ranked one element at each level of importance.</summary>
public readonly record struct ElementRankingCounts(int Crucial, int Important, int NiceToHave, int NotImportant)
{
    /// <summary>Customers who ranked the element at all.</summary>
    public int Total => Crucial + Important + NiceToHave + NotImportant;

    /// <summary>The counts with one more answer at <paramref name="importance"/>.</summary>
    public ElementRankingCounts Add(ElementImportance importance) => importance switch
    {
        ElementImportance.Crucial => this with { Crucial = Crucial + 1 },
        ElementImportance.Important => this with { Important = Important + 1 },
        ElementImportance.NiceToHave => this with { NiceToHave = NiceToHave + 1 },
        ElementImportance.NotImportant => this with { NotImportant = NotImportant + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(importance), importance, "Unknown importance."),
    };
}
