namespace Styrmodell.Kolada;

/// <summary>What a response says beside its values: how many there are in all, and where the next page is.</summary>
/// <param name="Count">The envelope's <c>count</c>, when given.</param>
/// <param name="NextUrl">v3 <c>next_url</c> or v2 <c>next_page</c>; <see langword="null"/> on the last page.</param>
internal readonly record struct KoladaPage(int? Count, string? NextUrl);
