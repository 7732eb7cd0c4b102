using Styrmodell.Validation;

namespace Styrmodell.Finance;

/// <summary>
/// The adjustment lines of a year, summed per printed line: the older fields (realisation items with their exemptions,
/// unrealised gains or losses, reversals) in their own sign convention, plus the lines entered as printed.
/// </summary>
internal sealed class AdjustmentLines
{
    private readonly Dictionary<AdjustmentKind, List<TracePart>> _parts = [];

    private AdjustmentLines()
    {
    }

    /// <summary>Gets the realisation-gains line (negative when gains are deducted).</summary>
    public decimal RealisationGains { get; private set; }

    public decimal ExemptedGains { get; private set; }

    public decimal ExemptedLosses { get; private set; }

    public decimal Unrealised { get; private set; }

    public decimal Reversal { get; private set; }

    public decimal Other { get; private set; }

    /// <summary>Gets the lines printed after the reserve (synnerliga skäl).</summary>
    public decimal AfterReserve { get; private set; }

    /// <summary>Gets the sum of the lines between the year's result and the result after adjustments.</summary>
    public decimal BeforeSubtotal => RealisationGains + ExemptedGains + ExemptedLosses + Unrealised + Reversal + Other;

    public static AdjustmentLines From(FinancialYear year, List<ValidationProblem> problems)
    {
        var lines = new AdjustmentLines();
        for (var i = 0; i < year.RealisationItems.Count; i++)
        {
            var item = year.RealisationItems[i];
            if (item.IsGain)
            {
                lines.Add(AdjustmentKind.RealisationGains, new(item.Description, -item.Amount));
            }

            if (item.IsExempted && !item.ExemptionApplies)
            {
                problems.Add(new(ProblemCodes.ExemptionWithoutReason, ReserveRuleHelpers.At(year, "realisationItems[" + FinanceText.Year(i) + "]"),
                    $"Fiscal year {FinanceText.Year(year.FiscalYear)}: realisation item '{item.Description}' is declared exempted without a reason, so it is treated as not exempted."));
            }
            else if (item.ExemptionApplies && item.Amount != 0)
            {
                // An exempted gain is added back after all gains were deducted; an exempted loss is neutralised.
                var kind = item.IsGain ? AdjustmentKind.ExemptedRealisationGains : AdjustmentKind.ExemptedRealisationLosses;
                lines.Add(kind, new(item.Description, Math.Abs(item.Amount)) { ExemptionReason = item.ExemptionReason });
            }
        }

        // The older field holds the gain or loss in the result; its line neutralises it, so the sign flips.
        if (year.UnrealisedSecuritiesGainsLosses != 0)
        {
            lines.Add(AdjustmentKind.UnrealisedSecurities, new(null, -year.UnrealisedSecuritiesGainsLosses));
        }

        if (year.ReversalOfUnrealisedSecurities != 0)
        {
            lines.Add(AdjustmentKind.UnrealisedSecuritiesReversal, new(null, year.ReversalOfUnrealisedSecurities));
        }

        foreach (var line in year.Adjustments)
        {
            lines.Add(line.Kind, new(line.Label, line.Amount));
        }

        return lines;
    }

    /// <summary>The items a line sums, in the document's order; empty for a line without any.</summary>
    public Collections.EquatableArray<TracePart> Parts(AdjustmentKind kind) => _parts.TryGetValue(kind, out var parts) ? [.. parts] : [];

    private void Add(AdjustmentKind kind, TracePart part)
    {
        var amount = part.Amount;
        switch (kind)
        {
            case AdjustmentKind.RealisationGains: RealisationGains += amount; break;
            case AdjustmentKind.ExemptedRealisationGains: ExemptedGains += amount; break;
            case AdjustmentKind.ExemptedRealisationLosses: ExemptedLosses += amount; break;
            case AdjustmentKind.UnrealisedSecurities: Unrealised += amount; break;
            case AdjustmentKind.UnrealisedSecuritiesReversal: Reversal += amount; break;
            case AdjustmentKind.Other: Other += amount; break;
            default: AfterReserve += amount; break;
        }

        if (!_parts.TryGetValue(kind, out var parts))
        {
            _parts[kind] = parts = [];
        }

        parts.Add(part);
    }
}
