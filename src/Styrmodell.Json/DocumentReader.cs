using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Styrmodell.Evaluation;
using Styrmodell.Exchange;
using Styrmodell.Json.Dto;
using Styrmodell.Model;
using Styrmodell.Model.Rules;
using Styrmodell.Targets;
using Styrmodell.Time;
using Styrmodell.Validation;

namespace Styrmodell.Json;

/// <summary>Maps a parsed document onto a <see cref="SteeringModelBuilder"/>, collecting every value problem with its path.</summary>
internal sealed partial class DocumentReader
{
    private readonly List<JsonProblem> _problems = [];
    private readonly List<JsonProblem> _warnings = [];
    private readonly JsonReadOptions _options;
    private readonly ElementPositions _positions = new();

    /// <param name="options">How strictly to read.</param>
    /// <param name="skipped">Elements already taken out of the document before it reached this reader (a wrong type), whose absence the model's findings may echo.</param>
    public DocumentReader(JsonReadOptions options, ElementPositions? skipped = null)
    {
        _options = options;
        if (skipped is not null)
        {
            _positions.Echo(skipped);
        }
    }

    public IReadOnlyList<JsonProblem> Warnings => _warnings;

    /// <summary>Gets the evaluation configuration the document carries, or <see langword="null"/>.</summary>
    public EvaluationOptions? Evaluation { get; private set; }

    public (ExchangeDocument? Document, List<JsonProblem> Problems) Read(DocumentDto document)
    {
        if (!HeaderIsReadable(document))
        {
            return (null, _problems);
        }

        Municipality? municipality = null;
        try
        {
            municipality = new Municipality(document.Municipality.Name, document.Municipality.Code);
        }
        catch (ArgumentException e)
        {
            _problems.Add(new("$.municipality", JsonProblemCodes.InvalidValue, FirstLine(e.Message)));
        }

        var builder = new SteeringModelBuilder(municipality ?? new Municipality("?", "0000"));
        if (document.Metadata is { } metadata)
        {
            builder.WithMetadata(Metadata(metadata));
        }

        if (document.Evaluation is { } evaluation)
        {
            EvaluationUnknowns(evaluation);
            Evaluation = EvaluationMapping.FromDto(evaluation, (at, message) => _problems.Add(new(at, JsonProblemCodes.InvalidValue, message)));
        }

        if (document.Finance is { } finance)
        {
            Finance = FinanceSection(finance);
        }

        if (document.Budget is { } budget)
        {
            Budget = BudgetSection(budget);
        }

        if (document.Authority is { } authority)
        {
            Authority = AuthoritySection(authority);
        }

        if (document.SteeringDocuments is { } register)
        {
            Register = RegisterSection(register);
        }

        Each(document.Units, "units", (u, at) => { Unknown(u.Unknown, at); Unknown(u.Provenance?.Unknown, at + ".provenance"); }, (u, at) =>
        {
            builder.AddUnit(new OrganisationUnit(u.Id, u.Name, u.Kind) { ParentId = u.Parent, Provenance = ProvenanceOf.Read(u.Provenance, null) });
            return true;
        }, u => u.Id);
        Each(document.Levels, "levels", (l, at) => Unknown(l.Unknown, at), (l, at) =>
        {
            if (Enum<LevelRole>(l.Role, at + ".role") is not { } role)
            {
                return false;
            }

            builder.AddLevel(new LevelDefinition(l.Id, l.Name, role) { ParentLevelIds = [.. l.ParentLevelIds ?? []], OwnerKinds = [.. l.OwnerKinds ?? []] });
            return true;
        }, l => l.Id);
        Each(document.Rules, "rules", (r, at) => Unknown(r.Unknown, at), (r, at) => Rule(r, at, builder), r => r.Id);
        if (document.Nodes is { } nodes)
        {
            Nodes(nodes, builder);
        }

        Each(document.Indicators, "indicators", IndicatorUnknowns, (i, at) => Indicator(i, at, builder), i => i.Node);
        Each(document.Outcomes, "outcomes", (o, at) => { Unknown(o.Unknown, at); Unknown(o.Provenance?.Unknown, at + ".provenance"); Unknown(o.Disaggregation?.Unknown, at + ".disaggregation"); }, (o, at) =>
        {
            if (Outcome(o, at) is not { } outcome)
            {
                return false;
            }

            builder.AddOutcome(outcome);
            return true;
        });
        Each(document.Assessments, "assessments", (a, at) => { Unknown(a.Unknown, at); Unknown(a.Provenance?.Unknown, at + ".provenance"); Unknown(a.Split?.Unknown, at + ".split"); }, (a, at) =>
        {
            var period = Period(a.Period, at + ".period");
            var date = Date(a.Date, at + ".date");
            if (period is null || date is not { } d)
            {
                return false;
            }

            builder.AddAssessment(new ManualAssessment(a.Node, period, a.Category, a.Motivation, a.Author, d)
            {
                Provenance = ProvenanceOf.Read(a.Provenance, a.Motivation), Split = EvaluationMapping.ReadSplit(a.Split),
            });
            return true;
        });

        var parts = new ExchangeDocumentBuilder(builder);
        if (document.FollowUp is { } followUp)
        {
            parts.WithFollowUp(new FollowUpReader(_problems, Unknown, _positions).Read(followUp));
        }

        // An element with a bad value was left out and is reported; the rest is still built and checked, so one run
        // shows every problem. The model's findings are mapped to the document's positions, and those that would only
        // say that a left-out element is missing (a reference to it, a count it would change) are not reported.
        // A section that could not be read is not checked against the model: its default stands in.
        var evaluationRead = document.Evaluation is null || Evaluation is not null;
        parts.WithEvaluation(Evaluation ?? EvaluationOptions.Default).WithFinance(Finance)
            .WithAuthority(Authority ?? Governance.DecisionAuthority.None).WithRegister(Register ?? Governance.SteeringDocumentRegister.None)
            .WithBudget(Budget ?? global::Styrmodell.Budget.BudgetRecord.Empty);
        parts.TryBuild(out var built, out var found);
        _problems.AddRange(found
            .Where(p => (evaluationRead || !ComesFromEvaluation(p)) && (_positions.IsEmpty || !_positions.IsEcho(p)))
            .Select(p => new JsonProblem(PathOf(p.Location, _positions), p.Code, p.Message)));
        return (_problems.Count > 0 ? null : built, _problems);
    }

