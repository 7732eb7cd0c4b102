using Ardalis.GuardClauses;
using Styrmodell.Finance;

namespace Styrmodell.Reporting;

/// <summary>
/// Words for a <see cref="KeyRatio"/>: its name, its formula with the year's figures filled in (e.g.
/// <c>563 / (16243 + 0) × 100 = 3,47 %</c>), and why it cannot be computed, in Swedish (the default) or English.
/// </summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class KeyRatioText
{
    /// <summary>Names a key ratio, e.g. <c>resultatandel</c> or <c>Result share of taxes, grants and equalisation</c>.</summary>
    /// <param name="ratio">The ratio.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name; the id for a ratio this library does not define.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratio"/> is <see langword="null"/>.</exception>
    public static string Name(KeyRatio ratio, ReportLanguage language = ReportLanguage.Swedish)
    {
        Guard.Against.Null(ratio);
        var w = Words.For(language);
        return ratio.Id switch
        {
            KeyRatios.ResultShareId => w.T("resultatandel", "Result share of taxes, grants and equalisation"),
            KeyRatios.NetCostShareId => w.T("nettokostnadsandel", "Net cost share"),
            KeyRatios.EquityRatioId => w.T("soliditet", "Equity ratio"),
            KeyRatios.EquityRatioIncludingPensionCommitmentsId => w.T("soliditet inklusive pensionsförpliktelser", "Equity ratio including pension commitments"),
            KeyRatios.DebtRatioId => w.T("skuldsättningsgrad", "Debt ratio"),
            KeyRatios.SelfFinancingOfInvestmentsId => w.T("självfinansieringsgrad", "Self-financing of investments"),
            KeyRatios.BudgetDeviationId => w.T("budgetavvikelse", "Budget deviation"),
            _ => ratio.Id,
        };
    }

    /// <summary>Writes the ratio's value as the formula ends with it: a percentage at two decimals, an amount at the report's decimals with its unit.</summary>
    /// <param name="ratio">The ratio.</param>
    /// <param name="unit">The amount unit of the year's figures.</param>
    /// <param name="language">The language.</param>
    /// <param name="decimals">The decimals the document's report prints amounts at, or <see langword="null"/> to show them exactly.</param>
    /// <returns>The value, e.g. <c>3,47 %</c> or <c>17,9 mnkr</c>; <see langword="null"/> for a ratio without one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratio"/> is <see langword="null"/>.</exception>
    public static string? Value(KeyRatio ratio, AmountUnit unit, ReportLanguage language = ReportLanguage.Swedish, int? decimals = null)
    {
        Guard.Against.Null(ratio);
        var n = Words.For(language).Numbers;
        return ratio.Value switch
        {
            null => null,
            { } v when ratio.Unit == KeyRatioUnit.Percent => n.TwoDecimals(v) + " %",
            { } v => n.Plain(decimals is { } d ? Math.Round(v, d, MidpointRounding.AwayFromZero) : v) + " " + AmountUnits.Symbol(unit),
        };
    }

    /// <summary>Writes the ratio's formula with the figures the year gives, and the value when it has one.</summary>
    /// <param name="ratio">The ratio.</param>
    /// <param name="unit">The amount unit of the year's figures (shown after an amount ratio's value).</param>
    /// <param name="language">The language.</param>
    /// <param name="decimals">The decimals the document's report prints amounts at, or <see langword="null"/> to show them exactly.</param>
    /// <returns>The formula; a figure not given is named instead of shown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratio"/> is <see langword="null"/>.</exception>
    public static string Formula(KeyRatio ratio, AmountUnit unit, ReportLanguage language = ReportLanguage.Swedish, int? decimals = null)
    {
        Guard.Against.Null(ratio);
        var w = Words.For(language);
        string Amount(decimal value) => w.Numbers.Plain(decimals is { } d ? Math.Round(value, d, MidpointRounding.AwayFromZero) : value);
        var (numerator, denominator) = Shape(ratio);
        if (ratio.Unit == KeyRatioUnit.Amount)
        {
            var parts = string.Join(" − ", numerator.Select(n => Figure(ratio, n, w, Amount)));
            return ratio.Value is not null ? parts + " = " + Value(ratio, unit, language, decimals) : string.Join(" − ", numerator.Select(n => FigureWords(n, w)));
        }

        // With a figure missing the formula is shown in words only, as its shape; with all given, with the figures.
        var formula = ratio.MissingFigures.IsEmpty
            ? Group(ratio, numerator, w, Amount) + " / " + Group(ratio, denominator, w, Amount) + " × 100"
            : GroupName(numerator, w) + " / " + GroupName(denominator, w) + " × 100";
        return ratio.Value is not null ? formula + " = " + Value(ratio, unit, language, decimals) : formula;
    }

    /// <summary>Says why a ratio has no value: the figures not given, or a zero denominator.</summary>
    /// <param name="ratio">The ratio.</param>
    /// <param name="language">The language.</param>
    /// <returns>The reason, or <see langword="null"/> for a ratio with a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratio"/> is <see langword="null"/>.</exception>
    public static string? NotComputable(KeyRatio ratio, ReportLanguage language = ReportLanguage.Swedish)
    {
        Guard.Against.Null(ratio);
        if (ratio.IsComputable)
        {
            return null;
        }

        var w = Words.For(language);
        var (numerator, denominator) = Shape(ratio);
        if (ratio.HasZeroDenominator)
        {
            return w.T($"{GroupName(denominator, w)} är noll", $"{GroupName(denominator, w)} is zero");
        }

        var groups = ratio.Unit == KeyRatioUnit.Amount ? numerator.Select(n => new[] { n }) : [numerator, denominator];
        var missing = groups.Where(g => g.Any(n => ratio.MissingFigures.Contains(n.TrimStart('-')))).Select(g => GroupName(g, w));
        return w.T("ej angivet: ", "not given: ") + string.Join(", ", missing);
    }

    /// <summary>The figures of the numerator and denominator by the year's names; a leading minus subtracts.</summary>
    private static (string[] Numerator, string[] Denominator) Shape(KeyRatio ratio)
    {
        string[] b = ratio.Terms.Any(t => t.Name == "taxesGrantsAndEqualisation") ? ["taxesGrantsAndEqualisation"] : ["taxRevenue", "generalGrantsAndEqualisation"];
        return ratio.Id switch
        {
            KeyRatios.ResultShareId => (["result"], b),
            KeyRatios.NetCostShareId => (["netCosts"], b),
            KeyRatios.EquityRatioId => (["equity"], ["totalAssets"]),
            KeyRatios.EquityRatioIncludingPensionCommitmentsId => (["equity", "-pensionCommitmentsOutsideBalanceSheet"], ["totalAssets"]),
            KeyRatios.DebtRatioId => (["liabilitiesAndProvisions"], ["totalAssets"]),
            KeyRatios.SelfFinancingOfInvestmentsId => (["result", "depreciation"], ["investments"]),
            KeyRatios.BudgetDeviationId => (["result", "budgetedResult"], []),
            _ => ([.. ratio.Terms.Select(t => t.Name)], []),
        };
    }

    /// <summary>A group's figures, <c>(a + b)</c> when every one is given, else the group's name.</summary>
    private static string Group(KeyRatio ratio, string[] group, Words w, Func<decimal, string> amount)
    {
        if (group.Any(n => ratio.MissingFigures.Contains(n.TrimStart('-'))))
        {
            return GroupName(group, w);
        }

        if (group.Length == 1)
        {
            return Figure(ratio, group[0], w, amount);
        }

        var text = Figure(ratio, group[0], w, amount);
        foreach (var name in group.Skip(1))
        {
            text += (name.StartsWith('-') ? " − " : " + ") + Figure(ratio, name, w, amount);
        }

        return "(" + text + ")";
    }

    private static string Figure(KeyRatio ratio, string name, Words w, Func<decimal, string> amount)
    {
        var plain = name.TrimStart('-');
        return ratio.Terms.FirstOrDefault(t => t.Name == plain) is { } term ? amount(term.Value) : FigureWords(plain, w);
    }

    private static string GroupName(string[] group, Words w) => group switch
    {
        ["taxRevenue", "generalGrantsAndEqualisation"] or ["taxesGrantsAndEqualisation"] => w.T("skatteintäkter, statsbidrag och utjämning", "taxes, grants and equalisation"),
        [var single] => FigureWords(single, w),
        _ => string.Join("", group.Select((n, i) => (i == 0 ? "" : n.StartsWith('-') ? " − " : " + ") + FigureWords(n.TrimStart('-'), w))),
    };

    private static string FigureWords(string figure, Words w) => figure switch
    {
        "result" => w.T("resultat", "result"),
        "taxRevenue" => w.T("skatteintäkter", "tax revenue"),
        "generalGrantsAndEqualisation" => w.T("generella statsbidrag och utjämning", "general grants and equalisation"),
        "netCosts" => w.T("nettokostnader", "net costs"),
        "equity" => w.T("eget kapital", "equity"),
        "pensionCommitmentsOutsideBalanceSheet" => w.T("pensionsförpliktelser utanför balansräkningen", "pension commitments outside the balance sheet"),
        "totalAssets" => w.T("balansomslutning", "total assets"),
        "liabilitiesAndProvisions" => w.T("skulder och avsättningar", "liabilities and provisions"),
        "depreciation" => w.T("avskrivningar", "depreciation"),
        "investments" => w.T("nettoinvesteringar", "net investments"),
        "budgetedResult" => w.T("budgeterat resultat", "budgeted result"),
        _ => figure,
    };
}
