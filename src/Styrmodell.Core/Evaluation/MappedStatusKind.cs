namespace Styrmodell.Evaluation;

/// <summary>Which status a node mapped from origins takes when its structure replaces theirs (<see cref="MappedStatus"/>).</summary>
public enum MappedStatusKind
{
    /// <summary>No origin is concerned (TeT <c>non_concerne</c>).</summary>
    NotConcerned,

    /// <summary>Origins are concerned but none reports any progress (TeT <c>non_renseigne</c>).</summary>
    NotReported,

    /// <summary>All done (TeT <c>fait</c>).</summary>
    Done,

    /// <summary>All planned (TeT <c>programme</c>).</summary>
    Planned,

    /// <summary>All not done (TeT <c>pas_fait</c>).</summary>
    NotDone,

    /// <summary>Split between done, planned and not done by shares (TeT <c>detaille_au_pourcentage</c>).</summary>
    Detailed,
}