    /// <summary>Adds the nodes read; a node whose values were rejected is left out, and its position recorded.</summary>
    private void Nodes(Sections.NodeSection nodes, SteeringModelBuilder builder)
    {
        foreach (var path in nodes.UnknownProperties)
        {
            UnknownProperty(path);
        }

        _problems.AddRange(nodes.Problems);
        if (nodes.Problems.Count == 0)
        {
            builder.AddNodes(nodes.Nodes!); // the common case: every element was read, in the document's order
            return;
        }

        for (int i = 0, rejected = 0; i < nodes.Nodes.Count; i++)
        {
            if (nodes.Nodes[i] is { } node)
            {
                builder.AddNode(node);
            }
            else
            {
                _positions.LeftOut("nodes", i, nodes.RejectedIds[rejected++]);
            }
        }
    }

    /// <summary>
    /// Whether a problem comes from checking the evaluation configuration: with a section that could not be read, the
    /// default configuration stands in, whose findings (categories it lacks, …) say nothing about the document.
    /// </summary>
    private static bool ComesFromEvaluation(ValidationProblem problem) =>
        problem.Code == ProblemCodes.UnknownCategory
        || problem.Location.Element is ModelElement.EvaluationSettings or ModelElement.EvaluationRule or ModelElement.EvaluationStatus or ModelElement.OptionalInput;

