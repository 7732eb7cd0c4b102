using Ardalis.GuardClauses;
using Styrmodell.Evaluation;
using Styrmodell.Targets;

namespace Styrmodell.Reporting;

/// <summary>
/// Turns a node's <see cref="Explanation"/> into one line of words in one language, with the category and status
/// labels the document defines and numbers rounded by its rounding rule, e.g.
/// <c>utfall 64,9 för 2024, källa Kolada N00090; målvärde ≥ 85 för 2024 (KF 2021-09-27, § 12); andel av målvärdet = 76 %, 20,1 kvar till målet</c>.
/// </summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class ExplanationText
{
    /// <summary>Renders a node's explanation as one line.</summary>
    /// <param name="result">The node's result.</param>
    /// <param name="scale">The scale whose labels name categories.</param>
    /// <param name="rounding">The rounding rule for derived numbers and scores.</param>
    /// <param name="language">The language.</param>
    /// <returns>The line; parts are separated by <c>; </c>.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public static string Render(NodeResult result, AssessmentScale scale, Rounding rounding, ReportLanguage language = ReportLanguage.Swedish)
    {
        Guard.Against.Null(result);
        Guard.Against.Null(scale);
        Guard.Against.Null(rounding);
        return string.Join("; ", Parts(result, scale, rounding, language));
    }

    /// <summary>The explanation's parts, one per input left out and per step that says something; the HTML report lists them.</summary>
    internal static IReadOnlyList<string> Parts(NodeResult result, AssessmentScale scale, Rounding rounding, ReportLanguage language)
    {
        var writer = new StepWriter(Words.For(language), scale, rounding);
        var parts = new List<string>();
        foreach (var input in result.Explanation.Inputs)
        {
            if (input.Use != InputUse.Used)
            {
                parts.Add(input.NodeId + " " + writer.Words.Use(input.Use));
            }
            else if (input.Points is { } points)
            {
                parts.Add(writer.Origin(input, points)); // a mapped origin: its points, the mapping's weight and its score
            }
        }

        foreach (var step in result.Explanation.Steps)
        {
            if (writer.Write(step) is { Length: > 0 } part)
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    /// <summary>The words for one step; keeps the period seen so that later steps can name its year.</summary>
    private sealed class StepWriter(Words words, AssessmentScale scale, Rounding rounding)
    {
        private string _year = "";
        private bool _forecastOutcome;

        public Words Words { get; } = words;

        private Numbers N => Words.Numbers;

        public string Write(ExplanationStep step) => step switch
        {
            OutcomeStep s => Outcome(s),
            FormulaStep s => Formula(s),
            CountedAtBaselineStep s => Words.T($"räknat som utgångsvärdet {N.Exact(s.Value)} ({s.Period.Id})", $"counted at its baseline {N.Exact(s.Value)} ({s.Period.Id})"),
            TargetStep s => Target(s),
            ScoreStep s => Score(s),
            GrowthStep s => Growth(s),
            RuleStep s => Rule(s),
            MissingDataStep s => Words.T("täckning ", "coverage ") + Percent(s.Coverage)
                + (s.Coverage < s.MinimumCoverage ? Words.T(" under lägsta ", " below the minimum ") + Percent(s.MinimumCoverage) : ""),
            NotAssessedStep { Reason: NotAssessedReason.NoOutcome } => "", // the outcome step already says what is missing
            NotAssessedStep s => Words.NotAssessed(s.Reason, _year),
            ForecastStep => _forecastOutcome ? "" : Words.T("prognos", "forecast"), // said once, with the outcome when it is one
            ManualAssessmentStep s => Manual(s),
            StatusStep s => Status(s),
            EmptyRollUpStep => Words.T("inget matar noden, vilket räknas som 0 %", "nothing feeds the node, which counts as 0 %"),
            _ => "",
        };

        private string Percent(double share) => N.Percent(share, rounding);

        private string Signed(double share) => (share > 0 ? "+" : "") + Percent(share);

        private string Label(string categoryId) =>
            scale.IndexOf(categoryId) is var i and >= 0 ? scale.Categories[i].Label : scale.NotAssessed.Label;

        private string Outcome(OutcomeStep s)
        {
            _year = N.Count(s.Period.End.Year);
            _forecastOutcome = s.IsForecast;
            var period = s.Period.Id;
            var source = s.Source is null ? "" : Words.T(", källa ", ", source ") + s.Source;
            var preliminary = s.Status == OutcomeStatus.Preliminary ? Words.T(", preliminärt", ", preliminary") : "";
            var dropped = s.Dropped == 0 ? "" : Words.T($" ({N.Count(s.Dropped)} utan värde borttagna)", $" ({N.Count(s.Dropped)} without a value dropped)");
            var drafts = s.DraftsLeftOut == 0 ? "" : Words.T($", {N.Count(s.DraftsLeftOut)} utkast ej godkända och utelämnade", $", {N.Count(s.DraftsLeftOut)} unapproved drafts left out");
            var ratio = s.Numerator is { } num && s.Denominator is { } den ? $"{N.Exact(num)}/{N.Exact(den)}" : "";
            var exact = s.Value is { } v ? N.Exact(v) : "–";
            var rounded = s.Value is { } w ? N.Rounded(w, rounding) : "–";
            return s.Finding switch
            {
                OutcomeFinding.Measured when ratio.Length > 0 =>
                    Words.T($"utfall {ratio} = {rounded} för {period}", $"outcome {ratio} = {rounded} for {period}") + preliminary + source,
                OutcomeFinding.Measured => Words.T($"utfall {exact} för {period}", $"outcome {exact} for {period}") + preliminary + source,
                OutcomeFinding.Forecast => Words.T($"prognos {rounded} för {period}", $"forecast {rounded} for {period}") + source,
                OutcomeFinding.Summed => Words.T(
                    $"utfall {exact} för {period}, summerat ur {N.Count(s.Parts)} utfall{dropped}", $"outcome {exact} for {period}, summed from {N.Count(s.Parts)} outcomes{dropped}") + source,
                OutcomeFinding.Pooled => Words.T(
                    $"utfall {ratio} = {rounded} för {period}, summerat ur {N.Count(s.Parts)} utfalls täljare och nämnare{dropped}",
                    $"outcome {ratio} = {rounded} for {period}, summed from {N.Count(s.Parts)} outcomes' numerators and denominators{dropped}") + source,
                OutcomeFinding.PooledZeroCountedAsZero => Words.T(
                    $"utfall 0 för {period}: den sammanlagda nämnaren för {N.Count(s.Parts)} utfall{dropped} är 0, vilket räknas som 0",
                    $"outcome 0 for {period}: the pooled denominator of {N.Count(s.Parts)} outcomes{dropped} is 0, which counts as 0") + source,
                OutcomeFinding.PooledZeroDenominator => Words.T(
                    $"utfall saknas för {period}: den sammanlagda nämnaren för {N.Count(s.Parts)} utfall{dropped} är 0",
                    $"outcome missing for {period}: the pooled denominator of {N.Count(s.Parts)} outcomes{dropped} is 0") + source,
                OutcomeFinding.LatestYearWithData => Words.T($"senaste utfall med värde {exact} för {period}", $"latest outcome with a value {exact} for {period}") + preliminary + source,
                OutcomeFinding.ZeroDenominator => Words.T($"utfall saknas för {period}: nämnaren i {ratio} är 0", $"outcome missing for {period}: the denominator of {ratio} is 0") + source,
                OutcomeFinding.ZeroDenominatorCountedAsZero => Words.T($"utfall 0 för {period}: nämnaren i {ratio} är 0, vilket räknas som 0", $"outcome 0 for {period}: the denominator of {ratio} is 0, which counts as 0") + source,
                OutcomeFinding.ReportedWithoutValue => Words.T($"utfall saknas för {period} (rapporterat utan värde)", $"outcome missing for {period} (reported as no outcome)") + source,
                OutcomeFinding.SeveralRatioOutcomes => Words.T(
                    $"utfall saknas för {period}: {N.Count(s.Parts + s.Dropped)} utfall inom perioden där bara ett är tillåtet",
                    $"outcome missing for {period}: {N.Count(s.Parts + s.Dropped)} outcomes within the period where only one is allowed") + drafts + source,
                _ => Words.T($"utfall saknas för {period}", $"outcome missing for {period}") + source,
            } + (s.Finding == OutcomeFinding.SeveralRatioOutcomes ? "" : drafts) + Contributors(s) + Disaggregations(s);
        }

        // Akvo RSR's parent period: its children's outcomes added to its own (or in its place).
        private string Contributors(OutcomeStep s) => s.Contributors == 0 ? ""
            : Words.T($", med {N.Count(s.Contributors)} bidragande indikatorers utfall", $", with {N.Count(s.Contributors)} contributing indicators' outcomes");

        // Akvo RSR's period disaggregations: per value the sums, no percentage of its own; labels are the document's.
        private string Disaggregations(OutcomeStep s)
        {
            if (s.Disaggregations.IsEmpty)
            {
                return "";
            }

            var parts = s.Disaggregations.Select(d =>
            {
                var sums = d.Numerator is { } num && d.Denominator is { } den ? $"{N.Exact(num)}/{N.Exact(den)}"
                    : d.Value is { } v ? N.Exact(v) : Words.T("inget utfall", "no outcome");
                var counted = d.Parts == 0 ? ""
                    : Words.T($" ur {N.Count(d.Parts)} utfall", d.Parts == 1 ? " from 1 outcome" : $" from {N.Count(d.Parts)} outcomes");
                var drafts = d.DraftsLeftOut == 0 ? ""
                    : Words.T($", {N.Count(d.DraftsLeftOut)} {(d.DraftsLeftOut == 1 ? "utkast utelämnat" : "utkast utelämnade")}", $", {N.Count(d.DraftsLeftOut)} {(d.DraftsLeftOut == 1 ? "draft" : "drafts")} left out");
                return $"{d.DimensionLabel} {d.ValueLabel} {sums}{counted}{drafts}";
            });
            return Words.T(" (per uppdelning: ", " (by disaggregation: ") + string.Join("; ", parts) + ")";
        }

        private string Formula(FormulaStep s)
        {
            _year = N.Count(s.Period.End.Year);
            _forecastOutcome = s.IsForecast;
            return FormulaText.Step(s, Words, rounding) + (s.IsForecast ? Words.T(", prognos", ", forecast") : "");
        }

        private string Target(TargetStep s)
        {
            _year = _year.Length > 0 ? _year : N.Count(s.Year);
            var derived = s.Origin == TargetOrigin.Derived;
            string Number(decimal v) => derived ? N.Rounded(v, rounding) : N.Exact(v);
            var value = s.Value is not { } low ? ""
                : s.UpperValue is { } high ? $" {Words.Direction(s.Direction)} {Number(low)}–{Number(high)}"
                : $" {Words.Direction(s.Direction)} {Number(low)}";
            var decision = s.Decision.Body + " " + ReportText.Date(s.Decision.Date) + (s.Decision.Reference is { } reference ? ", " + reference : "");
            var baseline = s.Baseline is { } b && derived
                ? Words.T($" från utgångsvärdet {N.Exact(b.Value)} ({b.Period.Id})", $" from the baseline {N.Exact(b.Value)} ({b.Period.Id})")
                : "";
            var origin = derived
                ? Words.T($"härlett {Words.Derivation(s.Derivation)}{baseline} mot målet i beslut {decision}", $"derived {Words.Derivation(s.Derivation)}{baseline} towards the target of the decision {decision}")
                : s.Scope.IsMandatePeriod ? Words.T($"{decision}, för mandatperioden {s.Scope.Id}", $"{decision}, for the mandate period {s.Scope.Id}")
                : decision;
            var defaulted = s.DirectionIsDefault ? Words.T(", riktningen ej angiven och antagen", ", direction not stated and assumed") : "";
            // A derived target already says the baseline it runs from; a decided one says how far it is from it.
            var variation = !derived && s.VariationFromBaseline is { } change && s.Baseline is { } from
                ? Words.T($", {Signed(change)} mot utgångsvärdet ({from.Period.Id})", $", {Signed(change)} against the baseline ({from.Period.Id})")
                : "";
            return Words.T($"målvärde{value} för {N.Count(s.Year)} ({origin}{defaulted}{variation})", $"target{value} for {N.Count(s.Year)} ({origin}{defaulted}{variation})");
        }

        private string Score(ScoreStep s)
        {
            var score = s.Score is { } v ? " = " + Percent(v) : "";
            var distance = s.Score is not null && s.DistanceToTarget is { } d && d > 0
                ? Words.T($", {N.Rounded(d, rounding)} kvar till målvärdet", $", {N.Rounded(d, rounding)} left to the target")
                : "";
            return Words.ScoreMethod(s.Method) + score + distance;
        }

        private string Growth(GrowthStep s)
        {
            if (s.Finding != GrowthFinding.Computed)
            {
                return Words.Growth(s.Finding);
            }

            var substitute = s.ZeroSubstitute is { } zero ? Words.T($"; 0 räknat som {N.Exact(zero)}", $"; 0 taken as {N.Exact(zero)}") : "";
            var (observed, needed, ratio) = (N.Short(s.ObservedRate ?? 0), N.Short(s.NeededRate ?? 0), N.Short(s.Ratio ?? 0));
            return Words.T(
                $"tillväxt {observed}/år {s.BaseYear}–{s.Year} mot {needed}/år som behövs till {s.TargetYear}: kvot {ratio}{substitute}, poäng {Percent(s.Score ?? 0)}",
                $"growth {observed}/yr {s.BaseYear}–{s.Year} against {needed}/yr needed by {s.TargetYear}: ratio {ratio}{substitute}, score {Percent(s.Score ?? 0)}");
        }

        private string Rule(RuleStep s)
        {
            var n = N.Count(s.Used);
            var score = s.Score is { } v ? Percent(v) : "–";
            var met = N.Count(s.Met ?? 0);
            var share = Percent(s.Share ?? 0);
            return s.Rule switch
            {
                RuleKind.WeightedMean => Words.T($"viktat medelvärde av {n} {(s.Used == 1 ? "värde" : "värden")} = {score}", $"weighted mean of {n} {(s.Used == 1 ? "score" : "scores")} = {score}"),
                RuleKind.Mean => Words.T($"medelvärde av {n} {(s.Used == 1 ? "värde" : "värden")} = {score}", $"mean of {n} {(s.Used == 1 ? "score" : "scores")} = {score}"),
                RuleKind.WorstOf => Words.T($"sämsta av {n}: {Label(s.CategoryId ?? "")}", $"worst of {n}: {Label(s.CategoryId ?? "")}"),
                RuleKind.BestOf => Words.T($"bästa av {n}: {Label(s.CategoryId ?? "")}", $"best of {n}: {Label(s.CategoryId ?? "")}"),
                RuleKind.ShareMet => Words.T($"{met} av {n} uppfyllda ({share})", $"{met} of {n} met ({share})")
                    + (s.ThresholdReached is { } reached ? " ≥ " + Percent(reached) : " < " + Percent(s.LowestThreshold ?? 0)),
                RuleKind.AllMet => Words.T($"{met} av {n} uppfyllda; alla måste vara uppfyllda", $"{met} of {n} met; all must be met"),
                RuleKind.Majority => Words.T($"{met} av {n} uppfyllda ({share}); en majoritet måste vara uppfylld", $"{met} of {n} met ({share}); a majority must be met"),
                RuleKind.Points => Points(s, score),
                RuleKind.WeightedMapping => Mapping(s, n, score),
                _ => Words.NotAssessed(NotAssessedReason.ManualOnly, _year),
            };
        }

        private string Points(RuleStep s, string score)
        {
            var (awarded, available) = (N.Short(s.PointsAwarded ?? 0), N.Short(s.PointsAvailable ?? 0));
            var line = Words.T($"{awarded} av {available} poäng = {score}", $"{awarded} of {available} points = {score}");
            if (s.PotentialFactor is { } factor)
            {
                var before = N.Short(s.PointsAvailableBeforeFactor ?? 0);
                line += Words.T($" (anpassad potential: {before} poäng × {N.Short(factor)})", $" (personalised potential: {before} points × {N.Short(factor)})");
            }

            if (s.PointsDone is { } done)
            {
                var (planned, notDone) = (N.Short(s.PointsPlanned ?? 0), N.Short(s.PointsNotDone ?? 0));
                line += Words.T($" ({N.Short(done)} genomfört, {planned} planerat, {notDone} inte genomfört)",
                    $" ({N.Short(done)} done, {planned} planned, {notDone} not done)");
            }

            if (s.PointsNotReported is { } unreported and > 0)
            {
                line += Words.T($", {N.Short(unreported)} poäng utan rapporterad status", $", {N.Short(unreported)} points without a reported status");
            }

            line += Tasks(s.Tasks);

            if (s.NotConcernedPoints is not { } lost)
            {
                return line;
            }

            return line + (s.SharedOutEach is { } each
                ? Words.T($"; {N.Short(lost)} poäng för ej berörda fördelade, {N.Short(each)} till var och en av {N.Count(s.Receivers ?? 0)}",
                    $"; {N.Short(lost)} not-concerned points shared out, {N.Short(each)} to each of {N.Count(s.Receivers ?? 0)}")
                : Words.T($"; {N.Short(lost)} poäng för ej berörda bortfaller", $"; {N.Short(lost)} not-concerned points not available"));
        }

        public string Origin(ExplanationInput input, double points) =>
            Words.T($"ursprung {input.NodeId}: {N.Short(points)} poäng × vikt {N.Short(input.Weight)}, {Percent(input.Score ?? 0)}",
                $"origin {input.NodeId}: {N.Short(points)} points × weight {N.Short(input.Weight)}, {Percent(input.Score ?? 0)}");

        private string Mapping(RuleStep s, string n, string score)
        {
            var (awarded, available, origins) = (N.Short(s.PointsAwarded ?? 0), N.Short(s.PointsAvailable ?? 0), N.Short(s.OriginPoints ?? 0));
            var line = Words.T($"från {n} ursprung med sammanlagt {origins} viktade poäng: {awarded} av {available} poäng = {score}",
                $"from {n} {(s.Used == 1 ? "origin" : "origins")} with {origins} weighted points in all: {awarded} of {available} points = {score}");
            return s.PointsNotReported is { } unreported and > 0
                ? line + Words.T($", {N.Short(unreported)} poäng utan rapporterad status", $", {N.Short(unreported)} points without a reported status")
                : line;
        }

        private string Manual(ManualAssessmentStep s)
        {
            var what = $"{Label(s.CategoryId)}, {s.Author} {ReportText.Date(s.Date)}: {s.Motivation}";
            return s.Mode == ManualAssessmentMode.Override
                ? Words.T($"ersatt av manuell bedömning {what}", $"overridden by the manual assessment {what}")
                : Words.T($"beräknat {Label(s.ComputedCategoryId)}, bredvid manuell bedömning {what}", $"computed {Label(s.ComputedCategoryId)}, beside the manual assessment {what}");
        }

        private string Status(StatusStep s)
        {
            var what = s.Share is { } share ? Words.T($" (andel {N.Short(share)})", $" (share {N.Short(share)})") : Words.T(", ej berörd", ", not concerned");
            if (s.Split is { } split)
            {
                var (done, planned, notDone) = (Percent(split.Done), Percent(split.Planned), Percent(split.NotDone));
                what += Words.T($", {done} genomfört, {planned} planerat, {notDone} inte genomfört",
                    $", {done} done, {planned} planned, {notDone} not done");
            }

            return Words.T($"status {s.Label}{what} rapporterad av {s.Author} {ReportText.Date(s.Date)}: {s.Motivation}",
                $"status {s.Label}{what} reported by {s.Author} on {ReportText.Date(s.Date)}: {s.Motivation}") + Tasks(s.Tasks);
        }

        /// <summary>The tasks below: how many, how many with a status, and how they split.</summary>
        private string Tasks(TaskCounts? t)
        {
            if (t is null)
            {
                return "";
            }

            var (total, completed) = (N.Count(t.Total), N.Count(t.Completed));
            var (done, planned, notDone, notConcerned) = (N.Short(t.Done), N.Short(t.Planned), N.Short(t.NotDone), N.Short(t.NotConcerned));
            return Words.T(
                $"; {completed} av {total} uppgifter med status ({done} genomförda, {planned} planerade, {notDone} inte genomförda, {notConcerned} ej berörda)",
                $"; {completed} of {total} tasks with a status ({done} done, {planned} planned, {notDone} not done, {notConcerned} not concerned)");
        }
    }
}
