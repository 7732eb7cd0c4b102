using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Styrmodell.Time;

namespace Styrmodell.Tests.Time;

public class ReportingPeriodTests
{
    public static TheoryData<string, string, string, ReportingPeriodKind> Examples => new()
    {
        { "2024", "2024-01-01", "2024-12-31", ReportingPeriodKind.Year },
        { "2024-T1", "2024-01-01", "2024-04-30", ReportingPeriodKind.Tertial },
        { "2024-T2", "2024-05-01", "2024-08-31", ReportingPeriodKind.Tertial },
        { "2024-T3", "2024-09-01", "2024-12-31", ReportingPeriodKind.Tertial },
        { "2024-02", "2024-02-01", "2024-02-29", ReportingPeriodKind.Month }, // leap year
        { "2023-02", "2023-02-01", "2023-02-28", ReportingPeriodKind.Month },
        { "2024-01..2024-08", "2024-01-01", "2024-08-31", ReportingPeriodKind.Interim },
        { "2024-01..2024-06", "2024-01-01", "2024-06-30", ReportingPeriodKind.Interim },
        { "2023/24", "2023-08-01", "2024-06-30", ReportingPeriodKind.SchoolYear },
        { "2099/00", "2099-08-01", "2100-06-30", ReportingPeriodKind.SchoolYear },
        { "2023/24@09", "2023-09-01", "2024-06-30", ReportingPeriodKind.SchoolYear },
        { "2024-02-15..2024-06-30", "2024-02-15", "2024-06-30", ReportingPeriodKind.Custom },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Parse_Examples_GiveDocumentedDatesAndIdRoundTrips(string id, string start, string end, ReportingPeriodKind kind)
    {
        var period = ReportingPeriod.Parse(id);

        Assert.Equal((kind, Date(start), Date(end)), (period.Kind, period.Start, period.End));
        Assert.Equal(id, period.Id);
    }

    [Theory]
    [InlineData("2024-T4", "a tertial is T1, T2 or T3")]
    [InlineData("2024-13", "a month is 01–12")]
    [InlineData("2024-01..2024-05", "interim period ends in month 06, 07 or 08")]
    [InlineData("2024-03..2024-08", "from January")]
    [InlineData("2024-05-01..2024-04-01", "the end must not be before the start")]
    [InlineData("2024-02-30..2024-03-01", "real dates")]
    [InlineData("2023/25", "ends in 24")]
    [InlineData("2023/24@08", "without @08")]
    [InlineData("24", "is not a period id")]
    [InlineData("", "is not a period id")]
    [InlineData("２０２４", "is not a period id")] // full-width digits are not ASCII digits
    public void Parse_BadIds_ThrowFormatExceptionSayingWhatWasExpected(string id, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(id));

        Assert.Contains($"'{id}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryParse(id, out _));
    }

    [Fact]
    public void Custom_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(new LocalDate(2024, 5, 1), new LocalDate(2024, 4, 30)));

    private static Gen<ReportingPeriod> Periods =>
        from year in Gen.Choose(1, 9998)
        from kind in Gen.Elements(Enum.GetValues<ReportingPeriodKind>())
        from a in Gen.Choose(1, 12)
        from days in Gen.Choose(0, 800)
        select kind switch
        {
            ReportingPeriodKind.Year => ReportingPeriod.Year(year),
            ReportingPeriodKind.Tertial => ReportingPeriod.Tertial(year, 1 + (a % 3)),
            ReportingPeriodKind.Month => ReportingPeriod.Month(year, a),
            ReportingPeriodKind.Interim => ReportingPeriod.Interim(year, 6 + (a % 3)),
            ReportingPeriodKind.SchoolYear => ReportingPeriod.SchoolYear(year, 7 + (a % 6)),
            _ => ReportingPeriod.Custom(new LocalDate(year, a, 1), new LocalDate(year, a, 1).PlusDays(Math.Min(days, 300))),
        };

    [Property]
    public Property Parse_Id_GivesBackTheSamePeriod() =>
        Prop.ForAll(Periods.ToArbitrary(), p => ReportingPeriod.Parse(p.Id) == p);

    [Property]
    public Property CompareTo_IsConsistentWithStartDates() =>
        Prop.ForAll(Periods.ToArbitrary(), Periods.ToArbitrary(), (p, q) =>
            (p.Start >= q.Start || p < q) && (p.CompareTo(q) == 0) == (p == q) && Math.Sign(p.CompareTo(q)) == -Math.Sign(q.CompareTo(p)));

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
