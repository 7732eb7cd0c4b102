using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Model.Rules;
using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Model;

/// <summary>
/// Collects a municipality's units, levels, nodes, rules, indicator definitions and outcomes, then validates them all at once and builds an
/// immutable <see cref="SteeringModel"/>.
/// </summary>
/// <remarks>
/// Elements may be added in any order; references are resolved when building, which takes time linear in the
/// number of elements and links. Every problem is reported at once, each naming the element, its id and the rule
/// broken. A builder builds one model: after a successful build it refuses further additions.
/// </remarks>
/// <threadsafety>Not thread-safe: use one builder from one thread. The model it builds is immutable.</threadsafety>
public sealed class SteeringModelBuilder
{
    private readonly List<OrganisationUnit> _units = [];
    private readonly List<LevelDefinition> _levels = [];
    private readonly List<Node> _nodes = [];
    private readonly List<CardinalityRule> _rules = [];
    private readonly List<Indicator> _indicators = [];
    private readonly List<Outcome> _outcomes = [];
    private readonly List<ManualAssessment> _assessments = [];
    private bool _built;

    /// <summary>Starts a builder for a municipality's model.</summary>
    /// <param name="municipality">The municipality the model belongs to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="municipality"/> is <see langword="null"/>.</exception>
    public SteeringModelBuilder(Municipality municipality) => Municipality = Guard.Against.Null(municipality);

    /// <summary>Gets the municipality the model belongs to.</summary>
    public Municipality Municipality { get; }

    /// <summary>Gets the model's metadata (mandate period, source documents).</summary>
    /// <value>Default <see cref="ModelMetadata.None"/>.</value>
    public ModelMetadata Metadata { get; private set; } = ModelMetadata.None;

    /// <summary>Sets the model's metadata.</summary>
    /// <param name="metadata">The metadata.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metadata"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder WithMetadata(ModelMetadata metadata)
    {
        ThrowIfBuilt();
        Metadata = Guard.Against.Null(metadata);
        return this;
    }

    /// <summary>Adds an organisation unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddUnit(OrganisationUnit unit) => Add(_units, unit);

    /// <summary>Adds a level definition.</summary>
    /// <param name="level">The level.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddLevel(LevelDefinition level) => Add(_levels, level);

    /// <summary>Adds a node.</summary>
    /// <param name="node">The node.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddNode(Node node) => Add(_nodes, node);

    /// <summary>Adds a cardinality rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddRule(CardinalityRule rule) => Add(_rules, rule);

    /// <summary>Adds the definition (unit, direction, baseline, targets) of an indicator node.</summary>
    /// <param name="indicator">The indicator definition.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddIndicator(Indicator indicator) => Add(_indicators, indicator);

    /// <summary>Adds an outcome of an indicator.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddOutcome(Outcome outcome) => Add(_outcomes, outcome);

    /// <summary>Adds an owner's manual assessment of a node.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddAssessment(ManualAssessment assessment) => Add(_assessments, assessment);

    /// <summary>Adds manual assessments, in order.</summary>
    /// <param name="assessments">The assessments.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddAssessments(IEnumerable<ManualAssessment> assessments) => AddAll(_assessments, assessments);

    /// <summary>Adds indicator definitions, in order.</summary>
    /// <param name="indicators">The indicator definitions.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddIndicators(IEnumerable<Indicator> indicators) => AddAll(_indicators, indicators);

    /// <summary>Adds outcomes, in order.</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcomes"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddOutcomes(IEnumerable<Outcome> outcomes) => AddAll(_outcomes, outcomes);

    /// <summary>Adds organisation units, in order.</summary>
    /// <param name="units">The units.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddUnits(IEnumerable<OrganisationUnit> units) => AddAll(_units, units);

    /// <summary>Adds level definitions, in order.</summary>
    /// <param name="levels">The levels.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddLevels(IEnumerable<LevelDefinition> levels) => AddAll(_levels, levels);

