using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Styrmodell.Time;

namespace Styrmodell.Tests.Time;

public class ReportingPeriodTests
{
    public static TheoryData<string, string, string, ReportingPeriodKind> Examples => new()
    {
        { "2024", "2024-01-01", "2024-12-31", ReportingPeriodKind.Year },
        { "0001", "0001-01-01", "0001-12-31", ReportingPeriodKind.Year },
        { "9999", "9999-01-01", "9999-12-31", ReportingPeriodKind.Year },
        { "2024-T1", "2024-01-01", "2024-04-30", ReportingPeriodKind.Tertial },
        { "2024-T2", "2024-05-01", "2024-08-31", ReportingPeriodKind.Tertial },
        { "2024-T3", "2024-09-01", "2024-12-31", ReportingPeriodKind.Tertial },
        { "9999-T3", "9999-09-01", "9999-12-31", ReportingPeriodKind.Tertial },
        { "2024-02", "2024-02-01", "2024-02-29", ReportingPeriodKind.Month }, // leap year
        { "2023-02", "2023-02-01", "2023-02-28", ReportingPeriodKind.Month },
        { "1900-02", "1900-02-01", "1900-02-28", ReportingPeriodKind.Month }, // not a leap year (century)
        { "2000-02", "2000-02-01", "2000-02-29", ReportingPeriodKind.Month }, // leap year (400)
        { "9999-12", "9999-12-01", "9999-12-31", ReportingPeriodKind.Month },
        { "2024-01..2024-08", "2024-01-01", "2024-08-31", ReportingPeriodKind.Interim },
        { "2024-01..2024-07", "2024-01-01", "2024-07-31", ReportingPeriodKind.Interim },
        { "2024-01..2024-06", "2024-01-01", "2024-06-30", ReportingPeriodKind.Interim },
        { "2023/24", "2023-08-01", "2024-06-30", ReportingPeriodKind.SchoolYear },
        { "2099/00", "2099-08-01", "2100-06-30", ReportingPeriodKind.SchoolYear },
        { "2023/24@09", "2023-09-01", "2024-06-30", ReportingPeriodKind.SchoolYear },
        { "2023/24@07", "2023-07-01", "2024-06-30", ReportingPeriodKind.SchoolYear },
        { "9998/99", "9998-08-01", "9999-06-30", ReportingPeriodKind.SchoolYear },
        { "2024-02-15..2024-06-30", "2024-02-15", "2024-06-30", ReportingPeriodKind.Custom },
        { "2024-02-29..2024-02-29", "2024-02-29", "2024-02-29", ReportingPeriodKind.Custom },
        { "2024-01-01..2024-12-31", "2024-01-01", "2024-12-31", ReportingPeriodKind.Custom }, // not normalised to 2024
        { "2023-12-01..2025-01-31", "2023-12-01", "2025-01-31", ReportingPeriodKind.Custom },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Parse_Examples_GiveDocumentedDatesAndIdRoundTrips(string id, string start, string end, ReportingPeriodKind kind)
    {
        var period = ReportingPeriod.Parse(id);

        Assert.Equal((kind, Date(start), Date(end)), (period.Kind, period.Start, period.End));
        Assert.Equal(new DateInterval(Date(start), Date(end)), period.Interval);
        Assert.Equal(id, period.Id);
        Assert.Equal(id, period.ToString());
        Assert.True(ReportingPeriod.TryParse(id, out var again));
        Assert.Equal(period, again);
    }

    [Fact]
    public void Factories_GiveTheSamePeriodsAsTheirIds()
    {
        Assert.Equal(ReportingPeriod.Parse("2024"), ReportingPeriod.Year(2024));
        Assert.Equal(ReportingPeriod.Parse("2024-T2"), ReportingPeriod.Tertial(2024, 2));
        Assert.Equal(ReportingPeriod.Parse("2024-03"), ReportingPeriod.Month(2024, 3));
        Assert.Equal(ReportingPeriod.Parse("2024-01..2024-08"), ReportingPeriod.Interim(2024, 8));
        Assert.Equal(ReportingPeriod.Parse("2023/24"), ReportingPeriod.SchoolYear(2023));
        Assert.Equal(ReportingPeriod.Parse("2023/24@09"), ReportingPeriod.SchoolYear(2023, startMonth: 9));
        Assert.Equal(ReportingPeriod.Parse("2024-02-15..2024-06-30"), ReportingPeriod.Custom(new LocalDate(2024, 2, 15), new LocalDate(2024, 6, 30)));
    }

    [Fact]
    public void SameDates_DifferentKinds_AreDifferentPeriods()
    {
        var year = ReportingPeriod.Year(2024);
        var custom = ReportingPeriod.Custom(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

        Assert.NotEqual(year, custom);
        Assert.NotEqual(year.Id, custom.Id);
        Assert.True(year < custom); // same dates: ordered by kind
    }

    [Theory]
    [InlineData("2024-T2", "2024-04-30", false)]
    [InlineData("2024-T2", "2024-05-01", true)]
    [InlineData("2024-T2", "2024-08-31", true)]
    [InlineData("2024-T2", "2024-09-01", false)]
    [InlineData("2024-01..2024-08", "2024-08-31", true)]
    [InlineData("2024-01..2024-08", "2024-09-01", false)]
    [InlineData("2023/24", "2023-07-31", false)]
    [InlineData("2023/24", "2023-08-01", true)]
    [InlineData("2023/24", "2024-06-30", true)]
    [InlineData("2023/24", "2024-07-01", false)]
    [InlineData("2024-02", "2024-02-29", true)]
    [InlineData("2024-02", "2024-03-01", false)]
    public void Contains_Boundaries(string id, string date, bool contained) =>
        Assert.Equal(contained, ReportingPeriod.Parse(id).Contains(Date(date)));

    [Theory]
    [InlineData("2024-T4", "'2024-T4' is not a valid period id: a tertial is T1, T2 or T3.")]
    [InlineData("2024-T0", "'2024-T0' is not a valid period id: a tertial is T1, T2 or T3.")]
    [InlineData("2024-13", "'2024-13' is not a valid period id: a month is 01–12.")]
    [InlineData("2024-00", "'2024-00' is not a valid period id: a month is 01–12.")]
    [InlineData("2024-01..2024-05", "'2024-01..2024-05' is not a valid period id: an interim period ends in month 06, 07 or 08.")]
    [InlineData("2024-01..2024-12", "'2024-01..2024-12' is not a valid period id: an interim period ends in month 06, 07 or 08.")]
    [InlineData("2024-03..2024-08", "'2024-03..2024-08' is not a valid period id: a month span is an interim period: from January to month 06–08 of the same year.")]
    [InlineData("2024-01..2025-08", "'2024-01..2025-08' is not a valid period id: a month span is an interim period: from January to month 06–08 of the same year.")]
    [InlineData("2024-05-01..2024-04-01", "'2024-05-01..2024-04-01' is not a valid period id: the end must not be before the start.")]
    [InlineData("2024-02-30..2024-03-01", "'2024-02-30..2024-03-01' is not a valid period id: both ends must be real dates (yyyy-MM-dd).")]
    [InlineData("2023-02-29..2023-03-01", "'2023-02-29..2023-03-01' is not a valid period id: both ends must be real dates (yyyy-MM-dd).")]
    [InlineData("0000-12-01..2024-03-01", "'0000-12-01..2024-03-01' is not a valid period id: years are 0001–9999.")]
    [InlineData("2023/25", "'2023/25' is not a valid period id: the school year after 2023 ends in 24.")]
    [InlineData("2023/24@08", "'2023/24@08' is not a valid period id: an August start is written without @08.")]
    [InlineData("2023/24@06", "'2023/24@06' is not a valid period id: a school year starts in month 07–12.")]
    [InlineData("9999/00", "'9999/00' is not a valid period id: the last school year is 9998/99.")]
    [InlineData("0000", "'0000' is not a valid period id: years are 0001–9999.")]
    [InlineData("0000-T1", "'0000-T1' is not a valid period id: years are 0001–9999.")]
    public void Parse_InvalidIds_ThrowFormatExceptionWithExactMessage(string id, string message)
    {
        var error = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(id));

        Assert.Equal(message, error.Message);
        Assert.False(ReportingPeriod.TryParse(id, out var period));
        Assert.Null(period);
    }

    [Theory]
    [InlineData("24")]
    [InlineData("")]
    [InlineData(" 2024")]
    [InlineData("2024-t1")]
    [InlineData("2024-3")]
    [InlineData("2024-01-01")]
    [InlineData("2024-01-01..")]
    [InlineData("2024-01..08")]
    [InlineData("2023/2024")]
    [InlineData("２０２４")] // full-width digits are not ASCII digits
    public void Parse_Unrecognised_ListsTheExpectedForms(string id)
    {
        var error = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(id));

        Assert.Equal($"'{id}' is not a period id; expected 2024, 2024-T1, 2024-03, 2024-01..2024-08, 2023/24 or 2024-02-15..2024-06-30.", error.Message);
    }

