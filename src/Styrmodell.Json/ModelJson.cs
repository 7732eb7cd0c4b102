using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Json.Dto;
using Styrmodell.Exchange;
using Styrmodell.Model;

namespace Styrmodell.Json;

/// <summary>Reads and writes the Styrmodell JSON format, version 1.</summary>
/// <remarks>
/// Reading returns a <see cref="ReadResult"/>: the model, or every problem with its JSON path — an encoding problem, the
/// first syntax error, a version this reader does not read, or else every value of the wrong type at once (each with
/// line and position, the values quoted cut to 80 characters), and for a document of the right shape every value and
/// model problem at once. An element of the model's arrays with a wrong type or a bad value is reported and left out,
/// and the rest still read and checked (docs/format.md, "Errors", gives the stages and what stops what). A stream that fails is read again from where it
/// started, when it can seek, to explain why; a valid document is read once. Writing is canonical: properties in a fixed order, elements in the model's order, Swedish letters unescaped.
/// </remarks>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static partial class ModelJson
{
    private static readonly StyrmodellJsonContext Compact = new(Options(indented: false));
    private static readonly StyrmodellJsonContext Indented = new(Options(indented: true));

    /// <summary>Gets the JSON Schema (draft 2020-12) of format 1.x, as shipped in the package.</summary>
    /// <remarks>The schema checks shape and values; references between ids are checked by <see cref="Read(Stream, JsonReadOptions?)"/>.</remarks>
    public static string Schema { get; } = LoadSchema();

    /// <summary>Gets the newest format version this library writes (1.2); a document is written as the lowest version whose properties it uses (1.0, 1.1 with <c>followUp</c>, 1.2 with an indicator's <c>openData</c>).</summary>
    public static string FormatVersion => DocumentWriter.FormatVersion;

    /// <summary>Reads a document from a stream, without first loading it as a string.</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="options">How strictly to read; default <see cref="JsonReadOptions.Strict"/>.</param>
    /// <returns>The model, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static ReadResult Read(Stream utf8Json, JsonReadOptions? options = null)
    {
        Guard.Against.Null(utf8Json);
        var start = utf8Json.CanSeek ? utf8Json.Position : -1;
        try
        {
            return Map(JsonSerializer.Deserialize(utf8Json, Compact.DocumentDto), options);
        }
        catch (JsonException e)
        {
            return Diagnosed(utf8Json, start, options) ?? Invalid(e); // also malformed UTF-8, empty input, depth beyond the limit, trailing content
        }
        catch (Sections.SectionException e)
        {
            return Diagnosed(utf8Json, start, options) ?? Invalid(e);
        }
    }

    /// <summary>Reads a document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">How strictly to read; default <see cref="JsonReadOptions.Strict"/>.</param>
    /// <returns>The model, or every problem found.</returns>
    public static ReadResult Read(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null)
    {
        try
        {
            return Map(JsonSerializer.Deserialize(utf8Json, Compact.DocumentDto), options);
        }
        catch (JsonException e)
        {
            return Diagnosed(utf8Json.ToArray(), options) ?? Invalid(e);
        }
        catch (Sections.SectionException e)
        {
            return Diagnosed(utf8Json.ToArray(), options) ?? Invalid(e);
        }
    }

    /// <summary>
    /// Reads an outcome document — <c>formatVersion</c>, <c>municipality</c> and <c>outcomes</c> only, for yearly
    /// updates — and merges it into a model: each outcome replaces the one with the same indicator, period, breakdown
    /// and forecast flag, or is added.
    /// </summary>
    /// <param name="utf8Json">The outcome document, UTF-8.</param>
    /// <param name="document">The document to merge into; it is not changed.</param>
    /// <param name="options">How strictly to read; default <see cref="JsonReadOptions.Strict"/>.</param>
    /// <returns>The document with the merged model, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="document"/> is <see langword="null"/>.</exception>
    public static ReadResult ReadOutcomes(Stream utf8Json, ExchangeDocument document, JsonReadOptions? options = null)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(document);
        var model = document.Model;
        DocumentDto? outcomes;
        try
        {
            outcomes = JsonSerializer.Deserialize(utf8Json, Compact.DocumentDto);
        }
        catch (JsonException e)
        {
            return Invalid(e);
        }
        catch (Sections.SectionException e)
        {
            return Invalid(e);
        }

        if (outcomes is null)
        {
            return new(null, [new JsonProblem("$", JsonProblemCodes.InvalidJson, "The document is null; expected an object.")]);
        }

        if (NullElements.Find(outcomes, Compact.DocumentDto) is { Count: > 0 } nulls)
        {
            return new(null, [.. nulls]);
        }

        var reader = new DocumentReader(options ?? JsonReadOptions.Strict);
        var (merged, problems) = reader.ReadOutcomes(outcomes, model);
        // New outcomes cannot break the document's other parts: they name no level, node or category of their own.
        return new(merged is null ? null : document.WithModel(merged), [.. problems]) { Warnings = [.. reader.Warnings] };
    }

    /// <summary>
    /// Finds what a valid document holds that is probably not meant (targets outside the mandate period, indicators
    /// without an outcome in the latest period, units without nodes, baselines scored as thresholds beyond a target,
    /// steering documents and target decisions against the municipality's own rules), each at its JSON path. Computed on
    /// request, so reading pays nothing for it.
    /// </summary>
    /// <param name="document">The document, as read.</param>
    /// <returns>The warnings; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static EquatableArray<JsonProblem> Warnings(ExchangeDocument document) =>
        [.. Guard.Against.Null(document).Warnings().Select(w => new JsonProblem(DocumentReader.PathOf(w.Location), w.Code, w.Message))];

    /// <summary>Writes a document in canonical form: every section it holds, each element in the model's order, defaults left out.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">Where the UTF-8 document goes.</param>
    /// <param name="indented">Whether to indent (two spaces).</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static void Write(ExchangeDocument document, Stream utf8Json, bool indented = false)
    {
        Guard.Against.Null(document);
        Guard.Against.Null(utf8Json);
        JsonSerializer.Serialize(utf8Json, DocumentWriter.ToDocument(document), (indented ? Indented : Compact).DocumentDto);
    }

    /// <summary>Writes a document as canonical UTF-8 bytes.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent (two spaces).</param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static byte[] ToUtf8Bytes(ExchangeDocument document, bool indented = false) =>
        JsonSerializer.SerializeToUtf8Bytes(DocumentWriter.ToDocument(Guard.Against.Null(document)), (indented ? Indented : Compact).DocumentDto);

    /// <summary>Writes a model alone (no follow-up, finance or evaluation section) as a canonical document.</summary>
    /// <param name="model">The model.</param>
    /// <param name="utf8Json">Where the UTF-8 document goes.</param>
    /// <param name="indented">Whether to indent (two spaces).</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static void Write(SteeringModel model, Stream utf8Json, bool indented = false)
    {
        Guard.Against.Null(model);
        Guard.Against.Null(utf8Json);
        JsonSerializer.Serialize(utf8Json, DocumentWriter.ToDocument(model), (indented ? Indented : Compact).DocumentDto);
    }

    /// <summary>Writes a model alone as canonical UTF-8 bytes.</summary>
    /// <param name="model">The model.</param>
    /// <param name="indented">Whether to indent (two spaces).</param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public static byte[] ToUtf8Bytes(SteeringModel model, bool indented = false) =>
        JsonSerializer.SerializeToUtf8Bytes(DocumentWriter.ToDocument(Guard.Against.Null(model)), (indented ? Indented : Compact).DocumentDto);

    private static string LoadSchema()
    {
        using var stream = typeof(ModelJson).Assembly.GetManifestResourceStream("Styrmodell.Json.schema.json")
            ?? throw new InvalidOperationException("The schema resource is missing from Styrmodell.Json.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ReadResult Map(DocumentDto? document, JsonReadOptions? options)
    {
        if (document is null)
        {
            return new(null, [new JsonProblem("$", JsonProblemCodes.InvalidJson, "The document is null; expected an object.")]);
        }

        if (NullElements.Find(document, Compact.DocumentDto) is { Count: > 0 } nulls)
        {
            // A shape error, as a null in place of a required object is; when every null is an element of the model's
            // arrays, the rest is still read and checked, as with an element of the wrong type.
            return WithoutNullElements(document, nulls, options) ?? new(null, [.. nulls]);
        }

        var reader = new DocumentReader(options ?? JsonReadOptions.Strict);
        var (read, problems) = reader.Read(document);
        return new(read, [.. problems]) { Warnings = [.. reader.Warnings] };
    }

    /// <summary>
    /// Reads a failed document again from where it started, when the stream can go back, to say every problem plainly
    /// (encoding, syntax, version, each wrong value); <see langword="null"/> when it cannot go back or finds nothing.
    /// </summary>
    private static ReadResult? Diagnosed(Stream utf8Json, long start, JsonReadOptions? options)
    {
        if (start < 0)
        {
            return null;
        }

        utf8Json.Position = start;
        using var copy = new MemoryStream();
        utf8Json.CopyTo(copy);
        return Diagnosed(copy.GetBuffer().AsMemory(0, (int)copy.Length), options);
    }

    private static ReadResult? Diagnosed(ReadOnlyMemory<byte> utf8Json, JsonReadOptions? options) =>
        Diagnosis.Diagnosis.Of(utf8Json, out var shape) is not { } problems ? null
        : (shape ? Resumed(utf8Json, problems, options) : null) ?? new(null, [.. problems]);

    private static ReadResult Invalid(Sections.SectionException e) =>
        new(null, [new JsonProblem(e.Path, JsonProblemCodes.InvalidJson, Readable(e.Message), e.Line + 1, e.Position + 1)]);

    private static ReadResult Invalid(JsonException e) =>
        new(null, [new JsonProblem(e.Path ?? "$", JsonProblemCodes.InvalidJson, Readable(e.Message),
            e.LineNumber + 1, e.BytePositionInLine + 1)]);

    /// <summary>The serializer's message without its path suffix, naming the format's objects rather than internal types.</summary>
    private static string Readable(string message) =>
        DtoName().Replace(message.Split(" Path:")[0], m => Names.ObjectOf(m.Groups[1].Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:type )?'?Styrmodell\.Json\.Dto\.(\w+)Dto'?")]
    private static partial System.Text.RegularExpressions.Regex DtoName();

    private static JsonSerializerOptions Options(bool indented) => new(StyrmodellJsonContext.Default.Options)
    {
        WriteIndented = indented,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Swedish letters stay readable: å, not \u00E5
    };
}
