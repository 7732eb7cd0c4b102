using Ardalis.GuardClauses;

namespace Styrmodell.Governance;

/// <summary>
/// One kind of steering document (styrdokument) in a municipality's own taxonomy — policy, program, riktlinje,
/// anvisning, rutin — and what a document of the kind may state.
/// </summary>
/// <remarks>
/// Who may decide a document of the type is not kept here: the type's <see cref="Id"/> is the matter of the
/// <see cref="DecisionAuthority"/>'s grants, so the register and every other decision ask one list.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record SteeringDocumentType
{
    /// <summary>Creates a document type.</summary>
    /// <param name="id">A stable id, unique among the types, e.g. <c>policy</c>; also the matter its grants name.</param>
    /// <param name="name">The municipality's own name for it, e.g. <c>Policy</c>.</param>
    /// <param name="category">Political or administrative.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The id or name is empty or white space, or the category is not defined.</exception>
    public SteeringDocumentType(string id, string name, DocumentCategory category)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Name = Guard.Against.NullOrWhiteSpace(name);
        Category = Guard.Against.EnumOutOfRange(category);
    }

    /// <summary>Gets the type's id.</summary>
    public string Id { get; }

    /// <summary>Gets the municipality's name for the type.</summary>
    public string Name { get; }

    /// <summary>Gets whether the type is political or administrative.</summary>
    public DocumentCategory Category { get; }

    /// <summary>Gets whether a document of the type may state goals (nodes at goal or indicator levels).</summary>
    /// <value>Default <see langword="true"/>; Arboga's policy may not.</value>
    public bool MayStateGoals { get; init; } = true;

    /// <summary>Gets whether a document of the type may state measures (nodes at activity or assignment levels).</summary>
    /// <value>Default <see langword="true"/>; Arboga's policy may not.</value>
    public bool MayStateMeasures { get; init; } = true;

    /// <summary>
    /// Gets whether the goals a document of the type states must relate to the mandate period's goals: each is one of
    /// the model's top goals or contributes to one.
    /// </summary>
    /// <value>Default <see langword="false"/>; Arboga's program: <see langword="true"/>.</value>
    public bool GoalsFollowMandate { get; init; }

    /// <summary>Gets where the type is defined (the municipality's steering model, its guidelines for steering documents).</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
