using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Finance;

/// <summary>
/// The resultatreserv rules, in force from fiscal year 2024 (KL 11 kap. as amended by prop. 2022/23:119, Effektiv
/// ekonomistyrning i kommuner och regioner).
/// </summary>
/// <remarks>
/// <para>
/// The conditions for reserving are those of the resultatutjämningsreserv: at most the part of min(the year's result,
/// the result after balance-requirement adjustments) above 1 % of B, or 2 % when equity including pension commitments
/// is negative, B = taxes + general state grants + equalisation. New is the ceiling: the reserve may hold at most 5 %
/// of B, so a reservation also takes at most the room left under it after the balance carried in.
/// </para>
/// <para>
/// When the balance carried in is not given, zero is assumed and a reservation is reported as
/// <see cref="ProblemCodes.MissingFigure"/>. What the sources used here do not settle is in <see cref="Options"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed class ResultReserveRules : IBalanceRequirementRules
{
    /// <summary>The first fiscal year the rules apply to.</summary>
    public const int FirstFiscalYear = 2024;

    /// <summary>The ceiling of the reserve as a share of taxes, grants and equalisation.</summary>
    public const decimal Ceiling = 0.05m;

    private ResultReserveRules(ResultReserveOptions options) => Options = options;

    /// <summary>Gets the rules with the default options.</summary>
    public static ResultReserveRules Instance { get; } = new(ResultReserveOptions.Default);

    /// <summary>Gets the choices applied where the law as confirmed here leaves them open.</summary>
    public ResultReserveOptions Options { get; }

    /// <inheritdoc />
    public string Name => "Resultatreserv (fr.o.m. 2024)";

    /// <inheritdoc />
    public ReserveKind Reserve => ReserveKind.ResultReserve;

    /// <inheritdoc />
    public string LegalBasis => "KL 11 kap. i lydelse fr.o.m. 2024 (prop. 2022/23:119)";

    /// <summary>Returns the rules with other options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The rules; <see cref="Instance"/> for the default options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static ResultReserveRules With(ResultReserveOptions options) =>
        Guard.Against.Null(options) == ResultReserveOptions.Default ? Instance : new(options);

    /// <inheritdoc />
    public bool AppliesTo(int fiscalYear) => fiscalYear >= FirstFiscalYear;

    /// <inheritdoc />
    public ReserveLimit MaximumReservation(FinancialYear year, decimal resultAfterAdjustments)
    {
        Guard.Against.Null(year);
        var limit = ReserveRuleHelpers.AboveThreshold(year, resultAfterAdjustments, Name);
        if (ReserveRuleHelpers.UsableB(year) is not { } b)
        {
            return limit with { Steps = [.. limit.Steps, new TraceStep("maximum-reservation", TraceStepKind.Limit, null, Name) { Finding = TraceFinding.Unknown }] };
        }

        var steps = new List<TraceStep>(limit.Steps);
        var problems = new List<ValidationProblem>(limit.Problems);
        var ceiling = Ceiling * b;
        steps.Add(new("reserve-ceiling", TraceStepKind.Limit, ceiling, Name) { Terms = [new(TraceTerms.Share, Ceiling), new(TraceTerms.B, b)] });

        var balance = year.ReserveBalanceCarriedIn ?? 0m;
        if (year.ReserveBalanceCarriedIn is null)
        {
            problems.Add(new(ProblemCodes.MissingFigure, ReserveRuleHelpers.At(year, "reserveBalanceCarriedIn"),
                $"Fiscal year {FinanceText.Year(year.FiscalYear)}: the reserve balance carried in is not given; zero was assumed, so the room under the 5 % ceiling may be overstated."));
        }

        var room = Math.Max(0m, ceiling - balance);
        steps.Add(new("reserve-room", TraceStepKind.Limit, room, Name)
        {
            Finding = year.ReserveBalanceCarriedIn is null ? TraceFinding.Assumed : TraceFinding.None,
            Terms = [new(TraceTerms.Ceiling, ceiling), new(TraceTerms.Balance, balance)],
        });

        var maximum = Math.Min(room, limit.Amount!.Value);
        steps.Add(new("maximum-reservation", TraceStepKind.Limit, maximum, Name)
        {
            Terms = [new(TraceTerms.Room, room), new(TraceTerms.AboveThreshold, limit.Amount.Value)],
        });
        return new ReserveLimit(maximum, limit.Basis, steps.ToEquatableArray(), problems.ToEquatableArray())
        {
            StrictAmount = limit.StrictAmount is { } strict ? Math.Min(room, strict) : null,
        };
    }

    /// <inheritdoc />
    public ReserveLimit MaximumUse(FinancialYear year, decimal resultAfterAdjustments)
    {
        Guard.Against.Null(year);
        return ReserveRuleHelpers.MaximumUse(year, resultAfterAdjustments, Name, Options.AllowUseBeyondDeficit);
    }

    /// <summary>
    /// Checks the balance carried in against the ceiling when <see cref="ResultReserveOptions.AboveCeiling"/> asks for it.
    /// </summary>
    /// <param name="year">The year's figures.</param>
    /// <returns>A <see cref="ProblemCodes.ReserveAboveCeiling"/> problem, or none.</returns>
    internal IEnumerable<ValidationProblem> CheckCeiling(FinancialYear year)
    {
        if (Options.AboveCeiling == ReserveAboveCeilingTreatment.Report
            && ReserveRuleHelpers.UsableB(year) is { } b && year.ReserveBalanceCarriedIn is { } balance && balance > Ceiling * b)
        {
            yield return new(ProblemCodes.ReserveAboveCeiling, ReserveRuleHelpers.At(year, "reserveBalanceCarriedIn"),
                $"Fiscal year {FinanceText.Year(year.FiscalYear)}: the reserve balance carried in, {FinanceText.Amount(balance, year.Unit)}, is above 5 % of B ({FinanceText.Amount(Ceiling * b, year.Unit)}).");
        }
    }

    /// <summary>Returns the rule set's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