    /// <summary>Adds nodes, in order.</summary>
    /// <param name="nodes">The nodes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodes"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddNodes(IEnumerable<Node> nodes) => AddAll(_nodes, nodes);

    /// <summary>Adds cardinality rules, in order.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModelBuilder AddRules(IEnumerable<CardinalityRule> rules) => AddAll(_rules, rules);

    /// <summary>Checks everything added so far against every rule, without building.</summary>
    /// <returns>Every problem found, in a stable order; empty when the model is valid.</returns>
    public EquatableArray<ValidationProblem> Validate() => Validate(static (_, _) => { });

    /// <summary>Checks the model and, on its index, what rests on it (see <see cref="TryBuild(List{ValidationProblem}, Action{ModelIndex, List{ValidationProblem}})"/>), without building.</summary>
    internal EquatableArray<ValidationProblem> Validate(Action<ModelIndex, List<ValidationProblem>> alsoCheck)
    {
        var problems = new List<ValidationProblem>();
        CheckMunicipality(problems);
        alsoCheck(ModelValidator.Index(_units, _levels, _nodes, _rules, _indicators, _outcomes, _assessments, problems), problems);
        return problems.ToEquatableArray();
    }

    /// <summary>Validates and, when valid, builds the model.</summary>
    /// <param name="model">The model, or <see langword="null"/> when there were problems.</param>
    /// <param name="problems">Every problem found; empty when the model was built.</param>
    /// <returns><see langword="true"/> when the model was built.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public bool TryBuild([NotNullWhen(true)] out SteeringModel? model, out EquatableArray<ValidationProblem> problems)
    {
        var found = new List<ValidationProblem>();
        model = TryBuild(found, static (_, _) => { });
        problems = found.ToEquatableArray();
        return model is not null;
    }

    /// <summary>
    /// Validates the model, then runs <paramref name="alsoCheck"/> on its index (even when the model has problems, so
    /// that data resting on the model, such as a document's sections, is checked in the same pass), and builds the
    /// model when nothing at all was found.
    /// </summary>
    internal SteeringModel? TryBuild(List<ValidationProblem> found, Action<ModelIndex, List<ValidationProblem>> alsoCheck)
    {
        ThrowIfBuilt();
        CheckMunicipality(found);
        var index = ModelValidator.Index(_units, _levels, _nodes, _rules, _indicators, _outcomes, _assessments, found);
        alsoCheck(index, found);
        if (found.Count > 0)
        {
            return null;
        }

        _built = true;
        return new SteeringModel(Municipality, index) { Metadata = Metadata };
    }

    private void CheckMunicipality(List<ValidationProblem> problems) =>
        TextLimits.CheckName(Municipality.Name, "The municipality's name", new(ModelElement.Model, Municipality.Code, 0, "municipality.name"), problems);

    /// <summary>Validates and builds the model.</summary>
    /// <returns>The model.</returns>
    /// <exception cref="ModelValidationException">The model breaks rules; the exception lists every problem.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its model.</exception>
    public SteeringModel Build() =>
        TryBuild(out var model, out var problems) ? model! : throw new ModelValidationException(problems);

    private SteeringModelBuilder Add<T>(List<T> list, T item)
    {
        ThrowIfBuilt();
        list.Add(Guard.Against.Null(item));
        return this;
    }

    private SteeringModelBuilder AddAll<T>(List<T> list, IEnumerable<T> items)
    {
        ThrowIfBuilt();
        if (Guard.Against.Null(items).TryGetNonEnumeratedCount(out var count))
        {
            list.EnsureCapacity(list.Count + count);
        }

        foreach (var item in items)
        {
            list.Add(Guard.Against.Null(item, nameof(items), $"{nameof(items)} holds a null element."));
        }

        return this;
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its model; start a new builder or call SteeringModel.ToBuilder().");
        }
    }
}
