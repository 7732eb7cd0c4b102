using System.Globalization;
using Ardalis.GuardClauses;
using Styrmodell.Finance;

namespace Styrmodell.Reporting;

/// <summary>
/// Words for the steps of a balanskravsutredning (<see cref="TraceStep"/>): each line's name and its formula or reason,
/// in Swedish (the default) or English, with the step's own numbers, e.g.
/// <c>max(0, 30 − 10) = 20 mnkr</c> or <c>eget kapital inklusive pensionsförpliktelser 300 är inte negativt, alltså 1 %</c>.
/// </summary>
/// <remarks>Legal references (KL 11 kap.) and rule-set names stay as the law and the rule set write them.</remarks>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class FinanceTraceText
{
    /// <summary>Names a step's line as an annual report does.</summary>
    /// <param name="step">The step.</param>
    /// <param name="reconciliation">The reconciliation the step belongs to (its reserve kind names the reserve lines).</param>
    /// <param name="language">The language.</param>
    /// <returns>The line's name; the document's own label for lines it names itself.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Label(TraceStep step, BalanceRequirementReconciliation reconciliation, ReportLanguage language = ReportLanguage.Swedish)
    {
        Guard.Against.Null(step);
        Guard.Against.Null(reconciliation);
        var w = Words.For(language);
        var reserve = reconciliation.Reserve == ReserveKind.ResultReserve ? "resultatreserv" : "resultatutjämningsreserv";
        return step.Key switch
        {
            "rule-set" => w.T("Regelverk", "Rule set"),
            "result" => w.T("Årets resultat enligt resultaträkningen", "The year's result in the income statement"),
            "realisation-gains" => w.T("Samtliga realisationsvinster", "All realisation gains"),
            "exempted-gains" => w.T("Realisationsvinster enligt undantagsmöjlighet", "Realisation gains under the exemption"),
            "exempted-losses" => w.T("Realisationsförluster enligt undantagsmöjlighet", "Realisation losses under the exemption"),
            "unrealised-securities" => w.T("Orealiserade vinster och förluster i värdepapper", "Unrealised gains and losses in securities"),
            "unrealised-securities-reversal" => w.T("Återföring av orealiserade vinster och förluster i värdepapper", "Reversal of unrealised gains and losses in securities"),
            "other-adjustment" => step.Label ?? w.T("Övrig justering", "Other adjustment"),
            "result-after-adjustments" => w.T("Årets resultat efter balanskravsjusteringar", "The year's result after balance-requirement adjustments"),
            "reservation" => w.T("Reservering av medel till " + reserve, "Reservation to the reserve"),
            "use" => w.T("Användning av medel från " + reserve, "Use of the reserve"),
            "exceptional-reasons" => step.Label ?? w.T("Synnerliga skäl", "Exceptional reasons"),
            "balance-requirement-result" => w.T("Årets balanskravsresultat", "The year's balance-requirement result"),
            "printed-result-after-adjustments" or "printed-balance-requirement-result" => w.T("Belopp enligt årsredovisningen", "Printed amount"),
            "reservation-basis" => w.T("Lägsta av årets resultat och resultat efter balanskravsjusteringar", "Basis for a reservation"),
            "threshold-share" => w.T("Gräns i procent av skatteintäkter, generella statsbidrag och utjämning", "Threshold as a share of taxes, general grants and equalisation"),
            "threshold" => w.T("Gränsbelopp", "Threshold amount"),
            "above-threshold" => w.T("Del av resultatet över gränsbeloppet", "Part of the result above the threshold"),
            "maximum-reservation" => w.T("Högsta tillåtna reservering", "Largest reservation allowed"),
            "reserve-ceiling" => w.T("Resultatreservens tak", "The reserve's ceiling"),
            "reserve-room" => w.T("Utrymme under taket", "Room under the ceiling"),
            "use-basis" => w.T("Underskott efter balanskravsjusteringar", "Deficit after balance-requirement adjustments"),
            "maximum-use" => w.T("Högsta tillåtna disposition", "Largest use allowed"),
            "law-reservation" => w.T("Reservering prövad mot lagen", "Reservation against the law"),
            "law-use" => w.T("Användning prövad mot lagen", "Use against the law"),
            "guideline-result-share" => w.T("Resultatandel prövad mot egna riktlinjer", "Result share against the municipality's guidelines"),
            "guideline-reservation" => w.T("Reservering prövad mot egna riktlinjer", "Reservation against the municipality's guidelines"),
            "guideline-ceiling" => w.T("Reservens storlek prövad mot egna riktlinjer", "The reserve's size against the municipality's guidelines"),
            "guideline-use" => w.T("Användning prövad mot egna riktlinjer", "Use against the municipality's guidelines"),
            _ => step.Label ?? step.Key,
        };
    }

    /// <summary>Whether a step's amount is money (in the year's unit), to be shown at the report's decimals; the threshold share and the result share are percentages.</summary>
    /// <param name="step">The step.</param>
    /// <returns><see langword="false"/> for a step whose amount is a percentage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is <see langword="null"/>.</exception>
    public static bool IsAmount(TraceStep step) => Guard.Against.Null(step).Key is not ("threshold-share" or "guideline-result-share");

    /// <summary>
    /// Says how a step's amount was found: its formula with the numbers, or its reason. Amounts print at the decimals the
    /// report states (<see cref="BalanceRequirementReconciliation.Present(decimal)"/>), shares and percentages as they are.
    /// </summary>
    /// <param name="step">The step.</param>
    /// <param name="reconciliation">The reconciliation the step belongs to (its year, unit, legal basis and decision).</param>
    /// <param name="language">The language.</param>
    /// <returns>The formula or reason.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Explain(TraceStep step, BalanceRequirementReconciliation reconciliation, ReportLanguage language = ReportLanguage.Swedish)
    {
        Guard.Against.Null(step);
        Guard.Against.Null(reconciliation);
        return new Explainer(step, reconciliation, Words.For(language)).Text();
    }

    /// <summary>One step's words; small methods per family of steps.</summary>
    private readonly struct Explainer(TraceStep step, BalanceRequirementReconciliation r, Words w)
    {
        private string A => step.Amount is { } a ? Money(a) : "–";

        private string AU => A + " " + AmountUnits.Symbol(r.Unit);

        public string Text() => step.Key switch
        {
            "rule-set" => RuleSet(),
            "result" => w.T("årets resultat enligt resultaträkningen", "the year's result from the income statement"),
            "realisation-gains" => Line(w.T("inga realisationsvinster", "no realisation gains"), w.T("alla realisationsvinster räknas bort (KL 11 kap. 12 §): ", "all realisation gains are deducted (KL 11 kap. 12 §): ")),
            "exempted-gains" => Line(w.T("inga realisationsvinster enligt undantagsmöjligheten", "no exempted realisation gains"), w.T("undantagna vinster läggs tillbaka: ", "exempted gains are added back: ")),
            "exempted-losses" => Line(w.T("inga realisationsförluster enligt undantagsmöjligheten", "no exempted realisation losses"), w.T("undantagna förluster läggs tillbaka: ", "exempted losses are added back: ")),
            "unrealised-securities" => Line(w.T("inga orealiserade vinster eller förluster i värdepapper", "no unrealised securities gains or losses"), w.T("orealiserade vinster och förluster i resultatet neutraliseras: ", "unrealised gains and losses in the result are neutralised: ")),
            "unrealised-securities-reversal" => Line(w.T("inga återföringar", "no reversals"), w.T("tidigare års neutraliserade orealiserade vinster och förluster återförs: ", "earlier years' neutralised unrealised gains and losses reversed: ")),
            "other-adjustment" => w.T("en namngiven justering, enligt tryckt rad", "a named adjustment, as printed"),
            "exceptional-reasons" => w.T("en justering av synnerliga skäl (KL 11 kap. 13 §), enligt tryckt rad", "an adjustment for exceptional reasons (synnerliga skäl, KL 11 kap. 13 §), as printed"),
            "result-after-adjustments" => $"{T(TraceTerms.Result)} + ({T(TraceTerms.Adjustments)}) = {AU}",
            "reservation" => step.Amount is 0 or null ? w.T("ingen reservering", "no reservation") : w.T($"reserverat genom {DecidedBy}: −{Money(-step.Amount.Value)}", $"reserved by {DecidedBy}: −{Money(-step.Amount.Value)}"),
            "use" => step.Amount is 0 or null ? w.T("ingen användning", "no use") : w.T($"använt genom {DecidedBy}: +{A}", $"used by {DecidedBy}: +{A}"),
            "balance-requirement-result" => $"{T(TraceTerms.ResultAfterAdjustments)} − {T(TraceTerms.Reservation)} + {T(TraceTerms.Use)} + ({T(TraceTerms.AfterReserve)}) = {AU}"
                + (step.Finding == TraceFinding.MustBeRestored ? w.T("; negativt: ska återställas inom de närmaste tre åren (KL 11 kap. 12 §)", "; negative: to be restored within the next three years (KL 11 kap. 12 §)") : ""),
            "printed-result-after-adjustments" or "printed-balance-requirement-result" => Printed(),
            _ => Limits(),
        };

        private string Limits() => step.Key switch
        {
            "reservation-basis" => w.T($"min(resultat {T(TraceTerms.Result)}, resultat efter justeringar {T(TraceTerms.ResultAfterAdjustments)}) = {A} ({r.LegalBasis})",
                $"min(result {T(TraceTerms.Result)}, result after adjustments {T(TraceTerms.ResultAfterAdjustments)}) = {A} ({r.LegalBasis})"),
            "threshold-share" => step.Finding switch
            {
                TraceFinding.NegativeEquity => w.T($"eget kapital inklusive pensionsförpliktelser {T(TraceTerms.Equity)} är negativt, alltså 2 %", $"equity including pension commitments {T(TraceTerms.Equity)} is negative, so 2 %"),
                TraceFinding.NonNegativeEquity => w.T($"eget kapital inklusive pensionsförpliktelser {T(TraceTerms.Equity)} är inte negativt, alltså 1 %", $"equity including pension commitments {T(TraceTerms.Equity)} is not negative, so 1 %"),
                _ => w.T("eget kapital inklusive pensionsförpliktelser är inte angivet; 1 % antas, och en reservering över vad 2 % skulle tillåta rapporteras",
                    "equity including pension commitments is not given; 1 % assumed, and a reservation above what 2 % would allow is reported"),
            },
            "threshold" or "reserve-ceiling" => $"{Percent(TraceTerms.Share)} × {T(TraceTerms.B)} = {A}",
            "above-threshold" => $"max(0, {T(TraceTerms.Basis)} − {T(TraceTerms.Threshold)}) = {AU}",
            "maximum-reservation" => step.Finding == TraceFinding.Unknown
                ? w.T("okänd: skatteintäkter, generella statsbidrag och utjämning är inte angivna som ett positivt belopp", "unknown: taxes, general grants and equalisation are not given as a positive amount")
                : step.Term(TraceTerms.Room) is not null ? $"min({T(TraceTerms.Room)}, {T(TraceTerms.AboveThreshold)}) = {AU}"
                : w.T($"delen över gränsbeloppet, {AU}", $"the part above the threshold, {AU}"),
            "reserve-room" => $"max(0, {T(TraceTerms.Ceiling)} − {T(TraceTerms.Balance)}{(step.Finding == TraceFinding.Assumed ? w.T(" (antaget)", " (assumed)") : "")}) = {A}",
            "use-basis" => step.Finding == TraceFinding.BeyondDeficitAllowed
                ? w.T($"inställningarna tillåter användning utöver underskottet efter justeringar ({A}); bara reservens saldo begränsar den", $"the options allow a use beyond the deficit after adjustments ({A}); only the balance limits it")
                : w.T($"max(0, −({T(TraceTerms.ResultAfterAdjustments)})) = {A}: reserven får täcka ett negativt resultat efter justeringar, aldrig skapa ett positivt ({r.LegalBasis})",
                    $"max(0, −({T(TraceTerms.ResultAfterAdjustments)})) = {A}: the reserve may cover a negative result after adjustments, never create a positive one ({r.LegalBasis})"),
            "maximum-use" => MaximumUse(),
            _ => Checks(),
        };

        private string Checks() => step.Key switch
        {
            "law-reservation" => step.Finding == TraceFinding.NotCheckable
                ? w.T("kan inte prövas: den högsta tillåtna reserveringen är okänd", "not checkable: the largest reservation is unknown")
                : $"{T(TraceTerms.Reservation)} {Compare()} {T(TraceTerms.Maximum)}: " + (Ok
                    ? w.T($"inom den högsta reservering som {r.LegalBasis} tillåter", $"within the largest reservation {r.LegalBasis} allows")
                    : w.T($"över den högsta reservering som {r.LegalBasis} tillåter", $"above the largest reservation {r.LegalBasis} allows")),
            "law-use" => $"{T(TraceTerms.Use)} {Compare()} {(step.Term(TraceTerms.Maximum) is not null ? T(TraceTerms.Maximum) : w.T("ingen gräns", "no limit"))}: "
                + (Ok ? w.T("inom den högsta tillåtna användningen", "within the largest use") : w.T("över den högsta tillåtna användningen", "above the largest use")),
            "guideline-result-share" => $"{T(TraceTerms.Result)} / {T(TraceTerms.B)} × 100 = {Share(step.Term(TraceTerms.ResultShare) ?? 0m)} {(Ok ? "≥" : "<")} {T(TraceTerms.MinimumShare)} %",
            "guideline-reservation" => w.T(
                $"max(0, {T(TraceTerms.Basis)} − underskott {T(TraceTerms.Deficit)} − gräns {T(TraceTerms.Threshold)}) = {T(TraceTerms.Maximum)}; reserverat {T(TraceTerms.Reservation)}: {(Ok ? "inom" : "över")} vad riktlinjerna tillåter",
                $"max(0, {T(TraceTerms.Basis)} − deficit {T(TraceTerms.Deficit)} − threshold {T(TraceTerms.Threshold)}) = {T(TraceTerms.Maximum)}; reserved {T(TraceTerms.Reservation)}: {(Ok ? "within" : "above")} what the guidelines allow"),
            "guideline-ceiling" => $"{T(TraceTerms.Balance)} + {T(TraceTerms.Reservation)} = {T(TraceTerms.BalanceAfter)} {Compare()} {Percent(TraceTerms.Share)} × {T(TraceTerms.B)} = {T(TraceTerms.Ceiling)}",
            "guideline-use" => w.T($"skatteunderlagets tillväxt {T(TraceTerms.Growth)} % {(Ok ? "<" : "≥")} genomsnittet {T(TraceTerms.AverageGrowth)} %",
                $"tax-base growth {T(TraceTerms.Growth)} % {(Ok ? "<" : "≥")} average {T(TraceTerms.AverageGrowth)} %"),
            _ => A,
        };

        private bool Ok => step.Finding != TraceFinding.Beyond;

        private string DecidedBy => r.DecidedBy?.ToString() ?? w.T("beslut", "decision");

        private string RuleSet()
        {
            var year = r.FiscalYear.ToString(CultureInfo.InvariantCulture);
            if (step.Finding == TraceFinding.RuleSetChosenAgainstYear)
            {
                var prescribed = BalanceRequirementRuleSets.For(r.FiscalYear).Name;
                return w.T($"regelverket {step.RuleSet} valdes av anroparen; enligt sin egen deklaration gäller det inte {year} (lagen föreskriver {prescribed})",
                    $"rule set {step.RuleSet} was chosen by the caller; by its own declaration it does not apply to {year} (the law prescribes {prescribed})");
            }

            var resultReserve = r.Reserve == ReserveKind.ResultReserve;
            return w.T($"räkenskapsåret {year} är {(resultReserve ? "2024 eller senare" : "2023 eller tidigare")}: {step.RuleSet}, {r.LegalBasis}",
                $"fiscal year {year} is {(resultReserve ? "2024 or later" : "2023 or earlier")}: {step.RuleSet}, {r.LegalBasis}");
        }

        private string Line(string none, string lead)
        {
            if (step.Amount is 0 or null)
            {
                return none;
            }

            var (words, reconciliation) = (w, r);
            return lead + string.Join("; ", step.Parts.Select(p =>
                (p.Description ?? words.T("enligt tryckt rad", "as printed")) + (p.ExemptionReason is { } reason ? " (" + reason + ")" : "") + " "
                + words.Numbers.Plain(reconciliation.Present(p.Amount))));
        }

        private string Printed() =>
            w.T($"tryckt {T(TraceTerms.Printed)} {(Ok ? "=" : "≠")} radernas summa {T(TraceTerms.Computed)} avrundad till {T(TraceTerms.Decimals)} {(OneDecimal ? "decimal" : "decimaler")}",
                $"printed {T(TraceTerms.Printed)} {(Ok ? "=" : "≠")} the lines' sum {T(TraceTerms.Computed)} rounded to {T(TraceTerms.Decimals)} {(OneDecimal ? "decimal" : "decimals")}");

        private bool OneDecimal => step.Term(TraceTerms.Decimals) == 1;

        private string MaximumUse() => (step.Term(TraceTerms.Balance), step.Term(TraceTerms.Deficit)) switch
        {
            ({ } balance, { } deficit) => w.T($"min(underskott {Money(deficit)}, ingående reserv {Money(balance)}) = {A}", $"min(deficit {Money(deficit)}, reserve carried in {Money(balance)}) = {A}"),
            ({ } balance, null) => w.T($"ingående reserv {Money(balance)} = {A}", $"reserve carried in {Money(balance)} = {A}"),
            (null, { } deficit) => w.T($"reservens ingående saldo är inte angivet, så bara underskottet begränsar användningen: {Money(deficit)}", $"the reserve balance carried in is not given, so only the deficit limits the use: {Money(deficit)}"),
            _ => w.T("reservens ingående saldo är inte angivet, så användningen begränsas inte", "the reserve balance carried in is not given, so the use is not limited"),
        };

        private string Compare() => Ok ? "≤" : ">";

        private string T(string name) => step.Term(name) is { } v ? (Unpresented.Contains(name) ? N(v) : Money(v)) : "–";

        /// <summary>Terms that are not amounts: shares, percentages, counts and years print as they are.</summary>
        private static readonly HashSet<string> Unpresented =
            [TraceTerms.Share, TraceTerms.ResultShare, TraceTerms.MinimumShare, TraceTerms.Growth, TraceTerms.AverageGrowth, TraceTerms.Decimals, TraceTerms.FiscalYear];

        private string Money(decimal value) => N(r.Present(value));

        private string Percent(string name) => N((step.Term(name) ?? 0m) * 100m) + " %";

        private string Share(decimal percent) => w.Numbers.TwoDecimals(percent) + " %";

        private string N(decimal value) => w.Numbers.Plain(value);
    }
}
