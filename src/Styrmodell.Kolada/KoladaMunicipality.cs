namespace Styrmodell.Kolada;

/// <summary>A municipality or region in Kolada.</summary>
/// <param name="Code">The four-digit code, leading zeros kept (<c>0486</c>); <c>0000</c> is the whole country (Riket).</param>
/// <param name="Title">The name, e.g. <c>Strängnäs</c>.</param>
/// <param name="Type"><c>K</c> municipality, <c>L</c> region (and the country).</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KoladaMunicipality(string Code, string Title, string Type);
