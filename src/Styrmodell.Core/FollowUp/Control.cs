using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.FollowUp;

/// <summary>
/// An internal control (kontroll): what is checked so that a risk does not occur or does less harm, how, by whom,
/// when and how often, with the results of each round.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Control
{
    /// <summary>Creates a control.</summary>
    /// <param name="id">A stable id, unique among the controls of its internal control plan.</param>
    /// <param name="what">What is checked.</param>
    /// <param name="how">How: the method, e.g. <c>stickprov på 20 fakturor</c>.</param>
    /// <param name="responsible">Who carries it out: a person or a role.</param>
    /// <param name="frequency">How often.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="frequency"/> is not a defined value.</exception>
    public Control(string id, string what, string how, string responsible, ControlFrequency frequency)
    {
        Id = id;
        What = what;
        How = how;
        Responsible = responsible;
        Frequency = frequency;
    }

    /// <summary>Gets the control's id.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Id { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets what is checked.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string What { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets how it is checked.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string How { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets who carries it out.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Responsible { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets how often it is carried out.</summary>
    /// <exception cref="ArgumentException">Set to a value that is not defined.</exception>
    public ControlFrequency Frequency { get; init => field = Guard.Against.EnumOutOfRange(value); }

    /// <summary>Gets when it is carried out (e.g. <c>april och oktober</c>), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? When { get; init; }

    /// <summary>Gets the results of the rounds carried out so far.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<ControlResult> Results { get; init; }

    /// <summary>Gets where the element comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
