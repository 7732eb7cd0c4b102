using NodaTime;
using NodaTime.Text;
using Styrmodell.Time;

namespace Styrmodell.Json;

/// <summary>
/// Parses the format's text values (periods, dates, enumeration names); a bad one is added to the reader's problems at
/// its path, saying what was expected, and gives <see langword="null"/>.
/// </summary>
internal static class JsonValues
{
    public static ReportingPeriod? Period(string text, string at, List<JsonProblem> problems)
    {
        try
        {
            return ReportingPeriod.Parse(text);
        }
        catch (FormatException e)
        {
            problems.Add(new(at, JsonProblemCodes.InvalidValue, e.Message));
            return null;
        }
    }

    public static LocalDate? Date(string text, string at, List<JsonProblem> problems)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add(new(at, JsonProblemCodes.InvalidValue, $"'{text}' is not an ISO date (yyyy-MM-dd)."));
        return null;
    }

    public static TEnum? Enum<TEnum>(string text, string at, List<JsonProblem> problems)
        where TEnum : struct, System.Enum
    {
        if (Names.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        problems.Add(new(at, JsonProblemCodes.InvalidValue, $"'{text}' is not one of: {Names.Expected<TEnum>()}."));
        return null;
    }

    /// <summary>The first line of a guard's message, without the parameter name the reader's path already gives.</summary>
    public static string FirstLine(string message) => message.Split('\n')[0].Split(" (Parameter")[0];

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
