namespace Styrmodell.Reporting;

/// <summary>The headings of a rendered status check, in the order of its sections; data, so a municipality may use its own words.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record StatusCheckHeadings
{
    /// <summary>Gets Västerås's headings: the contents of its nulägeskoll, as its 2023 steering model lists them.</summary>
    public static StatusCheckHeadings Vasteras { get; } = new();

    /// <summary>Gets the title's prefix, before the unit's name and the period.</summary>
    /// <value>Default <c>Nulägeskoll</c>.</value>
    public string Title { get; init; } = "Nulägeskoll";

    /// <summary>Gets the heading of the mission.</summary>
    /// <value>Default <c>Nämndens uppdrag</c>.</value>
    public string Mission { get; init; } = "Nämndens uppdrag";

    /// <summary>Gets the heading of the overall analysis.</summary>
    /// <value>Default <c>Vår samlade analys av nämndens nuläge</c>.</value>
    public string OverallAnalysis { get; init; } = "Vår samlade analys av nämndens nuläge";

    /// <summary>Gets the heading of the needs of those served.</summary>
    /// <value>Default <c>Behoven hos dem vi finns till för</c>.</value>
    public string Needs { get; init; } = "Behoven hos dem vi finns till för";

    /// <summary>Gets the heading of the results.</summary>
    /// <value>Default <c>Verksamhetens resultat</c>.</value>
    public string Results { get; init; } = "Verksamhetens resultat";

    /// <summary>Gets the heading of the challenges.</summary>
    /// <value>Default <c>Verksamhetens största utmaningar</c>.</value>
    public string Challenges { get; init; } = "Verksamhetens största utmaningar";

    /// <summary>Gets the heading of the key figures.</summary>
    /// <value>Default <c>Nyckeltal</c>.</value>
    public string KeyFigures { get; init; } = "Nyckeltal";

    /// <summary>Gets the heading of the trends.</summary>
    /// <value>Default <c>Trender och deras konsekvenser för verksamheten</c>.</value>
    public string Trends { get; init; } = "Trender och deras konsekvenser för verksamheten";

    /// <summary>Gets the word put before a key figure's target.</summary>
    /// <value>Default <c>mål</c>.</value>
    public string Target { get; init; } = "mål";

    /// <summary>Gets what is shown where a text has not been written.</summary>
    /// <value>Default <c>—</c>.</value>
    public string Missing { get; init; } = "—";
}
