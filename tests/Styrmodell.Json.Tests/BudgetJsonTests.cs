using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Styrmodell.Budget;
using Styrmodell.Exchange;
using Styrmodell.Finance;
using Styrmodell.Sources;
using Styrmodell.Time;
using Styrmodell.Validation;

namespace Styrmodell.Json.Tests;

/// <summary>The "budget" section (format 1.3): random valid budgets round-trip; every problem is reported at its JSON path.</summary>
public class BudgetJsonTests
{
    private static BudgetRecord RandomBudget(int seed, int size)
    {
        var random = new Random(seed);
        bool Coin() => random.Next(2) == 0;
        decimal Amount() => new decimal(random.Next(0, 1_000_000), 0, 0, false, (byte)random.Next(0, 3));
        Provenance? Origin() => random.Next(3) switch { 0 => null, 1 => Provenance.Illustrative, _ => new Provenance { Source = "KF 2023-11-27 § 180" } };
        var unit = (AmountUnit)random.Next(3);
        var frames = new List<BudgetFrame>();
        for (var t = 0; t < size; t++)
        {
            var kind = (FrameKind)random.Next(3);
            var owner = new[] { "ks", "bun" }[random.Next(2)];
            var parts = Enumerable.Range(0, random.Next(3)).Select(_ => Amount()).ToList();
            var id = $"f{t}";
            frames.Add(new BudgetFrame(id, kind, owner, 2024, parts.Count == 0 ? Amount() : parts.Sum(), unit)
            {
                Title = Coin() ? null : "Ram " + t, Provenance = Origin(),
                Income = kind == FrameKind.Investment && Coin() ? Amount() : null, OperatingCostChange = kind == FrameKind.Investment && Coin() ? Amount() : null,
                StartYear = kind == FrameKind.Investment && Coin() ? 2023 : null, EndYear = kind == FrameKind.Investment && Coin() ? 2025 : null,
            });
            frames.AddRange(parts.Select((a, p) => new BudgetFrame($"{id}-{p}", kind, Coin() ? owner : "skola", 2024, a, unit) { ParentId = id }));
        }

        var ids = frames.Select(f => f.Id).ToList();
        // A revision may lower a frame, never below zero (negative-frame): each cut is at most what the frame has left.
        var left = frames.ToDictionary(f => f.Id, f => f.Amount, StringComparer.Ordinal);
        FrameChange Change(int k)
        {
            var id = ids[random.Next(ids.Count)];
            var delta = Coin() ? Amount() : -Math.Min(Amount(), left[id]);
            left[id] += delta;
            return new FrameChange(id, delta, "kf", new LocalDate(2024, 6, 1 + k)) { Reference = Coin() ? null : "KF § 9", Provenance = Origin() };
        }

        return new BudgetRecord
        {
            Decision = Coin() ? null : new BudgetDecision("kf", new LocalDate(2023, 11, 27), 2024, random.Next(3)) { Reference = Coin() ? null : "KF § 180", Provenance = Origin() },
            Threshold = Coin() ? DeviationThreshold.AnyDeficit : new DeviationThreshold(Coin() ? null : 1 + Amount(), Coin() ? null : 0.005m),
            Frames = [.. frames],
            Changes = [.. Enumerable.Range(0, random.Next(3)).Select(Change)],
            Outcomes = [.. ids.Where(_ => Coin()).Select(id => new BudgetOutcome(id, ReportingPeriod.Month(2024, 1 + random.Next(12)), Amount() - 100) { Provenance = Origin() })],
            Forecasts = [.. ids.Where(_ => Coin()).Select(id => new BudgetForecast(id, Coin() ? ReportingPeriod.Tertial(2024, 1) : ReportingPeriod.Interim(2024, 8), 3, Amount()) { Provenance = Origin() })],
        };
    }

    private static Arbitrary<(int Seed, int Size)> Sizes =>
        (from seed in Gen.Choose(0, int.MaxValue) from size in Gen.Choose(1, 6) select (seed, size)).ToArbitrary();

    [Property(MaxTest = 100)]
    public Property RandomBudget_RoundTripsToAnEqualDocumentAndTheSameBytes() =>
        Prop.ForAll(Sizes, x =>
        {
            var document = new ExchangeDocumentBuilder(FollowUpJsonFixture.Base()).WithBudget(RandomBudget(x.Seed, x.Size)).Build();
            var bytes = ModelJson.ToUtf8Bytes(document);
            var read = ModelJson.Read(bytes).Document;
            return document.Equals(read) && bytes.AsSpan().SequenceEqual(ModelJson.ToUtf8Bytes(read!));
        });

