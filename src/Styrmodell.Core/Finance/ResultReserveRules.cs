using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Finance;

/// <summary>
/// The resultatreserv rules, in force from fiscal year 2024 (KL 11 kap. as amended by prop. 2022/23:119).
/// </summary>
/// <remarks>
/// <para>
/// The reserve may hold at most 5 % of taxes + general state grants + equalisation; the 1 % / 2 % threshold of the
/// resultatutjämningsreserv is gone. A reservation therefore takes at most the room left under that ceiling after the
/// balance carried in, and at most the positive result after balance-requirement adjustments (a reservation never
/// makes the balance-requirement result negative).
/// </para>
/// <para>
/// When the balance carried in is not given, zero is assumed and reported as <see cref="ProblemCodes.MissingFigure"/>.
/// A use may cover at most the negative result after adjustments and at most the balance.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed class ResultReserveRules : IBalanceRequirementRules
{
    /// <summary>The first fiscal year the rules apply to.</summary>
    public const int FirstFiscalYear = 2024;

    /// <summary>The ceiling of the reserve as a share of taxes, grants and equalisation.</summary>
    public const decimal Ceiling = 0.05m;

    private ResultReserveRules()
    {
    }

    /// <summary>Gets the single instance.</summary>
    public static ResultReserveRules Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "Resultatreserv (fr.o.m. 2024)";

    /// <inheritdoc />
    public ReserveKind Reserve => ReserveKind.ResultReserve;

    /// <inheritdoc />
    public string LegalBasis => "KL 11 kap. i lydelse fr.o.m. 2024 (prop. 2022/23:119)";

    /// <inheritdoc />
    public bool AppliesTo(int fiscalYear) => fiscalYear >= FirstFiscalYear;

    /// <inheritdoc />
    public ReserveLimit MaximumReservation(FinancialYear year, decimal resultAfterAdjustments)
    {
        Guard.Against.Null(year);
        var steps = new List<TraceStep>();
        var problems = new List<ValidationProblem>();

        var basis = Math.Max(0m, resultAfterAdjustments);
        steps.Add(new("reservation-basis", TraceStepKind.Limit, "Positivt resultat efter balanskravsjusteringar", basis,
            "max(0, result after adjustments " + FinanceText.Amount(resultAfterAdjustments) + ") = " + FinanceText.Amount(basis) + " (" + LegalBasis + ")", Name));

        if (year.TaxesGrantsAndEqualisation is not { } b)
        {
            problems.Add(new(ProblemCodes.MissingFigure, ReserveRuleHelpers.At(year, "taxRevenue"),
                $"Fiscal year {FinanceText.Year(year.FiscalYear)}: tax revenue or general grants and equalisation not given, so the resultatreserv ceiling and the largest reservation cannot be computed."));
            steps.Add(new("maximum-reservation", TraceStepKind.Limit, "Högsta tillåtna reservering", null,
                "unknown: taxes, general grants and equalisation are not given", Name));
            return new ReserveLimit(null, basis, steps.ToEquatableArray(), problems.ToEquatableArray());
        }

        var ceiling = Ceiling * b;
        steps.Add(new("reserve-ceiling", TraceStepKind.Limit, "Resultatreservens tak", ceiling,
            FinanceText.Share(Ceiling) + " × (" + FinanceText.Amount(year.TaxRevenue!.Value) + " + " + FinanceText.Amount(year.GeneralGrantsAndEqualisation!.Value) + ") = "
            + FinanceText.Share(Ceiling) + " × " + FinanceText.Amount(b) + " = " + FinanceText.Amount(ceiling), Name));

        decimal balance;
        if (year.ReserveBalanceCarriedIn is { } given)
        {
            balance = given;
        }
        else
        {
            balance = 0m;
            problems.Add(new(ProblemCodes.MissingFigure, ReserveRuleHelpers.At(year, "reserveBalanceCarriedIn"),
                $"Fiscal year {FinanceText.Year(year.FiscalYear)}: the reserve balance carried in is not given; zero was assumed, so the room under the 5 % ceiling may be overstated."));
        }

        var room = Math.Max(0m, ceiling - balance);
        steps.Add(new("reserve-room", TraceStepKind.Limit, "Utrymme under taket", room,
            "max(0, ceiling " + FinanceText.Amount(ceiling) + " − balance carried in " + FinanceText.Amount(balance) + (year.ReserveBalanceCarriedIn is null ? " (assumed)" : "") + ") = " + FinanceText.Amount(room), Name));

        var maximum = Math.Min(room, basis);
        steps.Add(new("maximum-reservation", TraceStepKind.Limit, "Högsta tillåtna reservering", maximum,
            "min(room " + FinanceText.Amount(room) + ", basis " + FinanceText.Amount(basis) + ") = " + FinanceText.Amount(maximum, year.Unit), Name));
        return new ReserveLimit(maximum, basis, steps.ToEquatableArray(), problems.ToEquatableArray());
    }

    /// <inheritdoc />
    public ReserveLimit MaximumUse(FinancialYear year, decimal resultAfterAdjustments)
    {
        Guard.Against.Null(year);
        return ReserveRuleHelpers.MaximumUse(year, resultAfterAdjustments, Name, LegalBasis);
    }

    /// <summary>Returns the rule set's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
