using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;
using Styrmodell.Evaluation;
using Styrmodell.Exchange;
using Styrmodell.Model;
using Styrmodell.Time;

namespace Styrmodell.Reporting;

/// <summary>
/// What an evaluation report shows, independent of its format: the municipality, period and as-of date, the model's
/// sources, every node in hierarchy order with its result and explanation, and category counts per owner, target
/// area and level.
/// </summary>
/// <remarks>Render it with <see cref="TextReportWriter"/>, <see cref="MarkdownReportWriter"/> or <see cref="JsonReportWriter"/>.</remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record EvaluationReport
{
    private EvaluationReport(EvaluationResult result, EquatableArray<ReportRow> rows, EquatableArray<ReportSummary> summaries, FinanceReport? finance)
    {
        Finance = finance;
        Municipality = result.Model.Municipality;
        Period = result.Period;
        AsOf = result.AsOf;
        Scale = result.Options.Scale;
        Rounding = result.Options.Rounding;
        Sources = result.Model.Metadata.Sources;
        Rows = rows;
        Summaries = summaries;
    }

    /// <summary>Gets the municipality.</summary>
    public Municipality Municipality { get; }

    /// <summary>Gets the period evaluated.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the date whose targets and assessments applied.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the scale the categories come from.</summary>
    public AssessmentScale Scale { get; }

    /// <summary>Gets the rounding rule for the numbers the report shows.</summary>
    public Rounding Rounding { get; }

    /// <summary>Gets the documents the model names as its sources.</summary>
    public EquatableArray<SourceDocument> Sources { get; }

    /// <summary>Gets every node, depth first: each node followed by its children in the model's order.</summary>
    public EquatableArray<ReportRow> Rows { get; }

    /// <summary>Gets the summaries by owner, by target area and by level, in that order.</summary>
    public EquatableArray<ReportSummary> Summaries { get; }

    /// <summary>
    /// Gets how many outcomes with a value fall within the period, or <see langword="null"/> when the report was made
    /// from a goal evaluation alone. Zero means the period had nothing to evaluate.
    /// </summary>
    public int? OutcomesInPeriod { get; init; }

    /// <summary>Gets the financial part for the fiscal year evaluated, or <see langword="null"/> when there is none.</summary>
    public FinanceReport? Finance { get; }

    /// <summary>Gets the steering-document register as of the report's date, or <see langword="null"/> when the document has none.</summary>
    public RegisterReport? Register { get; init; }

    /// <summary>Gets the budget follow-up for the year evaluated, or <see langword="null"/> when the document's budget has no frame for it.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public BudgetReport? Budget { get; init; }

    /// <summary>Builds the report of a document's evaluation: goals, the financial and budget parts when the evaluation has them, and the steering-document register.</summary>
    /// <param name="evaluation">The document's evaluation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is <see langword="null"/>.</exception>
    public static EvaluationReport Create(DocumentEvaluation evaluation)
    {
        Guard.Against.Null(evaluation);
        return Create(evaluation.Goals, evaluation.Finance, evaluation.Document.Finance?.Rule) with
        {
            OutcomesInPeriod = evaluation.OutcomesInPeriod, Register = RegisterReport.From(evaluation),
            Budget = evaluation.Budget is { } budget ? BudgetReport.From(budget, evaluation.Document.Model) : null,
        };
    }

    /// <summary>Builds the report of a goal-fulfilment evaluation alone.</summary>
    /// <param name="result">The evaluation.</param>
    /// <returns>The report, without a financial part.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    public static EvaluationReport Create(EvaluationResult result) => Create(result, null, null);

    private static EvaluationReport Create(EvaluationResult result, FinanceEvaluation? financeEvaluation, Finance.GoodFinancialManagementRule? gehRule)
    {
        Guard.Against.Null(result);
        var model = result.Model;
        var results = result.All().ToDictionary(r => r.NodeId, StringComparer.Ordinal);
        var illustrative = new Dictionary<string, bool>(StringComparer.Ordinal);
        var rows = new List<ReportRow>(results.Count);
        var pending = new Stack<(Node Node, int Depth)>();
        foreach (var root in model.Roots().Reverse())
        {
            pending.Push((root, 0));
        }

        while (pending.TryPop(out var item))
        {
            var (node, depth) = item;
            var level = model.LevelOf(node.Id);
            rows.Add(new ReportRow(
                depth,
                node,
                level,
                node.OwnerId is null ? null : model.FindUnit(node.OwnerId),
                level.Role == LevelRole.Vision || result.Options.AssessedRoles.Contains(level.Role),
                results[node.Id],
                [.. node.Contributions.Select(c => new ReportLink(c.TargetId, model.GetNode(c.TargetId).Title, c.Weight))])
            {
                RestsOnIllustrativeData = RestsOnIllustrativeData(node.Id, results, illustrative),
            });
            foreach (var child in model.ChildrenOf(node.Id).Reverse())
            {
                pending.Push((child, depth + 1));
            }
        }

        ReportSummary[] summaries =
        [
            Summary(result, SummaryGrouping.Owner),
            Summary(result, SummaryGrouping.TargetArea),
            Summary(result, SummaryGrouping.Level),
        ];
        var finance = financeEvaluation is null ? null : FinanceReport.From(financeEvaluation);
        if (finance is { Judgement: not null } && gehRule is { } rule)
        {
            finance = finance with
            {
                JudgementRestsOnIllustrativeData = (rule.RequireBalanceRequirement && finance.IsIllustrative)
                    || rule.Conditions.SelectMany(c => c.GoalIds).Any(id => illustrative.TryGetValue(id, out var marked) && marked),
            };
        }

        return new EvaluationReport(result, [.. rows], [.. summaries], finance);
    }

    /// <summary>
    /// Whether a result cites illustrative content, or uses an input that rests on some. Iterative, so that deep
    /// hierarchies cannot overflow the stack; each node is decided once.
    /// </summary>
    private static bool RestsOnIllustrativeData(string start, Dictionary<string, NodeResult> results, Dictionary<string, bool> known)
    {
        var pending = new Stack<string>();
        pending.Push(start);
        while (pending.TryPeek(out var id))
        {
            if (known.ContainsKey(id))
            {
                pending.Pop();
                continue;
            }

            var explanation = results[id].Explanation;
            var used = explanation.Inputs.Where(i => i.Use == InputUse.Used).Select(i => i.NodeId).ToList();
            var open = used.Where(u => !known.ContainsKey(u)).ToList();
            if (open.Count > 0)
            {
                open.ForEach(pending.Push);
                continue;
            }

            pending.Pop();
            known[id] = IllustrativeMarker.Cited(explanation) || used.Any(u => known[u]);
        }

        return known[start];
    }

    private static ReportSummary Summary(EvaluationResult result, SummaryGrouping grouping)
    {
        var scale = result.Options.Scale;
        var columns = scale.Categories.Select(c => c.Id).Append(scale.NotAssessed.Id).ToList();
        var rows = result.Summarise(grouping)
            .GroupBy(c => c.Group, StringComparer.Ordinal)
            .Select(g => new SummaryRow(g.Key, [.. columns.Select(id => g.Where(c => c.Category.Id == id).Sum(c => c.Count))]));
        return new ReportSummary(grouping, [.. rows]);
    }
}
