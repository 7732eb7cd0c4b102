using NodaTime;
using Styrmodell.Time;

namespace Styrmodell.Tests.Time;

public class MandatePeriodTests
{
    [Theory]
    [InlineData(2018, "2018-09-09")]
    [InlineData(2022, "2022-09-11")]
    [InlineData(2026, "2026-09-13")]
    [InlineData(2030, "2030-09-08")]
    [InlineData(2010, "2010-09-19")] // third Sunday, as elections were held up to 2010
    [InlineData(1994, "1994-09-18")]
    public void ElectionDay_KnownElections_MatchesPublishedDate(int year, string date) =>
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value, MandatePeriod.ForElectionYear(year).ElectionDay);

    [Fact]
    public void ElectionDay_EveryElection1994To2098_IsTheRulesSunday()
    {
        for (var year = 1994; year <= 2098; year += 4)
        {
            // Walk September's days independently: count Sundays until the second (third before 2014).
            var wanted = year >= 2014 ? 2 : 3;
            var day = new LocalDate(year, 9, 1);
            var sundays = 0;
            while (true)
            {
                if (day.DayOfWeek == IsoDayOfWeek.Sunday && ++sundays == wanted)
                {
                    break;
                }

                day = day.PlusDays(1);
            }

            var period = MandatePeriod.ForElectionYear(year);
            Assert.Equal(day, period.ElectionDay);
            Assert.Equal(new LocalDate(year, 10, 15), period.CouncilTermStart);
            Assert.Equal(new LocalDate(year + 1, 1, 1), period.CommitteeTermStart);
            Assert.Equal([year + 1, year + 2, year + 3, year + 4], period.BudgetYears);
        }
    }

    [Fact]
    public void Period2022_HasBudgetYears2023To2026()
    {
        var period = MandatePeriod.ForElectionYear(2022);

        Assert.Equal("2023-2026", period.Id);
        Assert.Equal(period, MandatePeriod.ForBudgetYear(2026));
        Assert.Equal(period, MandatePeriod.ForBudgetYear(2023));
        Assert.Equal(MandatePeriod.ForElectionYear(2018), MandatePeriod.Containing(new LocalDate(2022, 10, 14)));
        Assert.Equal(period, MandatePeriod.Containing(new LocalDate(2022, 10, 15)));
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(1990)]
    public void ForElectionYear_NotAnElectionYear_Throws(int year)
    {
        var error = Assert.Throws<ArgumentException>(() => MandatePeriod.ForElectionYear(year));

        Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }
}
