namespace Styrmodell.Json.Diagnosis;

/// <summary>
/// Explains why the fast reader failed on a document, in the order a person would fix it: the encoding, the JSON
/// syntax, the format version, then every value of the wrong shape at once. Runs only on failure, so it may be slow.
/// </summary>
internal static class Diagnosis
{
    /// <summary>
    /// Every problem found, or <see langword="null"/> when none of these checks finds one (the caller then keeps the
    /// reader's own message, so no failure goes unexplained).
    /// </summary>
    public static IReadOnlyList<JsonProblem>? Of(ReadOnlyMemory<byte> bytes) => Of(bytes, out _);

    /// <inheritdoc cref="Of(ReadOnlyMemory{byte})"/>
    /// <param name="bytes">The document.</param>
    /// <param name="shape">Whether the problems are the shape stage's: encoding, syntax and version are right.</param>
    public static IReadOnlyList<JsonProblem>? Of(ReadOnlyMemory<byte> bytes, out bool shape)
    {
        shape = false;
        if (EncodingCheck.Problem(bytes.Span) is { } encoding)
        {
            return [new JsonProblem("$", JsonProblemCodes.InvalidJson, encoding, 1, 1)];
        }

        if (bytes.Span.StartsWith(EncodingCheck.Utf8Bom))
        {
            bytes = bytes[EncodingCheck.Utf8Bom.Length..];
        }

        if (EncodingCheck.FirstInvalidUtf8(bytes.Span) is var offset and >= 0)
        {
            // The parser only looks inside strings when asked for them, and the serializer then names the object around.
            var (line, position) = SyntaxCheck.LineAndPosition(bytes.Span, offset);
            return [new JsonProblem(JsonPositions.PathAt(bytes, offset), JsonProblemCodes.InvalidJson,
                $"Byte 0x{bytes.Span[offset]:X2} is not UTF-8; the format is UTF-8. Save the document as UTF-8 (it may be in Windows-1252 or Latin-1).",
                line, position)];
        }

        var (document, syntax) = SyntaxCheck.Parse(bytes);
        if (document is null)
        {
            // Trailing content is named plainly; any other syntax error keeps the serializer's message, which has the path.
            return syntax is null ? null : [syntax];
        }

        using (document)
        {
            if (VersionCheck.Problem(document.RootElement) is { } version)
            {
                return Located([version], bytes);
            }

            var problems = ShapeCheck.Problems(document.RootElement);
            shape = problems.Count > 0;
            return shape ? Located(problems, bytes) : null;
        }
    }

    /// <summary>The problems with the line and position of the value each names, where the document holds it.</summary>
    private static List<JsonProblem> Located(IReadOnlyList<JsonProblem> problems, ReadOnlyMemory<byte> bytes)
    {
        var positions = JsonPositions.Of(bytes, problems.Select(p => p.Path).ToHashSet(StringComparer.Ordinal));
        return problems.Select(p => positions.TryGetValue(p.Path, out var at) ? p with { Line = at.Line, Position = at.Position } : p).ToList();
    }
}
