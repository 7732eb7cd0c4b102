using Styrmodell.Collections;

namespace Styrmodell.Kolada;

/// <summary>A municipality group in Kolada, e.g. the "liknande kommuner" a municipality is compared with.</summary>
/// <param name="Id">The group's id, e.g. <c>G124026</c>.</param>
/// <param name="Title">The group's title.</param>
/// <param name="Members">The member municipalities' codes.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KoladaMunicipalityGroup(string Id, string Title, EquatableArray<string> Members)
{
    /// <summary>The whole country, Kolada's <c>0000</c> (Riket), whose own value Kolada publishes.</summary>
    public static KoladaMunicipalityGroup Country { get; } = new("0000", "Riket", ["0000"]);
}
