using FeedbackBot.ScaleOut.Traffic;

namespace FeedbackBot.ScaleOut.Checks;

/// <summary>
/// The fault run's last check: every answer a user or client got was an answer or a clear
/// refusal, never silence or an unexplained error (<see cref="AnswerLedger"/>).
/// </summary>
internal static class AnswerAudit
{
    public static CheckResult Run(AnswerLedger ledger)
    {
        var silences = ledger.Total(AnswerClass.Silence);
        var unexplained = ledger.Total(AnswerClass.UnexplainedError);
        IReadOnlyList<string> problems = silences + unexplained == 0
            ? []
            : [$"{silences} silences, {unexplained} unexplained errors; the first:", .. ledger.Failures];
        return new CheckResult("every failure the user saw was clear (no silence, no unexplained 5xx)", ledger.Total(), problems);
    }
}