    [Fact]
    public void DocumentWithBudget_IsVersion13_AndValidUnderTheSchema()
    {
        var document = new ExchangeDocumentBuilder(FollowUpJsonFixture.Base()).WithBudget(RandomBudget(7, 4)).Build();
        var json = Encoding.UTF8.GetString(ModelJson.ToUtf8Bytes(document));

        Assert.Equal("1.3", (string?)JsonNode.Parse(json)!["formatVersion"]);
        Assert.True(global::Json.Schema.JsonSchema.FromText(ModelJson.Schema).Evaluate(JsonNode.Parse(json)).IsValid);
    }

    private static string Document(string budget) => $$"""
        {"formatVersion":"1.3","municipality":{"name":"Testby kommun","code":"0001"},
         "units":[{"id":"kf","name":"KF","kind":"KF"},{"id":"ks","name":"KS","kind":"KS","parent":"kf"},{"id":"bun","name":"BUN","kind":"nämnd","parent":"kf"}],
         "budget":{{budget}}}
        """;

    [Fact]
    public void ModelProblems_AreReportedAtTheirJsonPaths_AllAtOnce()
    {
        var json = Document("""
            {"amountUnit":"thousands","threshold":{"amount":-1},
             "frames":[{"id":"bun","kind":"drift","unit":"bun","year":2024,"amount":100},
                       {"id":"bun-a","kind":"drift","unit":"bun","year":2024,"amount":60,"parent":"bun"},
                       {"id":"bun-b","kind":"drift","unit":"bun","year":2024,"amount":30,"parent":"bun"},
                       {"id":"ks","kind":"drift","unit":"ghost","year":2024,"amount":-5}],
             "reallocations":[{"id":"omf","from":"bun-a","to":"ks","amount":1,"decidedBy":"ks","date":"2024-03-01","within":"bun"}],
             "forecasts":[{"frame":"bun","point":"2025-T1","fromMonth":3,"amount":1}]}
            """);

        var problems = ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems.Select(p => (p.Path, p.Code)).ToHashSet();

        Assert.Superset(new HashSet<(string, string)>
        {
            ("$.budget.threshold.amount", ProblemCodes.InvalidSetting),
            ("$.budget.frames[0].amount", ProblemCodes.DistributionMismatch),
            ("$.budget.frames[3].unit", ProblemCodes.DanglingReference),
            ("$.budget.frames[3].amount", ProblemCodes.NegativeFrame),
            ("$.budget.reallocations[0].within", ProblemCodes.ReallocationChangesTotal),
            ("$.budget.forecasts[0].point", ProblemCodes.OutsideFrameYear),
        }, problems);
    }

    [Fact]
    public void ValueProblems_AreReportedAtTheirJsonPaths()
    {
        var json = Document("""
            {"amountUnit":"kilos",
             "frames":[{"id":"bun","kind":"running","unit":"bun","year":2024,"amount":100}],
             "outcomes":[{"frame":"bun","period":"2024-T4","amount":1}],
             "changes":[{"frame":"bun","amount":1,"decidedBy":"kf","date":"2024-02-30"}]}
            """);

        var paths = ModelJson.Read(Encoding.UTF8.GetBytes(json)).Problems.Select(p => p.Path).ToHashSet();

        Assert.Superset(new HashSet<string> { "$.budget.amountUnit", "$.budget.frames[0].kind", "$.budget.outcomes[0].period", "$.budget.changes[0].date" }, paths);
    }

    [Fact]
    public void AmountBeyondDecimalsRange_IsAProblemAtItsPath()
    {
        var json = Document("""{"amountUnit":"thousands","frames":[{"id":"bun","kind":"drift","unit":"bun","year":2024,"amount":1e40}]}""");

        var result = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Path.StartsWith("$.budget.frames[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void BudgetConditions_OfTheFinanceRule_RoundTrip()
    {
        var finances = new MunicipalFinances(AmountUnit.Millions, [new FinancialYear(2024, AmountUnit.Millions, 10) { TaxRevenue = 800, GeneralGrantsAndEqualisation = 200 }])
        {
            Rule = new GoodFinancialManagementRule
            {
                BudgetConditions =
                [
                    new BudgetCondition("alla nämnder inom ram", BudgetConditionKind.AllCommitteesWithinFrame),
                    new BudgetCondition("nettokostnadsavvikelse", BudgetConditionKind.NetCostDeviationAtLeast) { MaximumDeficitShare = 0.005m },
                ],
            },
        };
        var document = new ExchangeDocumentBuilder(FollowUpJsonFixture.Base()).WithFinance(finances).Build();
        var bytes = ModelJson.ToUtf8Bytes(document);

        Assert.Equal(document, ModelJson.Read(bytes).Document);
        Assert.Equal("1.3", (string?)JsonNode.Parse(bytes)!["formatVersion"]);
        Assert.Contains("\"kind\":\"netCostDeviationAtLeast\",\"maximumDeficitShare\":0.005", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
