using System.Globalization;
using Styrmodell.Json.Dto;
using Styrmodell.Model;
using Styrmodell.Model.Rules;
using Styrmodell.Targets;

namespace Styrmodell.Json;

/// <summary>Maps a model onto the document shape, in the model's own element order, leaving out what is at its default.</summary>
internal static partial class DocumentWriter
{
    /// <summary>The newest format version written; a document is written as the lowest version whose properties it uses.</summary>
    public const string FormatVersion = Version14;

    /// <summary>The version that added the authority, steeringDocuments and budget sections and the budget conditions.</summary>
    private const string Version13 = "1.3";

    /// <summary>
    /// The version that added what other systems report beside their headline score: derived indicators' formulas,
    /// disaggregations and contributing indicators, an assessment's split, and the evaluation options reproducing them.
    /// </summary>
    private const string Version14 = "1.4";

    /// <summary>A document's every section; the evaluation section only when it differs from the default configuration.</summary>
    public static DocumentDto ToDocument(Exchange.ExchangeDocument document)
    {
        var written = WithGovernance(
            ToDocument(document.Model, document.FollowUp, document.Evaluation == Evaluation.EvaluationOptions.Default ? null : document.Evaluation, document.Finance),
            document.Authority, document.Register);

        // Format 1.3 added the budget section and budget conditions; a document without them keeps the version its other parts need.
        var usesBudget = !document.Budget.IsEmpty || document.Finance?.Rule?.BudgetConditions.Count > 0;
        return WithVersion14(usesBudget ? written with { FormatVersion = Version13, Budget = BudgetOf(document.Budget) } : written);
    }

    /// <summary>A document that uses a property format 1.4 added says so; others keep the version their other parts need.</summary>
    private static DocumentDto WithVersion14(DocumentDto written) => UsesVersion14(written) ? written with { FormatVersion = Version14 } : written;

    /// <summary>Decided on what is written, so a property at its default (left out) never raises the version.</summary>
    private static bool UsesVersion14(DocumentDto d) =>
        d.Indicators?.Exists(i => i.Formula is not null || i.Disaggregations is not null || i.Contributors is not null) == true
        || d.Outcomes?.Exists(o => o.Disaggregation is not null) == true
        || d.Assessments?.Exists(a => a.Split is not null) == true
        || (d.Evaluation is { } e
            && (e.IncludeOwnOutcome is not null || e.DeactivatedNodes is not null || e.NotConcernedSubtrees is not null || e.PotentialFactors is not null
                || e.Statuses?.Exists(s => s.Split is not null || s.Detailed is not null || s.Scored is not null) == true
                || IsMapping(e.DefaultRule) || e.Rules?.Exists(r => IsMapping(r.Rule)) == true));

    private static bool IsMapping(RollUpRuleDto? rule) => rule?.Type == "weightedMapping";

    /// <summary>A model alone.</summary>
    public static DocumentDto ToDocument(SteeringModel model) => WithVersion14(ToDocument(model, FollowUp.FollowUpData.Empty, null, null));

    private static DocumentDto ToDocument(SteeringModel model, FollowUp.FollowUpData followUp, Evaluation.EvaluationOptions? evaluation, Finance.MunicipalFinances? finance) =>
        ToDocument(model, FollowUpWriter.ToDto(followUp), evaluation, finance);

    private static DocumentDto ToDocument(SteeringModel model, Dto.FollowUpDto? followUp, Evaluation.EvaluationOptions? evaluation, Finance.MunicipalFinances? finance) => new()
    {
        FormatVersion = UsesVersion12(model, finance) || FollowUpWriter.StatesProvenance(followUp) ? OpenDataMapping.Version : followUp is null ? "1.0" : "1.1",
        Municipality = new() { Name = model.Municipality.Name, Code = model.Municipality.Code },
        Metadata = model.Metadata == ModelMetadata.None ? null : new()
        {
            MandatePeriod = model.Metadata.MandatePeriod?.Id,
            Sources = NullIfEmpty([.. model.Metadata.Sources.Select(s => new SourceDto { Title = s.Title, Date = s.Date is { } d ? Iso(d) : null, Reference = s.Reference, Provenance = ProvenanceOf.ToDto(s.Provenance, s.Title) })]),
        },
        Evaluation = evaluation is null ? null : EvaluationMapping.ToDto(evaluation),
        Finance = finance is null ? null : Finance(finance),
        Units = [.. model.Units.Select(u => new UnitDto { Id = u.Id, Name = u.Name, Kind = u.Kind, Parent = u.ParentId, Provenance = ProvenanceOf.ToDto(u.Provenance, null) })],
        Levels = [.. model.Levels.Select(l => new LevelDto
        {
            Id = l.Id, Name = l.Name, Role = Names.Of(l.Role),
            ParentLevelIds = NullIfEmpty([.. l.ParentLevelIds]), OwnerKinds = NullIfEmpty([.. l.OwnerKinds]),
        })],
        Rules = NullIfEmpty([.. model.Rules.Select(Rule)]),
        Nodes = new(model.Nodes),
        Indicators = NullIfEmpty([.. model.Indicators.Select(Indicator)]),
        Outcomes = NullIfEmpty([.. model.Outcomes.Select(Outcome)]),
        Assessments = NullIfEmpty([.. model.Assessments.Select(a => new AssessmentDto
        {
            Node = a.NodeId, Period = a.Period.Id, Category = a.CategoryId, Motivation = a.Motivation, Author = a.Author, Date = Iso(a.Date),
            Provenance = ProvenanceOf.ToDto(a.Provenance, a.Motivation), Split = EvaluationMapping.SplitOf(a.Split),
        })]),
        FollowUp = followUp,
    };

