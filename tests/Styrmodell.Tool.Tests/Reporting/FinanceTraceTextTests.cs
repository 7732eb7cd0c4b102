using System.Text.RegularExpressions;
using Styrmodell.Finance;
using Styrmodell.Json;
using Styrmodell.Reporting;

namespace Styrmodell.Tool.Tests.Reporting;

/// <summary>
/// The balanskravsutredning's steps are data; their words come from Reporting in one language at a time, with the
/// same numbers in Swedish and English and amounts at the decimals the document states.
/// </summary>
public partial class FinanceTraceTextTests
{
    public static TheoryData<string> Samples => new() { "arboga", "strangnas", "vansbro", "vasteras" };

    [Fact]
    public void TheThresholdStep_CarriesItsNumbers_AndReadsInEitherLanguage()
    {
        // KL 11 kap. 14 §: the threshold is 1 % of taxes, general grants and equalisation (B) when equity including
        // pension commitments is not negative; B = 1110.5 gives 11.105.
        var year = new FinancialYear(2020, AmountUnit.Millions, 30m) { TaxRevenue = 810.5m, GeneralGrantsAndEqualisation = 300m, Equity = 25m, PensionCommitmentsOutsideBalanceSheet = 20m };
        var r = BalanceRequirementReconciliation.Compute(year);
        var step = r.Steps.Single(s => s.Key == "threshold");

        Assert.Equal(11.105m, step.Amount);
        Assert.Equal([new TraceTerm(TraceTerms.Share, 0.01m), new TraceTerm(TraceTerms.B, 1110.5m)], step.Terms);
        Assert.Equal("1 % × 1110,5 = 11,105", FinanceTraceText.Explain(step, r));
        Assert.Equal("1 % × 1110.5 = 11.105", FinanceTraceText.Explain(step, r, ReportLanguage.English));
        Assert.Equal("Gränsbelopp", FinanceTraceText.Label(step, r));
        Assert.Equal("Threshold amount", FinanceTraceText.Label(step, r, ReportLanguage.English));
        Assert.Equal(TraceFinding.NonNegativeEquity, r.Steps.Single(s => s.Key == "threshold-share").Finding);
    }

    [Fact]
    public void Amounts_PrintAtTheStatedDecimals_WhileTheTermsStayExact()
    {
        var year = new FinancialYear(2020, AmountUnit.Millions, 30m) { TaxRevenue = 810.5m, GeneralGrantsAndEqualisation = 300m, Equity = 25m, PensionCommitmentsOutsideBalanceSheet = 20m };
        var r = BalanceRequirementReconciliation.Compute(year, decimals: 1);
        var step = r.Steps.Single(s => s.Key == "threshold");

        Assert.Equal(11.105m, step.Amount);
        Assert.Equal("1 % × 1110,5 = 11,1", FinanceTraceText.Explain(step, r));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EveryStepOfEverySample_HasWordsInBothLanguages_WithTheSameNumbers(string sample)
    {
        var document = ModelJson.Read(File.ReadAllBytes(Cli.Sample(sample))).Document!;
        foreach (var year in document.Finance?.Years ?? [])
        {
            var r = document.Finance!.Reconcile(year.FiscalYear);
            foreach (var step in r.Steps)
            {
                var (sv, en) = (FinanceTraceText.Explain(step, r), FinanceTraceText.Explain(step, r, ReportLanguage.English));
                Assert.NotEqual(step.Key, FinanceTraceText.Label(step, r));
                Assert.NotEqual(step.Key, FinanceTraceText.Label(step, r, ReportLanguage.English));
                Assert.False(string.IsNullOrWhiteSpace(sv));
                Assert.Equal(Numbers(en), Numbers(sv.Replace(',', '.')));
            }
        }
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Number();

    private static List<string> Numbers(string text) => [.. Number().Matches(text).Select(m => m.Value)];
}
