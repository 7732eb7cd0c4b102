using Styrmodell.Evaluation;

namespace Styrmodell.Reporting;

/// <summary>
/// Every word the reports print, in the report's language: each phrase is written once with its Swedish and English
/// form side by side, so that neither language can lack one. Enum values get words here, never their names.
/// </summary>
internal sealed class Words
{
    private static readonly Words SwedishWords = new(true);
    private static readonly Words EnglishWords = new(false);

    private readonly bool _swedish;

    private Words(bool swedish)
    {
        _swedish = swedish;
        Numbers = swedish ? new Numbers(",", "\u202F", " %") : new Numbers(".", ",", " %");
    }

    public Numbers Numbers { get; }

    public static Words For(ReportLanguage language) => language == ReportLanguage.English ? EnglishWords : SwedishWords;

    /// <summary>The phrase in this language.</summary>
    public string T(string swedish, string english) => _swedish ? swedish : english;

    /// <summary>Gets the language these words are in.</summary>
    public ReportLanguage Language => _swedish ? ReportLanguage.Swedish : ReportLanguage.English;

    public string ScoreMethod(ScoreMethod method) => method switch
    {
        Evaluation.ScoreMethod.WithinRange => T("inom intervallet", "within range"),
        Evaluation.ScoreMethod.ExactMatch => T("exakt träff", "exact match"),
        Evaluation.ScoreMethod.TargetReached => T("målet nått", "target reached"),
        Evaluation.ScoreMethod.ShareOfTarget => T("andel av målvärdet", "share of target"),
        Evaluation.ScoreMethod.ShareOfTargetWithoutBaseline => T("andel av målvärdet (utgångsvärde saknas)", "share of target (no baseline to progress from)"),
        Evaluation.ScoreMethod.ProgressFromBaseline or Evaluation.ScoreMethod.LinearFromBaseline => T("framsteg från utgångsvärdet", "progress from baseline"),
        Evaluation.ScoreMethod.AbsoluteShortfall => T("1 − underskott ÷ tolerans", "1 − shortfall ÷ tolerance"),
        Evaluation.ScoreMethod.LinearFromBaselineUnclamped => T("framsteg från utgångsvärdet, obegränsat", "progress from baseline, unclamped"),
        Evaluation.ScoreMethod.BaselineEqualsTarget => T("utgångsvärdet är lika med målvärdet, så 0", "baseline equals target, so 0"),
        Evaluation.ScoreMethod.NoBaseline => T("utgångsvärde saknas", "no baseline to progress from"),
        _ => T("utanför talområdet", "beyond the range of numbers"),
    };

    public string Derivation(Targets.TargetDerivation derivation) => derivation switch
    {
        Targets.TargetDerivation.Linear => T("linjärt", "linearly"),
        Targets.TargetDerivation.StepAtPeriodEnd => T("med steg vid periodens slut", "stepping at the period's end"),
        Targets.TargetDerivation.HoldLast => T("från senast beslutade värde", "holding the last decided value"),
        _ => T("utan regel", "without a rule"),
    };

    public string Direction(Targets.Direction direction) => direction switch
    {
        Targets.Direction.HigherIsBetter => "≥",
        Targets.Direction.LowerIsBetter => "≤",
        Targets.Direction.Exact => "=",
        Targets.Direction.Unstated => "?",
        _ => T("inom", "within"),
    };

    public string Use(InputUse use) => use switch
    {
        InputUse.Used => T("använd", "used"),
        InputUse.Excluded => T("ej bedömd, utesluten", "not assessed, excluded"),
        InputUse.CountedAsNotMet => T("ej bedömd, räknad som ej uppfylld", "not assessed, counted as not met"),
        InputUse.Propagated => T("ej bedömd, så resultatet blir ej bedömt", "not assessed, so the result is not assessed"),
        InputUse.NotConcerned => T("ej berörd", "not concerned"),
        _ => T("ej bedömd, valfri och utelämnad", "not assessed, optional, left out"),
    };

