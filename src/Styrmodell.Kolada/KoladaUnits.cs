using Styrmodell.Targets;

namespace Styrmodell.Kolada;

/// <summary>Reads a KPI's unit from its title and says whether an indicator can take its values as they are.</summary>
internal static class KoladaUnits
{
    /// <summary>
    /// Kolada ends titles with the unit: "…, andel (%)", "…, kr/inv", "…, tkr", "…, antal". Only the last
    /// comma-separated part is read, so a word earlier in the title ("antal elever …") does not decide it.
    /// </summary>
    public static KoladaUnit FromTitle(string title)
    {
        var comma = title.LastIndexOf(',');
        var tail = (comma < 0 ? title : title[(comma + 1)..]).Trim().ToLowerInvariant();
        return tail switch
        {
            _ when tail.Contains("(%)", StringComparison.Ordinal) || tail.EndsWith('%') => KoladaUnit.Percent,
            _ when tail.StartsWith("tkr", StringComparison.Ordinal) => KoladaUnit.ThousandKronor,
            _ when tail.StartsWith("kr", StringComparison.Ordinal) => KoladaUnit.Kronor,
            _ when tail.StartsWith("antal", StringComparison.Ordinal) => KoladaUnit.Count,
            _ => KoladaUnit.Unknown,
        };
    }

    /// <summary>Whether an indicator in <paramref name="unit"/> takes values in <paramref name="kpiUnit"/> unscaled.</summary>
    public static bool Fits(MeasureUnit unit, KoladaUnit kpiUnit) => (unit, kpiUnit) switch
    {
        (MeasureUnit.Ratio, _) => false, // a ratio outcome is a numerator and a denominator; Kolada publishes the quotient
        (_, KoladaUnit.Unknown) => true,
        (MeasureUnit.Index, _) => true, // an index is whatever the municipality defines it as
        (MeasureUnit.Percent, KoladaUnit.Percent) => true,
        (MeasureUnit.Kronor, KoladaUnit.Kronor) => true,
        (MeasureUnit.Count, KoladaUnit.Count) => true,
        _ => false,
    };
}
