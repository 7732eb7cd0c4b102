using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;

namespace Styrmodell.Governance;

/// <summary>
/// One steering document (styrdokument) in the municipality's register: what it is, who decided it, what it applies
/// to, how long it holds and when it is to be reviewed, who owns it, its versions, and what in the model it states.
/// </summary>
/// <remarks>Not the exchange document (<see cref="Exchange.ExchangeDocument"/>), which may carry a register of these.</remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record SteeringDocument
{
    /// <summary>Creates a register entry.</summary>
    /// <param name="id">A stable id, unique in the register.</param>
    /// <param name="title">The document's title, e.g. <c>Finanspolicy</c>.</param>
    /// <param name="typeId">The id of its <see cref="SteeringDocumentType"/>.</param>
    /// <param name="decision">The decision that adopted the version in force.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The id, title or type id is empty or white space.</exception>
    public SteeringDocument(string id, string title, string typeId, DocumentDecision decision)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Title = Guard.Against.NullOrWhiteSpace(title);
        TypeId = Guard.Against.NullOrWhiteSpace(typeId);
        Decision = Guard.Against.Null(decision);
    }

    /// <summary>Gets the entry's id.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the id of the document's type.</summary>
    public string TypeId { get; }

    /// <summary>Gets the decision that adopted the version in force.</summary>
    public DocumentDecision Decision { get; }

    /// <summary>Gets the units the document applies to.</summary>
    /// <value>Default <see cref="DecisionScope.WholeMunicipality"/>.</value>
    public DecisionScope Scope { get; init => field = Guard.Against.Null(value); } = DecisionScope.WholeMunicipality;

    /// <summary>Gets the first day the document applies.</summary>
    /// <value>Default <see langword="null"/>: from the decision's date.</value>
    public LocalDate? ValidFrom { get; init; }

    /// <summary>Gets the last day the document applies.</summary>
    /// <value>Default <see langword="null"/>: until further notice (tills vidare).</value>
    public LocalDate? ValidUntil { get; init; }

    /// <summary>Gets when the document's relevance is next to be reviewed (aktualitetsprövning).</summary>
    /// <value>Default <see langword="null"/>: no review is stated.</value>
    public ReviewRule? Review { get; init; }

    /// <summary>Gets the date the document's relevance was last reviewed and confirmed without a new version.</summary>
    /// <value>Default <see langword="null"/>: not reviewed since the decision.</value>
    public LocalDate? LastReviewed { get; init; }

    /// <summary>Gets who answers for the document (dokumentansvarig, processägare), as the register names them.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public string? Owner { get; init; }

    /// <summary>Gets the earlier versions, oldest first; the version in force is <see cref="Decision"/>.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<DocumentVersion> History { get; init => field = Guard.Against.NullElements(value, nameof(History)); }

    /// <summary>Gets the ids of the model's nodes the document states (its goals, measures, assignments, missions).</summary>
    /// <value>Default empty.</value>
    public EquatableArray<string> NodeIds { get; init => field = Guard.Against.NullElements(value, nameof(NodeIds)); }

    /// <summary>Gets the ids of the units whose standing mission (grunduppdrag) the document governs: one of their important documents.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<string> MissionUnitIds { get; init => field = Guard.Against.NullElements(value, nameof(MissionUnitIds)); }

    /// <summary>Gets where the entry comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }

    /// <summary>Gets the date the review is counted from: the later of the decision and the last review.</summary>
    public LocalDate ReviewedOrDecided => LastReviewed is { } reviewed && reviewed > Decision.Date ? reviewed : Decision.Date;

    /// <summary>Gets the date the next review is due, or <see langword="null"/> when no review is stated (or it lies beyond the known terms).</summary>
    public LocalDate? ReviewDue => Review?.DueAfter(ReviewedOrDecided);

    /// <summary>Gets the first day the document applies: <see cref="ValidFrom"/> or the decision's date.</summary>
    public LocalDate InForceFrom => ValidFrom ?? Decision.Date;
}