    [Fact]
    public void ParseAndTryParse_Null()
    {
        Assert.Throws<ArgumentNullException>(() => ReportingPeriod.Parse(null!));
        Assert.False(ReportingPeriod.TryParse(null, out _));
    }

    [Fact]
    public void Custom_EndBeforeStart_ThrowsNamingBothDates()
    {
        var error = Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(new LocalDate(2024, 5, 1), new LocalDate(2024, 4, 30)));

        Assert.Equal("end", error.ParamName);
        Assert.StartsWith("A period's end (2024-04-30) must not be before its start (2024-05-01).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_NonIsoOrYearZero_Throws()
    {
        var julian = new LocalDate(2024, 1, 1, CalendarSystem.Julian);

        Assert.Equal("start", Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(julian, new LocalDate(2024, 6, 30))).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(new LocalDate(2024, 1, 1), julian)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(new LocalDate(0, 1, 1), new LocalDate(2024, 6, 30))).ParamName);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(10000, 1)]
    [InlineData(2024, 0)]
    [InlineData(2024, 4)]
    public void Tertial_OutOfRange_Throws(int year, int tertial) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Tertial(year, tertial));

    [Theory]
    [InlineData(2024, 5)]
    [InlineData(2024, 9)]
    public void Interim_FewerThanSixOrMoreThanEightMonths_Throws(int year, int lastMonth) =>
        Assert.Equal("lastMonth", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Interim(year, lastMonth)).ParamName);

    [Theory]
    [InlineData(9999, 8)]
    [InlineData(2023, 6)]
    [InlineData(2023, 13)]
    public void SchoolYear_OutOfRange_Throws(int year, int startMonth) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.SchoolYear(year, startMonth));

    // Years lean on the edges, where end-of-range arithmetic breaks; custom periods start on any day 0001–9999.
    private static Gen<int> Years => Gen.OneOf(Gen.Choose(1, 9999), Gen.Elements(1, 2, 2024, 9998, 9999));

    private static readonly LocalDate First = new(1, 1, 1);
    private static readonly LocalDate Last = new(9999, 12, 31);

    private static Gen<ReportingPeriod> CustomPeriods =>
        from offset in Gen.OneOf(Gen.Choose(0, 3_652_058), Gen.Elements(0, 3_652_058))
        from length in Gen.OneOf(Gen.Choose(0, 40), Gen.Choose(0, 1_000))
        let start = First.PlusDays(offset)
        select ReportingPeriod.Custom(start, Period.DaysBetween(start, Last) < length ? Last : start.PlusDays(length));

    private static Gen<ReportingPeriod> Periods =>
        from year in Years
        from kind in Gen.Elements(Enum.GetValues<ReportingPeriodKind>())
        from a in Gen.Choose(1, 12)
        from custom in CustomPeriods
        select kind switch
        {
            ReportingPeriodKind.Year => ReportingPeriod.Year(year),
            ReportingPeriodKind.Tertial => ReportingPeriod.Tertial(year, 1 + (a % 3)),
            ReportingPeriodKind.Month => ReportingPeriod.Month(year, a),
            ReportingPeriodKind.Interim => ReportingPeriod.Interim(year, 6 + (a % 3)),
            ReportingPeriodKind.SchoolYear => ReportingPeriod.SchoolYear(Math.Min(year, 9998), 7 + (a % 6)),
            _ => custom,
        };

    [Property(MaxTest = 1000)]
    public Property Parse_Id_GivesBackTheSamePeriod() =>
        Prop.ForAll(Periods.ToArbitrary(), p => ReportingPeriod.Parse(p.Id) == p);

    [Property]
    public Property Id_IsSharedOnlyByEqualPeriods() =>
        Prop.ForAll(Periods.ToArbitrary(), Periods.ToArbitrary(), (p, q) =>
            (p.Id == q.Id) == (p == q) && (p == q) == (p.GetHashCode() == q.GetHashCode() && p.Equals(q)));

    [Property]
    public Property Contains_IsExactlyStartToEnd() =>
        Prop.ForAll(Periods.ToArbitrary(), p =>
            p.Contains(p.Start) && p.Contains(p.End)
            && (p.Start == First || !p.Contains(p.Start.PlusDays(-1)))
            && (p.End == Last || !p.Contains(p.End.PlusDays(1))));

    [Property]
    public Property CompareTo_IsATotalOrderConsistentWithEqualityAndDates() =>
        Prop.ForAll(Periods.ToArbitrary(), Periods.ToArbitrary(), Periods.ToArbitrary(), (p, q, r) =>
            (p.CompareTo(q) == 0) == (p == q)
            && Math.Sign(p.CompareTo(q)) == -Math.Sign(q.CompareTo(p))
            && (p.Start >= q.Start || p < q)
            && (!(p <= q && q <= r) || p <= r)
            && (p > q) == (q < p) && (p >= q) == (q <= p)
            && p.CompareTo(null) > 0);

    [Property]
    public Property Sort_OrdersByStartThenEnd() =>
        Prop.ForAll(Periods.ListOf().ToArbitrary(), list =>
        {
            var sorted = list.Order().ToList();
            return sorted.Zip(sorted.Skip(1)).All(pair =>
                pair.First.Start < pair.Second.Start
                || (pair.First.Start == pair.Second.Start && pair.First.End <= pair.Second.End));
        });

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
