using Ardalis.GuardClauses;

namespace Styrmodell.Model;

/// <summary>
/// A classification attached to a node, as a scheme and a value: for example Agenda 2030 goal 4
/// (<c>agenda2030</c>, <c>4</c>) or a perspective (<c>perspektiv</c>, <c>Invånare</c>).
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct NodeTag
{
    /// <summary>Creates a tag.</summary>
    /// <param name="scheme">The classification scheme, e.g. <c>agenda2030</c>.</param>
    /// <param name="value">The value within the scheme, e.g. <c>4</c>.</param>
    /// <exception cref="ArgumentException">An argument is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public NodeTag(string scheme, string value)
    {
        Scheme = Guard.Against.NullOrWhiteSpace(scheme);
        Value = Guard.Against.NullOrWhiteSpace(value);
    }

    /// <summary>Gets the classification scheme.</summary>
    public string Scheme { get; }

    /// <summary>Gets the value within the scheme.</summary>
    public string Value { get; }

    /// <summary>Returns <c>scheme:value</c>.</summary>
    /// <returns>The tag as text.</returns>
    public override string ToString() => $"{Scheme}:{Value}";
}