    /// <summary>
    /// Maps a model problem's location to its JSON path: element kind to array, position to index (past the elements
    /// <paramref name="positions"/> says were left out), member to property.
    /// </summary>
    public static string PathOf(ProblemLocation location, ElementPositions? positions = null)
    {
        var array = location.Element switch
        {
            ModelElement.Unit => "units",
            ModelElement.Level => "levels",
            ModelElement.Node => "nodes",
            ModelElement.Rule => "rules",
            ModelElement.Indicator => "indicators",
            ModelElement.Outcome => "outcomes",
            ModelElement.Assessment => "assessments",
            ModelElement.EvaluationRule => "evaluation.rules",
            ModelElement.EvaluationStatus => "evaluation.statuses",
            ModelElement.OptionalInput => "evaluation.optionalInputs",
            ModelElement.GoalCondition => "finance.goodFinancialManagement.conditions",
            ModelElement.AuthorityGrant => "authority.grants",
            ModelElement.SteeringDocumentType => "steeringDocuments.types",
            ModelElement.SteeringDocument => "steeringDocuments.documents",
            ModelElement.BudgetFrame => "budget.frames",
            ModelElement.FrameChange => "budget.changes",
            ModelElement.Reallocation => "budget.reallocations",
            ModelElement.BudgetOutcome => "budget.outcomes",
            ModelElement.BudgetForecast => "budget.forecasts",
            ModelElement.BudgetCondition => "finance.goodFinancialManagement.budgetConditions",
            _ => FollowUpReader.ArrayOf(location.Element),
        };
        var index = array is null || positions is null ? location.Index : positions.JsonIndex(array, location.Index);
        var path = location.Element == ModelElement.EvaluationSettings ? "$.evaluation"
            : location.Element == ModelElement.BudgetSettings ? "$.budget"
            : array is null ? "$" : string.Create(CultureInfo.InvariantCulture, $"$.{array}[{index}]");
        return location.Member is null ? path : path + "." + location.Member;
    }

    /// <summary>Checks the root's own properties; false when the version is one this reader must not read.</summary>
    private bool HeaderIsReadable(DocumentDto document)
    {
        Unknown(document.Unknown, "$");
        Unknown(document.Municipality.Unknown, "$.municipality");
        if (IsSupported(document.FormatVersion))
        {
            return true;
        }

        _problems.Add(new("$.formatVersion", JsonProblemCodes.UnsupportedVersion,
            $"This reader reads format 1.x; the document is {Diagnosis.Quoted.Name(document.FormatVersion)}."));
        return false;
    }

    private static bool IsSupported(string version)
    {
        var parts = version.Split('.');
        return parts.Length == 2 && parts[0] == "1" && parts[1].Length > 0 && parts[1].All(char.IsAsciiDigit);
    }

