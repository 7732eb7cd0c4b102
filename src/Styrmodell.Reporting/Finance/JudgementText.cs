using Ardalis.GuardClauses;
using Styrmodell.Finance;

namespace Styrmodell.Reporting;

/// <summary>
/// Words for a judgement of good financial management: its conclusion, then one reason per part, e.g.
/// <c>verksamhetsmål: 2 av 3 minst Delvis uppfyllt; en majoritet krävs — uppfyllt</c>, with the category labels the
/// document defines.
/// </summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class JudgementText
{
    /// <summary>Renders the conclusion and the reasons.</summary>
    /// <param name="judgement">The judgement.</param>
    /// <param name="language">The language.</param>
    /// <param name="decimals">The decimals the document's report prints amounts at, or <see langword="null"/> for one decimal.</param>
    /// <returns>The conclusion first, then the balance requirement's and each condition's line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="judgement"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> Lines(GoodFinancialManagementJudgement judgement, ReportLanguage language = ReportLanguage.Swedish, int? decimals = null)
    {
        Guard.Against.Null(judgement);
        var w = Words.For(language);
        var lines = new List<string>
        {
            judgement.IsGoodFinancialManagement
                ? w.T("God ekonomisk hushållning", "Good financial management")
                : w.T("Inte god ekonomisk hushållning", "Not good financial management"),
        };
        if (judgement.BalanceRequirement is { } b)
        {
            var result = w.Numbers.Fixed(b.Result, decimals ?? 1) + " " + AmountUnits.Symbol(b.Unit);
            lines.Add(b.IsMet
                ? w.T($"balanskravet uppfyllt: balanskravsresultat {result}", $"balance requirement met: balance-requirement result {result}")
                : w.T($"balanskravet inte uppfyllt: balanskravsresultat {result}", $"balance requirement not met: balance-requirement result {result}"));
        }

        foreach (var c in judgement.Conditions)
        {
            var (reached, total, label) = (w.Numbers.Count(c.Reached), w.Numbers.Count(c.Total), c.Minimum.Label);
            var required = c.Condition.Quantifier switch
            {
                GoalQuantifier.All => w.T("alla", "all"),
                GoalQuantifier.Majority => w.T("en majoritet", "a majority"),
                _ => w.T("minst ett", "at least one"),
            };
            lines.Add(w.T(
                $"{c.Condition.Name}: {reached} av {total} minst {label}; {required} krävs — {(c.Holds ? "uppfyllt" : "inte uppfyllt")}",
                $"{c.Condition.Name}: {reached} of {total} at least {label}; {required} required — {(c.Holds ? "holds" : "does not hold")}"));
        }

        foreach (var c in judgement.BudgetConditions)
        {
            lines.Add(c.Condition.Name + ": " + BudgetLine(c, w) + " — " + (c.Holds ? w.T("uppfyllt", "holds") : w.T("inte uppfyllt", "does not hold")));
        }

        return lines;
    }

    private static string BudgetLine(BudgetConditionVerdict c, Words w)
    {
        if (c.Facts is not { } facts)
        {
            return w.T("ingen budgetuppföljning för året", "no budget follow-up for the year");
        }

        var n = w.Numbers;
        if (c.Condition.Kind == BudgetConditionKind.AllCommitteesWithinFrame)
        {
            var (over, all, none) = (n.Count(facts.CommitteesOverFrame), n.Count(facts.Committees), n.Count(facts.CommitteesWithoutForecast));
            return w.T($"{over} av {all} nämnder prognostiserar mer än sin ram", $"{over} of {all} committees forecast more than their frame")
                + (facts.CommitteesWithoutForecast > 0 ? w.T($", {none} utan prognos", $", {none} without a forecast") : "");
        }

        if (facts.NetCostDeviation is not { } deviation || facts.TaxesGrantsAndEqualisation is not { } b || c.Condition.MaximumDeficitShare is not { } share || c.Limit is not { } limit)
        {
            return w.T("nettokostnadsavvikelsen eller skatteintäkter, statsbidrag och utjämning är inte kända", "net cost deviation or taxes, grants and equalisation not known");
        }

        var (d, p, bb, l) = (n.Plain(deviation), n.TwoDecimals(share * 100m) + " %", n.Plain(b), n.Plain(limit));
        return w.T($"nettokostnadsavvikelse {d} mot lägst −{p} av skatteintäkter, statsbidrag och utjämning {bb} = {l}",
            $"net cost deviation {d} against at least −{p} of taxes, grants and equalisation {bb} = {l}");
    }
}
