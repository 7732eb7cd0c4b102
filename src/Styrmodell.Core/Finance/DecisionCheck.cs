using Styrmodell.Validation;

namespace Styrmodell.Finance;

/// <summary>Checks a year's reserve decision against the law's limits and the municipality's guidelines.</summary>
/// <remarks>
/// A decided amount is printed rounded, so it is within a limit when it is within the limit rounded to the report's
/// decimals (Malmö reserved 185 Mkr against an exact 184.57).
/// </remarks>
internal sealed class DecisionCheck(
    FinancialYear year, IBalanceRequirementRules rules, decimal reservation, decimal use, int? decimals, List<TraceStep> steps, List<ValidationProblem> problems)
{
    private readonly string _fy = FinanceText.Year(year.FiscalYear);

    public void Law(ReserveLimit reservationLimit, ReserveLimit useLimit)
    {
        if (reservation > 0)
        {
            if (reservationLimit.Amount is not { } max)
            {
                steps.Add(new("law-reservation", TraceStepKind.Check, reservation, rules.Name) { Finding = TraceFinding.NotCheckable });
                problems.Add(new(ProblemCodes.MissingFigure, ReserveRuleHelpers.At(year, "reserveDecision.reservation"),
                    $"Fiscal year {_fy}: the reservation of {FinanceText.Amount(reservation, year.Unit)} cannot be checked against {rules.Name} because a figure the limit needs is missing."));
            }
            else
            {
                var ok = Within(reservation, max);
                steps.Add(new("law-reservation", TraceStepKind.Check, reservation, rules.Name)
                {
                    Finding = ok ? TraceFinding.Within : TraceFinding.Beyond, Terms = [new(TraceTerms.Reservation, reservation), new(TraceTerms.Maximum, max)],
                });
                if (!ok)
                {
                    problems.Add(new(ProblemCodes.ReservationAboveMaximum, ReserveRuleHelpers.At(year, "reserveDecision.reservation"),
                        $"Fiscal year {_fy}: the reservation of {FinanceText.Amount(reservation, year.Unit)} exceeds the largest reservation {FinanceText.Amount(max, year.Unit)} under {rules.Name} ({rules.LegalBasis})."));
                }
                else if (reservationLimit.StrictAmount is { } strict && !Within(reservation, strict))
                {
                    problems.Add(new(ProblemCodes.MissingFigure, ReserveRuleHelpers.At(year, "equity"),
                        $"Fiscal year {_fy}: equity or pension commitments outside the balance sheet not given; the reservation of {FinanceText.Amount(reservation, year.Unit)} is within the 1 % threshold's {FinanceText.Amount(max, year.Unit)} but above the {FinanceText.Amount(strict, year.Unit)} the 2 % threshold would allow if equity including pension commitments were negative."));
                }
            }
        }

        if (use > 0)
        {
            var max = useLimit.Amount;
            var ok = max is not { } m || Within(use, m);
            steps.Add(new("law-use", TraceStepKind.Check, use, rules.Name)
            {
                Finding = ok ? TraceFinding.Within : TraceFinding.Beyond,
                Terms = max is { } shown ? [new(TraceTerms.Use, use), new(TraceTerms.Maximum, shown)] : [new(TraceTerms.Use, use)],
            });
            if (!ok)
            {
                problems.Add(new(ProblemCodes.ReserveUseNotAllowed, ReserveRuleHelpers.At(year, "reserveDecision.use"),
                    $"Fiscal year {_fy}: the use of {FinanceText.Amount(use, year.Unit)} exceeds the largest use {FinanceText.Amount(max!.Value, year.Unit)}: the reserve may cover at most the negative result after adjustments and at most its balance ({rules.LegalBasis})."));
            }

            if (year.ReserveBalanceCarriedIn is null)
            {
                problems.Add(new(ProblemCodes.MissingFigure, ReserveRuleHelpers.At(year, "reserveBalanceCarriedIn"),
                    $"Fiscal year {_fy}: the reserve balance carried in is not given, so the use of {FinanceText.Amount(use, year.Unit)} was not checked against what the reserve holds."));
            }
        }
    }

    public void Guidelines(ReserveDecision? decision, MunicipalGuidelines guidelines, decimal basis)
    {
        var b = ReserveRuleHelpers.UsableB(year);
        if (reservation > 0)
        {
            OwnReservationLimit(guidelines, basis, b);
            OwnCeiling(guidelines, b);
        }

        if (use > 0 && guidelines.UseOnlyWhenTaxBaseGrowthBelowAverage)
        {
            TaxBaseGrowth(decision, guidelines);
        }

        if (guidelines.MinimumResultShare is { } minimum)
        {
            if (b is null)
            {
                Missing(guidelines, "taxRevenue", "taxes, general grants and equalisation");
            }
            else
            {
                var share = year.Result / b.Value * 100m;
                var ok = share >= minimum;
                steps.Add(new("guideline-result-share", TraceStepKind.Check, share, guidelines.Name)
                {
                    Finding = ok ? TraceFinding.Within : TraceFinding.Beyond,
                    Terms = [new(TraceTerms.Result, year.Result), new(TraceTerms.B, b.Value), new(TraceTerms.ResultShare, share), new(TraceTerms.MinimumShare, minimum)],
                });
                if (!ok)
                {
                    Fail(guidelines, ProblemCodes.GuidelineNotMet, "result", $"the result is {FinanceText.Percent(share)} of taxes, grants and equalisation, below the guidelines' {FinanceText.Amount(minimum)} %");
                }
            }
        }
    }

    private void OwnReservationLimit(MunicipalGuidelines guidelines, decimal basis, decimal? b)
    {
        var deducts = guidelines.DeductDeficitBeforeReserving;
        if (guidelines.ReservationThresholdShare is null && !deducts)
        {
            return;
        }

        if (deducts && year.DeficitCarriedIn is null)
        {
            Missing(guidelines, "deficitCarriedIn", "the deficit from earlier years still to be restored");
            return;
        }

        if (guidelines.ReservationThresholdShare is not null && b is null)
        {
            Missing(guidelines, "taxRevenue", "taxes, general grants and equalisation");
            return;
        }

        var deficit = deducts ? Math.Max(0m, year.DeficitCarriedIn!.Value) : 0m;
        var threshold = (guidelines.ReservationThresholdShare ?? 0m) * (b ?? 0m);
        var max = Math.Max(0m, basis - deficit - threshold);
        var ok = Within(reservation, max);
        steps.Add(new("guideline-reservation", TraceStepKind.Check, max, guidelines.Name)
        {
            Finding = ok ? TraceFinding.Within : TraceFinding.Beyond,
            Terms =
            [
                new(TraceTerms.Basis, basis), new(TraceTerms.Deficit, deficit), new(TraceTerms.Threshold, threshold), new(TraceTerms.Maximum, max),
                new(TraceTerms.Reservation, reservation),
            ],
        });
        if (!ok)
        {
            var whileDeficit = deficit > 0;
            Fail(guidelines, whileDeficit ? ProblemCodes.ReservationWhileDeficit : ProblemCodes.GuidelineNotMet, "reserveDecision.reservation",
                whileDeficit
                    ? $"the reservation of {FinanceText.Amount(reservation, year.Unit)} is made while {FinanceText.Amount(deficit, year.Unit)} of earlier deficits remains; after deducting it the guidelines allow {FinanceText.Amount(max, year.Unit)}"
                    : $"the reservation of {FinanceText.Amount(reservation, year.Unit)} exceeds the {FinanceText.Amount(max, year.Unit)} the guidelines allow");
        }
    }

    private void OwnCeiling(MunicipalGuidelines guidelines, decimal? b)
    {
        if (guidelines.MaximumReserveShare is not { } cap)
        {
            return;
        }

        if (b is null || year.ReserveBalanceCarriedIn is not { } balance)
        {
            Missing(guidelines, b is null ? "taxRevenue" : "reserveBalanceCarriedIn", b is null ? "taxes, general grants and equalisation" : "the reserve balance carried in");
            return;
        }

        var ceiling = cap * b.Value;
        var after = balance + reservation;
        var ok = Within(after, ceiling);
        steps.Add(new("guideline-ceiling", TraceStepKind.Check, after, guidelines.Name)
        {
            Finding = ok ? TraceFinding.Within : TraceFinding.Beyond,
            Terms =
            [
                new(TraceTerms.Balance, balance), new(TraceTerms.Reservation, reservation), new(TraceTerms.BalanceAfter, after), new(TraceTerms.Share, cap),
                new(TraceTerms.B, b.Value), new(TraceTerms.Ceiling, ceiling),
            ],
        });
        if (!ok)
        {
            Fail(guidelines, ProblemCodes.GuidelineNotMet, "reserveDecision.reservation",
                $"the reserve would hold {FinanceText.Amount(after, year.Unit)}, above the guidelines' ceiling of {FinanceText.Share(cap)} ({FinanceText.Amount(ceiling, year.Unit)})");
        }
    }

    private void TaxBaseGrowth(ReserveDecision? decision, MunicipalGuidelines guidelines)
    {
        decimal? growth;
        decimal? average;
        if (guidelines.TaxBaseGrowthAverageYears is { } years)
        {
            growth = guidelines.GrowthIn(year.FiscalYear);
            var earlier = Enumerable.Range(year.FiscalYear - years, years).Select(guidelines.GrowthIn).ToList();
            average = earlier.All(g => g is not null) ? earlier.Sum(g => g!.Value) / years : null;
        }
        else
        {
            growth = decision?.TaxBaseGrowth;
            average = decision?.AverageTaxBaseGrowth;
        }

        if (growth is not { } g || average is not { } a)
        {
            Missing(guidelines, guidelines.TaxBaseGrowthAverageYears is null ? "reserveDecision.taxBaseGrowth" : "guidelines.taxBaseGrowth", "the tax-base growth or its average");
            return;
        }

        var ok = g < a;
        steps.Add(new("guideline-use", TraceStepKind.Check, use, guidelines.Name)
        {
            Finding = ok ? TraceFinding.Within : TraceFinding.Beyond, Terms = [new(TraceTerms.Growth, g), new(TraceTerms.AverageGrowth, a)],
        });
        if (!ok)
        {
            Fail(guidelines, ProblemCodes.GuidelineNotMet, "reserveDecision.use",
                $"the reserve is used although the tax-base growth ({FinanceText.Amount(g)} %) is not below its average ({FinanceText.Amount(a)} %)");
        }
    }

    /// <summary>Whether a decided (printed, rounded) amount is within an exact limit at the report's decimals.</summary>
    private bool Within(decimal amount, decimal limit) =>
        amount <= limit || (decimals is { } d && amount <= Math.Round(limit, d, MidpointRounding.AwayFromZero));

    private void Fail(MunicipalGuidelines guidelines, string code, string member, string message) =>
        problems.Add(new(code, ReserveRuleHelpers.At(year, member), $"Fiscal year {_fy}: {message} ({guidelines.Name})."));

    private void Missing(MunicipalGuidelines guidelines, string member, string what) =>
        problems.Add(new(ProblemCodes.MissingFigure, ReserveRuleHelpers.At(year, member), $"Fiscal year {_fy}: {what} not given, so a guideline of '{guidelines.Name}' was not checked."));
}