    public string Growth(GrowthFinding finding) => finding switch
    {
        GrowthFinding.NotDirectional => T("tillväxttakt kräver en indikator där högre eller lägre är bättre", "growth rates need a higher- or lower-is-better indicator"),
        GrowthFinding.NoBaseline => T("utgångsvärde saknas: tillväxt kräver ett värde för basåret", "no baseline: growth needs a base-year value"),
        GrowthFinding.BaseYearNotBefore => T("basåret måste komma före utfallets och målvärdets år", "the base year must come before the outcome's year and the target's year"),
        GrowthFinding.ZeroWithoutSubstitute => T("bas- eller målvärdet är 0, och ingen tillväxttakt finns från eller till 0", "the base or target value is 0, from or to which no growth rate exists"),
        GrowthFinding.SignsDiffer => T("basvärde, utfall och målvärde får inte ha olika tecken", "base value, outcome and target must not differ in sign"),
        GrowthFinding.TargetEqualsBase => T("målvärdet är lika med basvärdet, så ingen tillväxt behövs att jämföra med", "the target equals the base value, so no growth is needed to compare with"),
        GrowthFinding.TargetReached => T("målet nått", "target reached"),
        _ => T("tillväxt beräknad", "growth computed"),
    };

    public string NotAssessed(NotAssessedReason reason, string year) => reason switch
    {
        NotAssessedReason.NoOutcome => T("utfall saknas", "no outcome"),
        NotAssessedReason.NoBaselineToCountAt => T("inget utgångsvärde att räkna det som", "no baseline to count it at"),
        NotAssessedReason.NoTarget => T($"inget målvärde för {year}", $"no target for {year}"),
        NotAssessedReason.NoTargetAhead => T($"inget målvärde för {year} eller senare", $"no target for {year} or later"),
        NotAssessedReason.NoBaselineForTarget => T("målvärdet är en förändring från ett utgångsvärde som saknas", "the target is a change from a baseline the indicator does not have"),
        NotAssessedReason.NoComparisonValue => T("jämförelsevärdet för målvärdet saknas", "the target's comparison value is missing"),
        NotAssessedReason.RangeTargetHasNoGrowthPath => T("ett intervallmål har ingen tillväxtbana", "a range target has no growth path"),
        NotAssessedReason.NothingFeeds => T("inget matar denna nod", "nothing feeds this node"),
        NotAssessedReason.NoAssessedKindFeeds => T("ingen nod av bedömt slag matar denna nod", "no assessed kind of node feeds this node"),
        NotAssessedReason.NoInputAssessed => T("ingen indata är bedömd", "no input is assessed"),
        NotAssessedReason.MissingInputPropagates => T("en indata är inte bedömd, och det okända förs vidare", "an input is not assessed, and unknown propagates"),
        NotAssessedReason.CoverageBelowMinimum => T("täckningen räcker inte", "the coverage is too low"),
        NotAssessedReason.WeightsSumToZero => T("de bedömda indatas vikter summerar till 0", "the assessed inputs' weights sum to 0"),
        NotAssessedReason.NoPointsAvailable => T("inga poäng tillgängliga", "no points available"),
        NotAssessedReason.ManualOnly => T("bedöms endast manuellt", "assessed manually only"),
        NotAssessedReason.NoDirection => T("indikatorn anger inte om högre eller lägre är bättre, och ingen standardriktning är vald",
            "the indicator does not say whether higher or lower is better, and no default direction is set"),
        NotAssessedReason.Deactivated => T("avaktiverad, så ej berörd", "deactivated, so not concerned"),
        NotAssessedReason.ParentNotConcerned => T("det den ingår i är ej berört, så ej berörd", "what it feeds is not concerned, so not concerned"),
        NotAssessedReason.ParentDeactivated => T("det den ingår i är avaktiverat, så ej berörd", "what it feeds is deactivated, so not concerned"),
        _ => T("ingen indata är berörd", "every input is not concerned"),
    };

    public string Grouping(SummaryGrouping grouping) => grouping switch
    {
        SummaryGrouping.Owner => T("Per ansvarig", "By owner"),
        SummaryGrouping.TargetArea => T("Per målområde (en nod som matar två områden räknas i båda)", "By target area (a node feeding two areas counts in both)"),
        _ => T("Per nivå", "By level"),
    };
}
