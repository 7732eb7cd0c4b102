namespace Styrmodell.Reporting;

/// <summary>
/// English names of the balanskravsutredning's lines, by their stable keys (Finance/TraceStep.Key). The Swedish
/// labels come with the steps; a key not listed here keeps its Swedish label, which is the legal term.
/// </summary>
internal static class FinanceLabels
{
    public static string English(string key, string swedish) => key switch
    {
        "rule-set" => "Rule set",
        "result" => "The year's result in the income statement",
        "realisation-gains" => "All realisation gains",
        "exempted-gains" => "Realisation gains under the exemption",
        "exempted-losses" => "Realisation losses under the exemption",
        "unrealised-securities" => "Unrealised gains and losses in securities",
        "unrealised-securities-reversal" => "Reversal of unrealised gains and losses in securities",
        "result-after-adjustments" => "The year's result after balance-requirement adjustments",
        "reservation-basis" => "Basis for a reservation",
        "reserve-ceiling" => "The reserve's ceiling",
        "reserve-room" => "Room under the ceiling",
        "threshold" => "Threshold amount",
        "threshold-share" => "Threshold as a share of taxes, general grants and equalisation",
        "maximum-reservation" => "Largest reservation allowed",
        "use-basis" => "Deficit after balance-requirement adjustments",
        "maximum-use" => "Largest use allowed",
        "reservation" => "Reservation to the reserve",
        "use" => "Use of the reserve",
        "balance-requirement-result" => "The year's balance-requirement result",
        "law-reservation" => "Reservation against the law",
        "law-use" => "Use against the law",
        "guideline-ceiling" => "The reserve's size against the municipality's guidelines",
        "guideline-reservation" => "Reservation against the municipality's guidelines",
        "guideline-use" => "Use against the municipality's guidelines",
        _ => swedish,
    };
}
