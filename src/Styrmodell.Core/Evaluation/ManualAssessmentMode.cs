namespace Styrmodell.Evaluation;

/// <summary>How an owner's manual assessment relates to the computed one. Both are always kept in the result.</summary>
public enum ManualAssessmentMode
{
    /// <summary>The manual category is the node's result and is what rolls up.</summary>
    Override,

    /// <summary>The computed category is the node's result; the manual one is shown beside it.</summary>
    Beside,
}