    /// <summary>
    /// Adds each element of an array through <paramref name="add"/>, which says whether it added it; an element it did
    /// not add (a bad value, reported) is recorded as left out, with its id from <paramref name="idOf"/>, so that the
    /// model's findings map to the right positions and none merely echoes its absence.
    /// </summary>
    private void Each<T>(List<T>? items, string array, Action<T, string> unknowns, Func<T, string, bool> add, Func<T, string?>? idOf = null)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"$.{array}[{i}]");
            unknowns(items![i], at);
            bool added;
            try
            {
                added = add(items![i], at);
            }
            catch (ArgumentException e)
            {
                _problems.Add(new(at, JsonProblemCodes.InvalidValue, FirstLine(e.Message)));
                added = false;
            }

            if (!added)
            {
                _positions.LeftOut(array, i, idOf?.Invoke(items[i]));
            }
        }
    }

    /// <summary>Reports the properties an object has beyond the format's: errors, or warnings when reading leniently.</summary>
    private void Unknown(Dictionary<string, System.Text.Json.JsonElement>? unknown, string at)
    {
        if (unknown is null)
        {
            return; // the common case: nothing to enumerate or allocate
        }

        foreach (var name in unknown.Keys)
        {
            UnknownProperty(JsonPath.Member(at, name), name);
        }
    }

    private void UnknownProperty(string path) =>
        UnknownProperty(path, path.EndsWith("']", StringComparison.Ordinal) ? path[(path.LastIndexOf("['", StringComparison.Ordinal) + 2)..^2] : path[(path.LastIndexOf('.') + 1)..]);

    private void UnknownProperty(string path, string name)
    {
        (_options.AllowUnknownProperties ? _warnings : _problems).Add(new(path, JsonProblemCodes.UnknownProperty,
            $"'{name}' is not a property of this object in format 1.x{(_options.AllowUnknownProperties ? "; ignored" : "")}."));
    }

    private ModelMetadata Metadata(MetadataDto metadata)
    {
        Unknown(metadata.Unknown, "$.metadata");
        MandatePeriod? period = null;
        if (metadata.MandatePeriod is { } id)
        {
            if (MandatePeriod.TryParse(id, out var parsed))
            {
                period = parsed;
            }
            else
            {
                _problems.Add(new("$.metadata.mandatePeriod", JsonProblemCodes.InvalidValue, $"'{id}' is not a mandate period; expected its budget years, e.g. 2023-2026."));
            }
        }

        var sources = new List<SourceDocument>();
        for (var k = 0; k < (metadata.Sources?.Count ?? 0); k++)
        {
            var source = metadata.Sources![k];
            var at = $"$.metadata.sources[{k}]";
            Unknown(source.Unknown, at);
            Unknown(source.Provenance?.Unknown, at + ".provenance");
            var date = source.Date is null ? null : Date(source.Date, at + ".date");
            JsonValues.NameLength(source.Title, at + ".title", _problems);
            if (string.IsNullOrWhiteSpace(source.Title))
            {
                _problems.Add(new(at + ".title", JsonProblemCodes.InvalidValue, "A source document needs a title."));
                continue;
            }

            sources.Add(new SourceDocument(source.Title) { Date = date, Reference = source.Reference, Provenance = ProvenanceOf.Read(source.Provenance, source.Title) });
        }

        return new ModelMetadata { MandatePeriod = period, Sources = [.. sources] };
    }

    private void EvaluationUnknowns(EvaluationDto e)
    {
        Unknown(e.Unknown, "$.evaluation");
        Unknown(e.Scale?.Unknown, "$.evaluation.scale");
        for (var k = 0; k < (e.Scale?.Categories.Count ?? 0); k++)
        {
            Unknown(e.Scale!.Categories[k].Unknown, $"$.evaluation.scale.categories[{k}]");
        }

        Unknown(e.Scale?.NotAssessed.Unknown, "$.evaluation.scale.notAssessed");
        Unknown(e.DefaultRule?.Unknown, "$.evaluation.defaultRule");
        for (var k = 0; k < (e.Rules?.Count ?? 0); k++)
        {
            Unknown(e.Rules![k].Unknown, $"$.evaluation.rules[{k}]");
            Unknown(e.Rules[k].Rule.Unknown, $"$.evaluation.rules[{k}].rule");
        }

        for (var k = 0; k < (e.Statuses?.Count ?? 0); k++)
        {
            Unknown(e.Statuses![k].Unknown, $"$.evaluation.statuses[{k}]");
            Unknown(e.Statuses![k].Split?.Unknown, $"$.evaluation.statuses[{k}].split");
        }

        for (var k = 0; k < (e.PotentialFactors?.Count ?? 0); k++)
        {
            Unknown(e.PotentialFactors![k].Unknown, $"$.evaluation.potentialFactors[{k}]");
        }

        Unknown(e.Growth?.Unknown, "$.evaluation.growth");
        for (var k = 0; k < (e.Growth?.Curve?.Count ?? 0); k++)
        {
            Unknown(e.Growth!.Curve![k].Unknown, $"$.evaluation.growth.curve[{k}]");
        }

        Unknown(e.Rounding?.Unknown, "$.evaluation.rounding");
    }

    private void IndicatorUnknowns(IndicatorDto i, string at)
    {
        Unknown(i.Unknown, at);
        Unknown(i.Ratio?.Unknown, at + ".ratio");
        Unknown(i.Baseline?.Unknown, at + ".baseline");
        Unknown(i.OpenData?.Unknown, at + ".openData");
        for (var k = 0; k < (i.Targets?.Count ?? 0); k++)
        {
            var t = i.Targets![k];
            Unknown(t.Unknown, $"{at}.targets[{k}]");
            Unknown(t.Level.Unknown, $"{at}.targets[{k}].level");
            Unknown(t.Decision.Unknown, $"{at}.targets[{k}].decision");
            Unknown(t.Decision.Provenance?.Unknown, $"{at}.targets[{k}].decision.provenance");
        }

        for (var k = 0; k < (i.Comparisons?.Count ?? 0); k++)
        {
            Unknown(i.Comparisons![k].Unknown, $"{at}.comparisons[{k}]");
        }

        for (var d = 0; d < (i.Disaggregations?.Count ?? 0); d++)
        {
            var dimension = i.Disaggregations![d];
            Unknown(dimension.Unknown, $"{at}.disaggregations[{d}]");
            for (var v = 0; v < (dimension.Values?.Count ?? 0); v++)
            {
                Unknown(dimension.Values![v].Unknown, $"{at}.disaggregations[{d}].values[{v}]");
            }
        }
    }

    private bool Rule(RuleDto r, string at, SteeringModelBuilder builder)
    {
        string Need(string? value, string name) => value ?? throw new ArgumentException($"A {r.Type} rule needs '{name}'.");
        CardinalityRule? rule = r.Type switch
        {
            "nodesPerOwner" => new NodesPerOwnerRule(r.Id, Need(r.LevelId, "levelId"), Need(r.OwnerKind, "ownerKind"), r.Minimum ?? 0, r.Maximum),
            "childrenPerNode" => new ChildrenPerNodeRule(r.Id, Need(r.ParentLevelId, "parentLevelId"), Need(r.ChildLevelId, "childLevelId"), r.Minimum ?? 0, r.Maximum),
            "coveragePerOwner" => new CoveragePerOwnerRule(r.Id, Need(r.LevelId, "levelId"), Need(r.OwnerKind, "ownerKind"), Need(r.CoveredLevelId, "coveredLevelId"), r.Minimum ?? 0),
            _ => null,
        };
        if (rule is null)
        {
            _problems.Add(new(at + ".type", JsonProblemCodes.InvalidValue, $"'{r.Type}' is not a rule type; expected nodesPerOwner, childrenPerNode or coveragePerOwner."));
            return false;
        }

        builder.AddRule(rule with { Description = r.Description });

        return true;
    }

    private bool Indicator(IndicatorDto i, string at, SteeringModelBuilder builder)
    {
        var unit = Enum<MeasureUnit>(i.Unit, at + ".unit");
        // Left out, the direction is unstated: the evaluation's default direction applies (Open SDG's indicators may leave it out).
        var direction = i.Direction is null ? Direction.Unstated : Enum<Direction>(i.Direction, at + ".direction");
        var derivation = i.Derivation is null ? TargetDerivation.None : Enum<TargetDerivation>(i.Derivation, at + ".derivation");
        var baseline = i.Baseline is null ? null : Period(i.Baseline.Period, at + ".baseline.period") is { } p ? new Baseline(i.Baseline.Value, p) : null;
        var targets = (i.Targets ?? []).Select((t, k) => Target(t, $"{at}.targets[{k}]")).ToList();
        var openData = OpenDataMapping.Read(i.OpenData, at + ".openData", _problems);
        var formula = i.Formula is { ValueKind: not JsonValueKind.Null } f ? FormulaMapping.Read(f, at + ".formula", _problems) : null;
        if (unit is null || direction is null || derivation is null || (i.Baseline is not null && baseline is null) || targets.Any(t => t is null) || (i.OpenData is not null && openData is null)
            || (i.Formula is { ValueKind: not JsonValueKind.Null } && formula is null))
        {
            return false;
        }

        builder.AddIndicator(new Indicator(i.Node, unit.Value, direction.Value)
        {
            Source = i.Source,
            Ratio = i.Ratio is null ? null : new RatioDefinition(i.Ratio.Numerator, i.Ratio.Denominator, i.Ratio.Scale ?? 1m),
            Baseline = baseline,
            Derivation = derivation.Value,
            FirstYear = i.FirstYear,
            LastYear = i.LastYear,
            Targets = [.. targets!],
            Comparisons = [.. (i.Comparisons ?? []).Select(c => new ComparisonValue(c.Id, c.Year, c.Value))],
            OpenData = openData,
            // A label left out is the id: Akvo's dimension names and values are their own labels.
            Contributors = [.. i.Contributors ?? []],
            Dimensions = [.. (i.Disaggregations ?? []).Select(d => new DisaggregationDimension(d.Id, d.Label ?? d.Id)
            {
                Values = [.. (d.Values ?? []).Select(v => new DisaggregationValue(v.Id, v.Label ?? v.Id))],
            })],
            Formula = formula,
        });

        return true;
    }

    private TargetValue? Target(TargetDto t, string at)
    {
        var scope = Scope(t.Scope, at + ".scope");
        var date = Date(t.Decision.Date, at + ".decision.date");
        TargetLevel? level = t.Level.Kind switch
        {
            "absolute" when t.Level.Value is { } v => new AbsoluteLevel(v),
            "range" when t.Level is { Low: { } low, High: { } high } && low <= high => new RangeLevel(low, high),
            "change" when t.Level.Change is { } c => new ChangeFromBaseline(c, t.Level.InPercentOfBaseline ?? false),
            "comparison" when t.Level.Comparison is { } id => new RelativeToComparison(id, t.Level.Margin ?? 0m),
            _ => null,
        };
        if (level is null)
        {
            _problems.Add(new(at + ".level", JsonProblemCodes.InvalidValue,
                $"A target level is {{\"kind\":\"absolute\",\"value\"}}, {{\"kind\":\"range\",\"low\",\"high\"}} with low ≤ high, {{\"kind\":\"change\",\"change\"}} or {{\"kind\":\"comparison\",\"comparison\"}}; got kind '{t.Level.Kind}' without what it needs."));
        }

        return scope is { } s && date is { } d && level is not null ? new TargetValue(s, level, new Decision(d, t.Decision.Body, t.Decision.Reference) { Provenance = ProvenanceOf.Read(t.Decision.Provenance, t.Decision.Reference) }) : null;
    }

    private Outcome? Outcome(OutcomeDto o, string at)
    {
        var period = Period(o.Period, at + ".period");
        var gender = o.Gender is null ? Gender.Total : Enum<Gender>(o.Gender, at + ".gender");
        var status = o.Status is null ? OutcomeStatus.Final : Enum<OutcomeStatus>(o.Status, at + ".status");
        MeasuredValue? value = null;
        if (o.Numerator is { } numerator && o.Denominator is { } denominator)
        {
            // A denominator of 0 is kept as reported (Akvo RSR accepts such an update); the evaluation's zeroDenominator decides what it counts as.
            value = MeasuredValue.Parts(numerator, denominator);
        }
        else if (o.Numerator is not null || o.Denominator is not null)
        {
            _problems.Add(new(at, JsonProblemCodes.InvalidValue, "A ratio outcome needs both numerator and denominator."));
            return null;
        }
        else if (o.Value is { } plain)
        {
            value = MeasuredValue.Of(plain);
        }

        return period is not null && gender is not null && status is not null
            ? new Outcome(o.Indicator, period, value) { Gender = gender.Value, Disaggregation = o.Disaggregation is { } part ? new(part.Dimension, part.Value) : null, Status = status.Value, IsForecast = o.Forecast ?? false, Source = o.Source, Provenance = ProvenanceOf.Read(o.Provenance, o.Source) }
            : null;
    }

    /// <summary>
    /// Reads an outcome document (format version, municipality and outcomes only) and merges it into
    /// <paramref name="model"/>: each outcome replaces the one with the same indicator, period, breakdown and forecast
    /// flag, or is added.
    /// </summary>
    public (SteeringModel? Model, List<JsonProblem> Problems) ReadOutcomes(DocumentDto document, SteeringModel model)
    {
        if (!HeaderIsReadable(document))
        {
            return (null, _problems);
        }

        if (document.Municipality.Code != model.Municipality.Code)
        {
            _problems.Add(new("$.municipality.code", JsonProblemCodes.InvalidValue,
                $"The outcomes are for municipality '{document.Municipality.Code}', the model is {model.Municipality}."));
        }

        (string Name, bool Present)[] structure =
        [
            ("units", document.Units is not null), ("levels", document.Levels is not null), ("rules", document.Rules is not null),
            ("nodes", document.Nodes is not null), ("indicators", document.Indicators is not null), ("assessments", document.Assessments is not null),
            ("evaluation", document.Evaluation is not null), ("finance", document.Finance is not null), ("metadata", document.Metadata is not null),
            ("followUp", document.FollowUp is not null), ("budget", document.Budget is not null),
        ];
        foreach (var (name, present) in structure)
        {
            if (present)
            {
                _problems.Add(new("$." + name, JsonProblemCodes.InvalidValue, "An outcome document holds only formatVersion, municipality and outcomes."));
            }
        }

        var incoming = new List<(Outcome Outcome, string At)>();
        Each(document.Outcomes, "outcomes", (o, at) => { Unknown(o.Unknown, at); Unknown(o.Provenance?.Unknown, at + ".provenance"); Unknown(o.Disaggregation?.Unknown, at + ".disaggregation"); }, (o, at) =>
        {
            if (Outcome(o, at) is not { } outcome)
            {
                return false;
            }

            incoming.Add((outcome, at));
            return true;
        });
        if (_problems.Count > 0)
        {
            return (null, _problems);
        }

        var updated = model;
        foreach (var (outcome, at) in incoming)
        {
            try
            {
                updated = updated.WithOutcome(outcome);
            }
            catch (ModelValidationException e)
            {
                _problems.AddRange(e.Problems.Select(p => new JsonProblem(
                    at + (p.Location.Member is null ? "" : "." + p.Location.Member), p.Code, p.Message)));
            }
        }

        return _problems.Count > 0 ? (null, _problems) : (updated, _problems);
    }

    private TEnum? Enum<TEnum>(string text, string at)
        where TEnum : struct, Enum => JsonValues.Enum<TEnum>(text, at, _problems);

    private ReportingPeriod? Period(string text, string at) => JsonValues.Period(text, at, _problems);

    private LocalDate? Date(string text, string at) => JsonValues.Date(text, at, _problems);

    private TargetScope? Scope(string text, string at)
    {
        var parts = text.Split('-');
        if (parts.All(p => p.Length == 4 && p.All(char.IsAsciiDigit)))
        {
            var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
            if (parts.Length == 1 && first >= 1900)
            {
                return TargetScope.Year(first);
            }

            if (parts.Length == 2 && first >= 1900 && first <= 9996 && int.Parse(parts[1], CultureInfo.InvariantCulture) == first + 3)
            {
                return TargetScope.MandatePeriod(first);
            }
        }

        _problems.Add(new(at, JsonProblemCodes.InvalidValue, $"'{text}' is not a target scope; expected a year (2024) or a mandate period's budget years (2023-2026)."));
        return null;
    }

    private static string FirstLine(string message) => JsonValues.FirstLine(message);
}
