namespace Styrmodell.Evaluation;

/// <summary>A kind of number a report shows, each of which a system may round its own way (<see cref="QuantityRounding"/>).</summary>
public enum PresentedQuantity
{
    /// <summary>A score shown as a percentage (<see cref="PresentedResult.ScorePercent"/>).</summary>
    Score,

    /// <summary>An indicator's outcome value (<see cref="PresentedResult.Value"/>).</summary>
    Value,

    /// <summary>Points awarded and available (<see cref="PresentedResult.PointsAwarded"/>, <see cref="PresentedResult.PointsAvailable"/>).</summary>
    Points,

    /// <summary>
    /// The way done, the whole way and what is left towards a target (<see cref="PresentedResult.Done"/>,
    /// <see cref="PresentedResult.Total"/>, <see cref="PresentedResult.Remaining"/>; okr-tracker's "tasks").
    /// </summary>
    Progress,
}
