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

    /// <summary>
    /// Reports a name or label the model does not locate itself (finance labels, source titles) when it is longer than
    /// <see cref="Validation.TextLimits.MaxNameLength"/>, in the words the model uses for its own names.
    /// </summary>
    public static void NameLength(string? text, string at, List<JsonProblem> problems)
    {
        if (text is not null && text.Length > Validation.TextLimits.MaxNameLength)
        {
            problems.Add(new(at, Validation.ProblemCodes.TextTooLong, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The text is {text.Length:N0} characters long; at most {Validation.TextLimits.MaxNameLength:N0} are allowed.")));
        }
    }

    /// <summary>The first line of a guard's message, without the parameter name the reader's path already gives.</summary>
    public static string FirstLine(string message) => message.Split('\n')[0].Split(" (Parameter")[0];

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
