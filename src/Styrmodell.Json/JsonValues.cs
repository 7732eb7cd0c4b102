using NodaTime;
using NodaTime.Text;
using Styrmodell.Time;

namespace Styrmodell.Json;

/// <summary>Parses the format's text values (periods, dates, enumeration names), saying what was expected when one is bad.</summary>
internal static class JsonValues
{
    public static bool TryPeriod(string text, out ReportingPeriod? period, out string? problem)
    {
        try
        {
            (period, problem) = (ReportingPeriod.Parse(text), null);
            return true;
        }
        catch (FormatException e)
        {
            (period, problem) = (null, e.Message);
            return false;
        }
    }

    public static bool TryDate(string text, out LocalDate date, out string? problem)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        problem = result.Success ? null : $"'{text}' is not an ISO date (yyyy-MM-dd).";
        return result.Success;
    }

    public static bool TryEnum<TEnum>(string text, out TEnum value, out string? problem)
        where TEnum : struct, Enum
    {
        var ok = Names.TryParse(text, out value);
        problem = ok ? null : $"'{text}' is not one of: {Names.Expected<TEnum>()}.";
        return ok;
    }

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
