using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.Collections;
using Styrmodell.FollowUp;
using Styrmodell.Time;

namespace Styrmodell.Tests.FollowUp;

/// <summary>Which report applies does not depend on the order reports were given in, and never looks past the as-of date.</summary>
public class ProgressReportsProperties
{
    private static readonly ReportingPeriod[] Periods =
        [ReportingPeriod.Tertial(2024, 1), ReportingPeriod.Interim(2024, 8), ReportingPeriod.Year(2024), ReportingPeriod.SchoolYear(2023), ReportingPeriod.Year(2025)];

    private static Arbitrary<ProgressReport[]> Reports =>
        (from period in Gen.Elements(Periods)
         from day in Gen.Choose(0, 700)
         from status in Gen.Elements(Enum.GetValues<WorkStatus>())
         select new ProgressReport(period, new LocalDate(2024, 1, 1).PlusDays(day), status))
        .ArrayOf()
        .Select(r => r.DistinctBy(x => (x.Period, x.Date)).ToArray()) // valid models have no such duplicates
        .ToArbitrary();

    private static Arbitrary<LocalDate> Dates => Gen.Choose(0, 800).Select(d => new LocalDate(2024, 1, 1).PlusDays(d)).ToArbitrary();

    [Property]
    public Property Latest_DoesNotDependOnOrder_AndIsWrittenByTheDate() =>
        Prop.ForAll(Reports, Dates, (reports, asOf) =>
        {
            var latest = ProgressReports.Latest([.. reports], asOf);
            var reversed = ProgressReports.Latest([.. reports.Reverse()], asOf);
            return latest == reversed && (latest is null ? reports.All(r => r.Date > asOf) : latest.Date <= asOf);
        });

    [Property]
    public Property AtEndOf_IsAReportEndingInsideThePeriod_AndTheLatestSuch() =>
        Prop.ForAll(Reports, Dates, (reports, asOf) =>
        {
            var year = ReportingPeriod.Year(2024);
            var found = ProgressReports.AtEndOf([.. reports], year, asOf);
            var candidates = reports.Where(r => r.Date <= asOf && year.Contains(r.Period.End)).ToArray();
            return found is null
                ? candidates.Length == 0
                : candidates.Contains(found) && candidates.All(c => c.Period.End <= found.Period.End);
        });
}
