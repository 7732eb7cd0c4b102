using System.Text.Json;
using System.Text.Json.Serialization;

// The document's shape, one record per JSON object. Enumerations and dates are strings here and are parsed while
// mapping, so that a bad value is reported with its path and what was expected, alongside every other problem.
namespace Styrmodell.Json.Dto;

internal sealed record DocumentDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string FormatVersion { get; init; }
    public required MunicipalityDto Municipality { get; init; }
    public MetadataDto? Metadata { get; init; }
    public List<UnitDto>? Units { get; init; }
    public List<LevelDto>? Levels { get; init; }
    public List<RuleDto>? Rules { get; init; }
    [JsonConverter(typeof(Sections.NodeSectionConverter))]
    public Sections.NodeSection? Nodes { get; init; }
    public List<IndicatorDto>? Indicators { get; init; }
    public List<OutcomeDto>? Outcomes { get; init; }
    public List<AssessmentDto>? Assessments { get; init; }
    public EvaluationDto? Evaluation { get; init; }
    public FinanceDto? Finance { get; init; }
    public FollowUpDto? FollowUp { get; init; }
    public AuthorityDto? Authority { get; init; }
    public SteeringDocumentsDto? SteeringDocuments { get; init; }
    public BudgetDto? Budget { get; init; }
}

internal sealed record MunicipalityDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Name { get; init; }
    public required string Code { get; init; }
}

internal sealed record UnitDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public string? Parent { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record LevelDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Role { get; init; }
    public List<string>? ParentLevelIds { get; init; }
    public List<string>? OwnerKinds { get; init; }
}

internal sealed record RuleDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Type { get; init; }
    public string? Description { get; init; }
    public string? LevelId { get; init; }
    public string? OwnerKind { get; init; }
    public string? CoveredLevelId { get; init; }
    public string? ParentLevelId { get; init; }
    public string? ChildLevelId { get; init; }
    public int? Minimum { get; init; }
    public int? Maximum { get; init; }
}

internal sealed record IndicatorDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Node { get; init; }
    public required string Unit { get; init; }
    public string? Direction { get; init; }
    public string? Source { get; init; }
    public OpenDataDto? OpenData { get; init; }
    public RatioDto? Ratio { get; init; }
    public BaselineDto? Baseline { get; init; }
    public string? Derivation { get; init; }
    public int? FirstYear { get; init; }
    public int? LastYear { get; init; }
    public List<TargetDto>? Targets { get; init; }
    public List<ComparisonDto>? Comparisons { get; init; }
    public List<DisaggregationDimensionDto>? Disaggregations { get; init; }
    public List<string>? Contributors { get; init; }

    /// <summary>A derived indicator's formula (format 1.4), read by <see cref="FormulaMapping"/>.</summary>
    public JsonElement? Formula { get; init; }
}

/// <summary>A dimension an indicator's total is broken down along (Akvo RSR's disaggregation), with its values.</summary>
internal sealed record DisaggregationDimensionDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public string? Label { get; init; }
    public List<DisaggregationValueDto>? Values { get; init; }
}

internal sealed record DisaggregationValueDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public string? Label { get; init; }
}

/// <summary>The part of the total an outcome is for: a dimension's id and one of its values' ids.</summary>
internal sealed record OutcomeDisaggregationDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Dimension { get; init; }
    public required string Value { get; init; }
}

internal sealed record RatioDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Numerator { get; init; }
    public required string Denominator { get; init; }
    public decimal? Scale { get; init; }
}

internal sealed record BaselineDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required decimal Value { get; init; }
    public required string Period { get; init; }
}

internal sealed record TargetDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Scope { get; init; }
    public required TargetLevelDto Level { get; init; }
    public required DecisionDto Decision { get; init; }
}

internal sealed record TargetLevelDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Kind { get; init; }
    public decimal? Value { get; init; }
    public decimal? Low { get; init; }
    public decimal? High { get; init; }
    public decimal? Change { get; init; }
    public bool? InPercentOfBaseline { get; init; }
    public string? Comparison { get; init; }
    public decimal? Margin { get; init; }
}

internal sealed record DecisionDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Date { get; init; }
    public required string Body { get; init; }
    public string? Reference { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record ComparisonDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required int Year { get; init; }
    public required decimal Value { get; init; }
}

