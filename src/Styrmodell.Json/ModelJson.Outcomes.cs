using System.Text.Json;
using Ardalis.GuardClauses;
using Styrmodell.Model;
using Styrmodell.Targets;

namespace Styrmodell.Json;

public static partial class ModelJson
{
    /// <summary>
    /// Writes an outcome document — <c>formatVersion</c>, <c>municipality</c> and <c>outcomes</c> only — that
    /// <see cref="ReadOutcomes"/> merges into a model, e.g. outcomes imported from open data.
    /// </summary>
    /// <param name="municipality">The municipality the outcomes are for.</param>
    /// <param name="outcomes">The outcomes, written in this order.</param>
    /// <param name="utf8Json">Where the UTF-8 document goes.</param>
    /// <param name="indented">Whether to indent (two spaces).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>, or an outcome is.</exception>
    public static void WriteOutcomes(Municipality municipality, IEnumerable<Outcome> outcomes, Stream utf8Json, bool indented = false)
    {
        Guard.Against.Null(municipality);
        Guard.Against.Null(utf8Json);
        var list = Guard.Against.Null(outcomes).ToList();
        Guard.Against.InvalidInput(list, nameof(outcomes), l => !l.Contains(null!), "The outcomes must not contain null.");
        JsonSerializer.Serialize(utf8Json, DocumentWriter.ToOutcomeDocument(municipality, list), (indented ? Indented : Compact).DocumentDto);
    }
}
