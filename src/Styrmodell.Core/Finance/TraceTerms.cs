namespace Styrmodell.Finance;

/// <summary>The names of the <see cref="TraceTerm"/>s steps carry; a renderer looks them up by name.</summary>
public static class TraceTerms
{
    /// <summary>The year's result.</summary>
    public const string Result = "result";

    /// <summary>The sum of the adjustment lines before the subtotal.</summary>
    public const string Adjustments = "adjustments";

    /// <summary>The year's result after balance-requirement adjustments.</summary>
    public const string ResultAfterAdjustments = "resultAfterAdjustments";

    /// <summary>The reservation basis: the lower of the result and the result after adjustments.</summary>
    public const string Basis = "basis";

    /// <summary>Equity including pension commitments.</summary>
    public const string Equity = "equity";

    /// <summary>A share as a fraction (0.01 for 1 %).</summary>
    public const string Share = "share";

    /// <summary>Taxes, general grants and equalisation (B).</summary>
    public const string B = "b";

    /// <summary>The threshold amount.</summary>
    public const string Threshold = "threshold";

    /// <summary>The part of the basis above the threshold.</summary>
    public const string AboveThreshold = "aboveThreshold";

    /// <summary>The reserve's ceiling.</summary>
    public const string Ceiling = "ceiling";

    /// <summary>The reserve balance carried in.</summary>
    public const string Balance = "balance";

    /// <summary>The room under the ceiling.</summary>
    public const string Room = "room";

    /// <summary>The deficit after adjustments.</summary>
    public const string Deficit = "deficit";

    /// <summary>A limit (the largest reservation or use allowed).</summary>
    public const string Maximum = "maximum";

    /// <summary>The amount reserved.</summary>
    public const string Reservation = "reservation";

    /// <summary>The amount used from the reserve.</summary>
    public const string Use = "use";

    /// <summary>The lines printed after the reserve (synnerliga skäl).</summary>
    public const string AfterReserve = "afterReserve";

    /// <summary>The reserve balance after a reservation.</summary>
    public const string BalanceAfter = "balanceAfter";

    /// <summary>A printed total.</summary>
    public const string Printed = "printed";

    /// <summary>The total computed from the lines.</summary>
    public const string Computed = "computed";

    /// <summary>The decimals a printed total is compared at.</summary>
    public const string Decimals = "decimals";

    /// <summary>The result as a percentage of B.</summary>
    public const string ResultShare = "resultShare";

    /// <summary>The guidelines' minimum result share, in percent.</summary>
    public const string MinimumShare = "minimumShare";

    /// <summary>The year's tax-base growth, in percent.</summary>
    public const string Growth = "growth";

    /// <summary>The average tax-base growth it is compared with, in percent.</summary>
    public const string AverageGrowth = "averageGrowth";

    /// <summary>The fiscal year.</summary>
    public const string FiscalYear = "fiscalYear";
}