internal sealed record OutcomeDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Indicator { get; init; }
    public required string Period { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public decimal? Value { get; init; }

    public decimal? Numerator { get; init; }
    public decimal? Denominator { get; init; }
    public string? Gender { get; init; }
    public OutcomeDisaggregationDto? Disaggregation { get; init; }
    public string? Status { get; init; }
    public bool? Forecast { get; init; }
    public string? Source { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record AssessmentDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Node { get; init; }
    public required string Period { get; init; }
    public required string Category { get; init; }
    public required string Motivation { get; init; }
    public required string Author { get; init; }
    public required string Date { get; init; }
    public ProvenanceDto? Provenance { get; init; }
    public SplitDto? Split { get; init; }
}

internal sealed record MetadataDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public string? MandatePeriod { get; init; }
    public List<SourceDto>? Sources { get; init; }
}

internal sealed record SourceDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Title { get; init; }
    public string? Date { get; init; }
    public string? Reference { get; init; }
    public ProvenanceDto? Provenance { get; init; }
}

internal sealed record EvaluationDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public ScaleDto? Scale { get; init; }
    public RollUpRuleDto? DefaultRule { get; init; }
    public List<RuleAssignmentDto>? Rules { get; init; }
    public string? ScoreBasis { get; init; }
    public decimal? Tolerance { get; init; }
    public string? MissingData { get; init; }
    public double? MinimumCoverage { get; init; }
    public string? ManualMode { get; init; }
    public bool? UseForecasts { get; init; }
    public List<string>? AssessedRoles { get; init; }
    public string? MissingOutcome { get; init; }
    public bool? ClampScores { get; init; }
    public List<StatusDto>? Statuses { get; init; }
    public List<string>? OptionalInputs { get; init; }
    public string? ZeroDenominator { get; init; }
    public bool? ExcludeDrafts { get; init; }
    public bool? OneRatioOutcomePerPeriod { get; init; }
    public bool? IncludeOwnOutcome { get; init; }
    public bool? CountRisingProgressFromZero { get; init; }
    public bool? EmptyRollUpIsZero { get; init; }
    public List<string>? DeactivatedNodes { get; init; }
    public bool? NotConcernedSubtrees { get; init; }
    public List<PotentialFactorDto>? PotentialFactors { get; init; }
    public GrowthDto? Growth { get; init; }
    public RoundingDto? Rounding { get; init; }
    public string? DefaultDirection { get; init; }
    public List<QuantityRoundingDto>? QuantityRoundings { get; init; }
}

internal sealed record QuantityRoundingDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Quantity { get; init; }
    public required string Mode { get; init; }
    public int? Decimals { get; init; }
}

internal sealed record StatusDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Label { get; init; }
    public double? Share { get; init; }
    public bool? NotConcerned { get; init; }
    public SplitDto? Split { get; init; }
    public bool? Detailed { get; init; }
    public string? Scored { get; init; }
}

/// <summary>A points split: the shares done, planned and not done.</summary>
internal sealed record SplitDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required double Done { get; init; }
    public required double Planned { get; init; }
    public required double NotDone { get; init; }
}

internal sealed record GrowthDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public decimal? ZeroSubstitute { get; init; }
    public List<ScorePointDto>? Curve { get; init; }
    public bool? LatestYearWithData { get; init; }
}

internal sealed record ScorePointDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required double Measure { get; init; }
    public required double Score { get; init; }
}

internal sealed record RoundingDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Mode { get; init; }
    public int? Decimals { get; init; }
}

internal sealed record ScaleDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required List<CategoryDto> Categories { get; init; }
    public required CategoryDto NotAssessed { get; init; }
}

internal sealed record CategoryDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Id { get; init; }
    public required string Label { get; init; }
    public required string Colour { get; init; }
    public required double MinimumScore { get; init; }
    public bool? IsMet { get; init; }
}

internal sealed record RollUpRuleDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Type { get; init; }
    public List<ThresholdDto>? Thresholds { get; init; }
    public bool? ShareOutNotConcerned { get; init; }
    public bool? LeaveOutNotConcerned { get; init; }
}

internal sealed record ThresholdDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Category { get; init; }
    public required double MinimumShare { get; init; }
}

internal sealed record RuleAssignmentDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public string? Level { get; init; }
    public string? Node { get; init; }
    public required RollUpRuleDto Rule { get; init; }
    public string? MissingData { get; init; }
    public double? MinimumCoverage { get; init; }
}

internal sealed record ProvenanceDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public bool? Illustrative { get; init; }
    public string? Source { get; init; }
}

/// <summary>A personalised potential: a node and the factor on its points.</summary>
internal sealed record PotentialFactorDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }

    public required string Node { get; init; }
    public required double Factor { get; init; }
}
