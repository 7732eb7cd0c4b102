using Styrmodell.Targets;

namespace Styrmodell.Kolada;

/// <summary>What a re-import did to one outcome.</summary>
public enum KoladaChangeKind
{
    /// <summary>An outcome Kolada now has that the model did not.</summary>
    Added,

    /// <summary>A Kolada outcome whose value or status differs from the model's.</summary>
    Changed,

    /// <summary>A Kolada outcome the model had that Kolada no longer publishes (deleted, or gone from the answer).</summary>
    Removed,
}

/// <summary>One outcome a re-import added, changed or removed; outcomes from other sources are never touched.</summary>
/// <param name="Kind">Added, changed or removed.</param>
/// <param name="Before">The model's outcome before, or <see langword="null"/> when added.</param>
/// <param name="After">The outcome after, or <see langword="null"/> when removed.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KoladaOutcomeChange(KoladaChangeKind Kind, Outcome? Before, Outcome? After);
