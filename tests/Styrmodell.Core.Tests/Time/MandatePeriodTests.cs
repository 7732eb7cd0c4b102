using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Styrmodell.Time;

namespace Styrmodell.Tests.Time;

public class MandatePeriodTests
{
    [Theory]
    [InlineData(2018, "2018-09-09")]
    [InlineData(2022, "2022-09-11")]
    [InlineData(2026, "2026-09-13")]
    [InlineData(2030, "2030-09-08")]
    [InlineData(2014, "2014-09-14")] // the first election on the second Sunday
    [InlineData(2010, "2010-09-19")] // third Sunday, as elections were held up to 2010
    [InlineData(1994, "1994-09-18")]
    public void ElectionDay_KnownElections_MatchesPublishedDate(int year, string date) =>
        Assert.Equal(Date(date), MandatePeriod.ForElectionYear(year).ElectionDay);

    [Fact]
    public void ElectionDay_EveryElection1994To2098_IsTheRulesSunday()
    {
        for (var year = 1994; year <= 2098; year += 4)
        {
            // Walk September's days independently: count Sundays until the second (third before 2014).
            var wanted = year >= 2014 ? 2 : 3;
            var day = new LocalDate(year, 9, 1);
            var sundays = day.DayOfWeek == IsoDayOfWeek.Sunday ? 1 : 0;
            while (sundays < wanted)
            {
                day = day.PlusDays(1);
                sundays += day.DayOfWeek == IsoDayOfWeek.Sunday ? 1 : 0;
            }

            var period = MandatePeriod.ForElectionYear(year);
            Assert.Equal(day, period.ElectionDay);
            Assert.Equal(new LocalDate(year, 10, 15), period.CouncilTermStart);
            Assert.Equal(new LocalDate(year + 4, 10, 14), period.CouncilTermEnd);
            Assert.Equal(new LocalDate(year + 1, 1, 1), period.CommitteeTermStart);
            Assert.Equal([year + 1, year + 2, year + 3, year + 4], period.BudgetYears);
            Assert.True(MandatePeriod.IsElectionYear(year));
            Assert.False(MandatePeriod.IsElectionYear(year + 2));
        }
    }

    [Fact]
    public void Period2022_HasBudgetYears2023To2026()
    {
        var period = MandatePeriod.ForElectionYear(2022);

        Assert.Equal("2023-2026", period.Id);
        Assert.Equal("2023-2026", period.ToString());
        Assert.Equal((2023, 2026), (period.FirstBudgetYear, period.LastBudgetYear));
        Assert.Equal(period, MandatePeriod.ForBudgetYear(2026));
        Assert.Equal(period, MandatePeriod.ForBudgetYear(2023));
        Assert.Equal(MandatePeriod.ForElectionYear(2018), MandatePeriod.ForBudgetYear(2022));
        Assert.True(period.IsBudgetYear(2024));
        Assert.False(period.IsBudgetYear(2022));
        Assert.Equal(new DateInterval(new LocalDate(2022, 10, 15), new LocalDate(2026, 10, 14)), period.CouncilTerm);
    }

    [Theory]
    [InlineData("2022-10-14", 2018)] // the outgoing council's last day
    [InlineData("2022-10-15", 2022)]
    [InlineData("2022-12-31", 2022)]
    [InlineData("2026-10-14", 2022)]
    [InlineData("2026-10-15", 2026)]
    [InlineData("1994-10-15", 1994)]
    [InlineData("9998-10-14", 9994)]
    public void Containing_Dates_GivesThePeriodWhoseCouncilSits(string date, int electionYear)
    {
        var period = MandatePeriod.Containing(Date(date));

        Assert.Equal(electionYear, period.ElectionYear);
        Assert.True(period.Contains(Date(date)));
    }

    [Theory]
    [InlineData("1994-10-14")]
    [InlineData("1990-01-01")]
    [InlineData("9998-10-15")]
    public void Containing_DateOutsideSupportedTerms_ThrowsNamingDate(string date)
    {
        var error = Assert.Throws<ArgumentException>(() => MandatePeriod.Containing(Date(date)));

        Assert.Equal("date", error.ParamName);
        Assert.Contains("1994-10-15 to 9998-10-14", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(1990)]
    [InlineData(9998)]
    [InlineData(0)]
    public void ForElectionYear_NotAnElectionYear_Throws(int year)
    {
        var error = Assert.Throws<ArgumentException>(() => MandatePeriod.ForElectionYear(year));

        Assert.Equal("electionYear", error.ParamName);
        Assert.Contains(year.ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1994)]
    [InlineData(9999)]
    public void ForBudgetYear_OutsideRange_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MandatePeriod.ForBudgetYear(year));

    [Theory]
    [InlineData("2023-2026", 2022)]
    [InlineData("1995-1998", 1994)]
    [InlineData("9995-9998", 9994)]
    public void Parse_ValidIds_GivesThePeriod(string id, int electionYear)
    {
        Assert.Equal(MandatePeriod.ForElectionYear(electionYear), MandatePeriod.Parse(id));
        Assert.True(MandatePeriod.TryParse(id, out var period));
        Assert.Equal(electionYear, period.ElectionYear);
    }

    [Theory]
    [InlineData("2023-2025", "ends in 2026")]
    [InlineData("2024-2027", "follows an election year")]
    [InlineData("1991-1994", "follows an election year")]
    [InlineData("2023–2026", "expected the four budget years as yyyy-yyyy")] // en dash
    [InlineData("2023", "expected the four budget years as yyyy-yyyy")]
    [InlineData(" 2023-2026", "expected the four budget years as yyyy-yyyy")]
    [InlineData("+023-2026", "expected the four budget years as yyyy-yyyy")]
    public void Parse_BadIds_ThrowFormatExceptionSayingWhatWasExpected(string id, string expected)
    {
        var error = Assert.Throws<FormatException>(() => MandatePeriod.Parse(id));

        Assert.Contains($"'{id}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(MandatePeriod.TryParse(id, out var period));
        Assert.Equal(default, period);
    }

    private static Gen<MandatePeriod> Periods =>
        Gen.Choose(0, (9994 - 1994) / 4).Select(n => MandatePeriod.ForElectionYear(1994 + (4 * n)));

    [Property]
    public Property Parse_Id_GivesBackTheSamePeriod() =>
        Prop.ForAll(Periods.ToArbitrary(), p => MandatePeriod.Parse(p.Id) == p);

    [Property]
    public Property Order_FollowsElectionYearAndCouncilTerms() =>
        Prop.ForAll(Periods.ToArbitrary(), Periods.ToArbitrary(), (p, q) =>
            Math.Sign(p.CompareTo(q)) == Math.Sign(p.ElectionYear - q.ElectionYear)
            && (p < q) == (p.CouncilTermEnd < q.CouncilTermStart)
            && MandatePeriod.Containing(p.CouncilTermEnd) == p
            && MandatePeriod.ForBudgetYear(p.LastBudgetYear) == p);

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
