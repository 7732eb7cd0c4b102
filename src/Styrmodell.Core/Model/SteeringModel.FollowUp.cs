using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.FollowUp;

namespace Styrmodell.Model;

public sealed partial class SteeringModel
{
    /// <summary>Gets the follow-up data: special assignments, activities, internal control, action plans, analysis texts, status-check texts.</summary>
    /// <value>Default <see cref="FollowUpData.Empty"/>.</value>
    public FollowUpData FollowUp { get; internal init; } = FollowUpData.Empty;

    /// <summary>
    /// Returns a model with other follow-up data, checked against this model's units and nodes. The structure and
    /// measurements are shared, not copied: follow-up data does not change goal fulfilment by itself.
    /// </summary>
    /// <param name="followUp">The new follow-up data.</param>
    /// <returns>The changed model; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="followUp"/> is <see langword="null"/>.</exception>
    /// <exception cref="ModelValidationException">The follow-up data does not fit the model; the exception lists every problem.</exception>
    public SteeringModel WithFollowUp(FollowUpData followUp)
    {
        Guard.Against.Null(followUp);
        var problems = new List<Validation.ValidationProblem>();
        FollowUpValidator.Check(followUp, _index, problems);
        if (problems.Count > 0)
        {
            throw new ModelValidationException(problems.ToEquatableArray());
        }

        return new SteeringModel(this, _index, _measurements.IsValueCreated ? _measurements.Value : null) { FollowUp = followUp };
    }
}