    /// <summary>
    /// Whether the document needs format 1.2: an indicator names an open-data series, or an element states a provenance
    /// that its text does not already imply (the older "Illustrativt: " prefix is 1.0).
    /// </summary>
    private static bool UsesVersion12(SteeringModel model, Finance.MunicipalFinances? finance) =>
        finance?.Years.Any(y => ProvenanceOf.MustWrite(y.Provenance, y.Source)) == true ||
        model.Indicators.Any(i => i.OpenData is not null)
        || model.Nodes.Any(n => ProvenanceOf.MustWrite(n.Provenance, n.Description))
        || model.Units.Any(u => ProvenanceOf.MustWrite(u.Provenance, null))
        || model.Outcomes.Any(o => ProvenanceOf.MustWrite(o.Provenance, o.Source))
        || model.Assessments.Any(a => ProvenanceOf.MustWrite(a.Provenance, a.Motivation))
        || model.Metadata.Sources.Any(s => ProvenanceOf.MustWrite(s.Provenance, s.Title))
        || model.Indicators.Any(i => i.Targets.Any(t => ProvenanceOf.MustWrite(t.Decision.Provenance, t.Decision.Reference)));

    private static RuleDto Rule(CardinalityRule rule) => rule switch
    {
        NodesPerOwnerRule r => new() { Id = r.Id, Type = "nodesPerOwner", Description = r.Description, LevelId = r.LevelId, OwnerKind = r.OwnerKind, Minimum = r.Minimum, Maximum = r.Maximum },
        ChildrenPerNodeRule r => new() { Id = r.Id, Type = "childrenPerNode", Description = r.Description, ParentLevelId = r.ParentLevelId, ChildLevelId = r.ChildLevelId, Minimum = r.Minimum, Maximum = r.Maximum },
        CoveragePerOwnerRule r => new() { Id = r.Id, Type = "coveragePerOwner", Description = r.Description, LevelId = r.LevelId, OwnerKind = r.OwnerKind, CoveredLevelId = r.CoveredLevelId, Minimum = r.Minimum },
        _ => throw new NotSupportedException($"Rule type {rule.GetType().Name} has no JSON form."),
    };

    private static IndicatorDto Indicator(Indicator i) => new()
    {
        Node = i.NodeId, Unit = Names.Of(i.Unit), Direction = i.Direction == Direction.Unstated ? null : Names.Of(i.Direction), Source = i.Source,
        Ratio = i.Ratio is { } r ? new() { Numerator = r.Numerator, Denominator = r.Denominator, Scale = r.Scale == 1m ? null : r.Scale } : null,
        Baseline = i.Baseline is { } b ? new() { Value = b.Value, Period = b.Period.Id } : null,
        Derivation = i.Derivation == TargetDerivation.None ? null : Names.Of(i.Derivation),
        FirstYear = i.FirstYear, LastYear = i.LastYear,
        Targets = NullIfEmpty([.. i.Targets.Select(t => new TargetDto
        {
            Scope = t.Scope.Id,
            Level = t.Level switch
            {
                AbsoluteLevel a => new() { Kind = "absolute", Value = a.Value },
                RangeLevel r => new() { Kind = "range", Low = r.Low, High = r.High },
                ChangeFromBaseline c => new() { Kind = "change", Change = c.Change, InPercentOfBaseline = c.InPercentOfBaseline ? true : null },
                RelativeToComparison c => new() { Kind = "comparison", Comparison = c.ComparisonId, Margin = c.Margin == 0 ? null : c.Margin },
                _ => throw new NotSupportedException($"Target level {t.Level.GetType().Name} has no JSON form."),
            },
            Decision = DecisionOf(t.Decision)!,
        })]),
        Comparisons = NullIfEmpty([.. i.Comparisons.Select(c => new ComparisonDto { Id = c.ComparisonId, Year = c.Year, Value = c.Value })]),
        OpenData = OpenDataMapping.ToDto(i.OpenData),
        Contributors = NullIfEmpty([.. i.Contributors]),
        Disaggregations = NullIfEmpty([.. i.Dimensions.Select(d => new DisaggregationDimensionDto
        {
            Id = d.Id, Label = d.Label == d.Id ? null : d.Label,
            Values = NullIfEmpty([.. d.Values.Select(v => new DisaggregationValueDto { Id = v.Id, Label = v.Label == v.Id ? null : v.Label })]),
        })]),
        Formula = i.Formula is { } formula ? FormulaMapping.Write(formula) : null,
    };

    private static List<T>? NullIfEmpty<T>(List<T> items) => items.Count == 0 ? null : items;

    private static string Iso(NodaTime.LocalDate date) => JsonValues.Iso(date);
}
