using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using NodaTime.Text;

namespace Styrmodell.Time;

public sealed partial record ReportingPeriod
{
    /// <summary>Reads a period from its text id.</summary>
    /// <param name="text">A text id such as <c>2024</c>, <c>2024-T1</c>, <c>2024-03</c>, <c>2024-01..2024-08</c>, <c>2023/24</c> or <c>2024-02-15..2024-06-30</c>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid id; the message quotes it and says what was expected.</exception>
    /// <remarks>
    /// Ids are exact: ASCII digits, upper-case <c>T</c>, no white space, no other spellings of the same period. The
    /// grammar is in <c>docs/periods.md</c> and on <see cref="ReportingPeriod"/>.
    /// </remarks>
    public static ReportingPeriod Parse(string text)
    {
        Guard.Against.Null(text);
        return ParseCore(text, out var error) ?? throw new FormatException(error);
    }

    /// <summary>Tries to read a period from its text id.</summary>
    /// <param name="text">A text id (see <see cref="Parse"/>).</param>
    /// <param name="period">The period, or <see langword="null"/> when <paramref name="text"/> is not valid.</param>
    /// <returns>Whether <paramref name="text"/> was valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ReportingPeriod? period)
    {
        period = text is null ? null : ParseCore(text, out _);
        return period is not null;
    }

    /// <summary>Tries to read a period, giving the reason when the text is not a valid id.</summary>
    /// <param name="text">A text id (see <see cref="Parse"/>).</param>
    /// <param name="error">Why the text is not valid, or <see langword="null"/>.</param>
    /// <returns>The period, or <see langword="null"/>.</returns>
    internal static ReportingPeriod? ParseCore(string text, out string? error)
    {
        error = null;
        var match = IdPattern().Match(text);
        if (!match.Success)
        {
            error = $"'{text}' is not a period id; expected 2024, 2024-T1, 2024-03, 2024-01..2024-08, 2023/24 or 2024-02-15..2024-06-30.";
            return null;
        }

        int Number(string group) => int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var year = Number("y");
        if (year == 0)
        {
            // Note: checked here so that 0000-T1 is not blamed on its tertial by the factory's exception below.
            return Invalid(text, "years are 0001–9999", out error);
        }

        if (match.Groups["t"].Success)
        {
            return Valid(() => Tertial(year, Number("t")), text, "a tertial is T1, T2 or T3", out error);
        }

        if (match.Groups["m"].Success)
        {
            return Valid(() => Month(year, Number("m")), text, "a month is 01–12", out error);
        }

        if (match.Groups["ey"].Success)
        {
            var valid = Number("sm") == 1 && Number("ey") == year;
            return valid
                ? Valid(() => Interim(year, Number("em")), text, "an interim period ends in month 06, 07 or 08", out error)
                : Invalid(text, "a month span is an interim period: from January to month 06–08 of the same year", out error);
        }

        if (match.Groups["sy"].Success)
        {
            var start = match.Groups["sm2"].Success ? Number("sm2") : DefaultSchoolYearStartMonth;
            if (start == DefaultSchoolYearStartMonth && match.Groups["sm2"].Success)
            {
                return Invalid(text, "an August start is written without @08", out error);
            }

            return Number("sy") != (year + 1) % 100
                ? Invalid(text, Text($"the school year after {year} ends in {(year + 1) % 100:D2}"), out error)
                : Valid(() => SchoolYear(year, start), text, year == 9999 ? "the last school year is 9998/99" : "a school year starts in month 07–12", out error);
        }

        if (match.Groups["d1"].Success)
        {
            var first = LocalDatePattern.Iso.Parse(match.Groups["y"].Value + match.Groups["d1"].Value);
            var last = LocalDatePattern.Iso.Parse(match.Groups["d2"].Value);
            if (!first.Success || !last.Success)
            {
                return Invalid(text, "both ends must be real dates (yyyy-MM-dd)", out error);
            }

            return last.Value < first.Value
                ? Invalid(text, "the end must not be before the start", out error)
                : Valid(() => Custom(first.Value, last.Value), text, "dates are in the years 0001–9999", out error);
        }

        return Valid(() => Year(year), text, "a year is 0001–9999", out error);
    }

    private static ReportingPeriod? Valid(Func<ReportingPeriod> create, string text, string expected, out string? error)
    {
        try
        {
            error = null;
            return create();
        }
        catch (ArgumentException)
        {
            return Invalid(text, expected, out error);
        }
    }

    private static ReportingPeriod? Invalid(string text, string expected, out string? error)
    {
        error = $"'{text}' is not a valid period id: {expected}.";
        return null;
    }

    [GeneratedRegex(
        @"^(?<y>[0-9]{4})(?:-T(?<t>[0-9])|-(?<m>[0-9]{2})|-(?<sm>[0-9]{2})\.\.(?<ey>[0-9]{4})-(?<em>[0-9]{2})|/(?<sy>[0-9]{2})(?:@(?<sm2>[0-9]{2}))?|(?<d1>-[0-9]{2}-[0-9]{2})\.\.(?<d2>[0-9]{4}-[0-9]{2}-[0-9]{2}))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdPattern();
}
