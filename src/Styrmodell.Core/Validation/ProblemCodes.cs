namespace Styrmodell.Validation;

/// <summary>
/// The catalogue of stable problem codes. Codes never change meaning once released; new rules get new codes.
/// </summary>
public static class ProblemCodes
{
    /// <summary>An id is empty or only white space.</summary>
    public const string InvalidId = "invalid-id";

    /// <summary>Two elements of the same kind share an id.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A node names a level that is not defined.</summary>
    public const string UnknownLevel = "unknown-level";

    /// <summary>A reference (parent, owner, contribution target, allowed level) names an element that does not exist.</summary>
    public const string DanglingReference = "dangling-reference";

    /// <summary>A node's parent is at a level not allowed above the node's level.</summary>
    public const string LevelNotAllowedUnderParent = "level-not-allowed-under-parent";

    /// <summary>A node at a level that must sit under another level has no parent.</summary>
    public const string MissingParent = "missing-parent";

    /// <summary>A node at a top level (no allowed parent levels) has a parent.</summary>
    public const string UnexpectedParent = "unexpected-parent";

    /// <summary>A node contributes to a node at a level it could not sit under.</summary>
    public const string ContributionLevelNotAllowed = "contribution-level-not-allowed";

    /// <summary>A node links to the same node twice (as parent and contribution, or two contributions).</summary>
    public const string DuplicateLink = "duplicate-link";

    /// <summary>A node's owner unit is of a kind the level does not allow.</summary>
    public const string OwnerNotAllowed = "owner-not-allowed";

    /// <summary>A node at a level that restricts owner kinds has no owner.</summary>
    public const string MissingOwner = "missing-owner";

    /// <summary>Parent and contribution links, or the organisation tree, form a cycle.</summary>
    public const string Cycle = "cycle";

    /// <summary>A weight is negative, NaN or infinite.</summary>
    public const string InvalidWeight = "invalid-weight";

    /// <summary>A cardinality rule is not satisfied, or is itself malformed.</summary>
    public const string CardinalityViolated = "cardinality-violated";

    /// <summary>A cardinality rule's own definition is inconsistent (for example minimum above maximum).</summary>
    public const string InvalidRule = "invalid-rule";
}
