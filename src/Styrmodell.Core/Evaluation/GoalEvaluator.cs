using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Model;
using Styrmodell.Time;

namespace Styrmodell.Evaluation;

/// <summary>
/// Evaluates goal fulfilment: a pure function of (model, period, as-of date, options). Indicators are assessed
/// against the target that applied on the as-of date; every other node rolls up from the nodes that feed it, each
/// evaluated once however many nodes it feeds.
/// </summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class GoalEvaluator
{
    /// <summary>Evaluates every node of a model for a period.</summary>
    /// <param name="model">The model.</param>
    /// <param name="period">The period evaluated, e.g. <c>ReportingPeriod.Year(2024)</c>.</param>
    /// <param name="asOf">The date whose decided targets and manual assessments apply.</param>
    /// <param name="options">The configuration; default <see cref="EvaluationOptions.Default"/>.</param>
    /// <returns>The result, with a trace for every node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options do not fit the model; the message lists every problem.</exception>
    public static EvaluationResult Evaluate(SteeringModel model, ReportingPeriod period, LocalDate asOf, EvaluationOptions? options = null)
    {
        Guard.Against.Null(model);
        Guard.Against.Null(period);
        options ??= EvaluationOptions.Default;
        OptionsValidator.ThrowIfInvalid(options, model);
        var evaluator = new NodeEvaluator(model, period, asOf, options);
        var state = new EvaluationState(model.Index.Nodes.Length);
        var buffer = new InputBuffer();
        foreach (var n in BottomUpOrder(model))
        {
            evaluator.Evaluate(n, state, buffer);
        }

        return new EvaluationResult(model, period, asOf, options, evaluator, state);
    }

    /// <summary>Orders nodes so that every node comes after all nodes that feed it (Kahn's algorithm, O(nodes + links)).</summary>
    internal static int[] BottomUpOrder(SteeringModel model)
    {
        var index = model.Index;
        var count = index.Nodes.Length;
        var waiting = new int[count];
        var order = new int[count];
        var tail = 0;
        for (var n = 0; n < count; n++)
        {
            waiting[n] = model.DownStart[n + 1] - model.DownStart[n];
            if (waiting[n] == 0)
            {
                order[tail++] = n;
            }
        }

        for (var head = 0; head < tail; head++)
        {
            var n = order[head];
            for (var e = index.UpStart[n]; e < index.UpStart[n + 1]; e++)
            {
                if (--waiting[index.UpTarget[e]] == 0)
                {
                    order[tail++] = index.UpTarget[e];
                }
            }
        }

        return order;
    }
}
