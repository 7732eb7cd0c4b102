using System.Globalization;
using System.Text.Json;
using Styrmodell.Targets;

namespace Styrmodell.Kolada;

/// <summary>
/// Reads Kolada's response envelopes (<c>{"values": [...], "count": N, "next_url"|"next_page": …}</c>) and the records
/// in them, from the API or a saved file, in v2's or v3's spelling. Anything else is one
/// <see cref="KoladaResponseException"/> naming the source and the JSON path; no part of a bad page is kept.
/// </summary>
/// <remarks>
/// Properties Kolada may add later are skipped; a known property of the wrong type, or a missing required one, is an
/// error. Data records are read token by token (a page holds up to 5,000 of them), metadata records as elements.
/// </remarks>
internal static partial class KoladaResponseReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 };

    /// <summary>Reads one item of the envelope's <c>values</c>; the reader is on its first token.</summary>
    internal delegate T ItemReader<T>(ref Utf8JsonReader reader, Where where);

    /// <summary>Reads a page of data records into <paramref name="into"/>; nothing is added when the page is bad.</summary>
    public static KoladaPage ReadData(ReadOnlySpan<byte> json, string source, List<KoladaDataRecord> into) =>
        ReadEnvelope<KoladaDataRecord>(json, source, into, new DataRecordReader().Read!);

    /// <summary>
    /// Reads and checks a page of data records, keeping only those <paramref name="keep"/> (KPI, area, is unit) wants:
    /// a pull for one municipality out of files for all 290 makes no objects for the other 289.
    /// </summary>
    public static KoladaPage ReadData(ReadOnlySpan<byte> json, string source, List<KoladaDataRecord> into, Func<string, string, bool, bool> keep) =>
        ReadEnvelope<KoladaDataRecord?>(json, source, into!, new DataRecordReader(keep).Read);

    /// <summary>Reads the envelope, handing each item to <paramref name="item"/>; all or nothing.</summary>
    internal static KoladaPage ReadEnvelope<T>(ReadOnlySpan<byte> json, string source, List<T> into, ItemReader<T> item)
    {
        var where = new Where(source);
        var reader = new Utf8JsonReader(json, ReaderOptions);
        var start = into.Count;
        try
        {
            var page = Envelope(ref reader, where, into, item);
            if (reader.Read())
            {
                throw where.Error("the response goes on after its end; expected one JSON object.");
            }

            return page;
        }
        catch (JsonException e)
        {
            into.RemoveRange(start, into.Count - start);
            throw where.Error(string.Create(CultureInfo.InvariantCulture, $"the JSON is malformed or cut off near byte {reader.BytesConsumed} ({e.Message.Split(" LineNumber")[0].TrimEnd()})"));
        }
        catch (KoladaResponseException)
        {
            into.RemoveRange(start, into.Count - start);
            throw;
        }
    }

    private static KoladaPage Envelope<T>(ref Utf8JsonReader reader, Where where, List<T> into, ItemReader<T> item)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw where.Error("expected an object {\"values\": [...], \"count\": N}.");
        }

        var sawValues = false;
        int? count = null;
        string? next = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("values"u8))
            {
                where.Member = "values";
                if (Next(ref reader) != JsonTokenType.StartArray)
                {
                    throw where.Error("expected an array of records.");
                }

                for (where.Index = 0; Next(ref reader) != JsonTokenType.EndArray; where.Index++)
                {
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw where.Error("expected a record (an object).");
                    }

                    if (item(ref reader, where) is { } value)
                    {
                        into.Add(value);
                    }
                    where.Inner = null;
                }

                where.Index = -1;
                sawValues = true;
            }
            else if (reader.ValueTextEquals("count"u8))
            {
                where.Member = "count";
                count = Next(ref reader) == JsonTokenType.Number && reader.TryGetInt32(out var c) && c >= 0
                    ? c : throw where.Error("expected the number of values, a whole number.");
            }
            else if (reader.ValueTextEquals("next_url"u8) || reader.ValueTextEquals("next_page"u8))
            {
                where.Member = reader.GetString();
                next = Next(ref reader) switch
                {
                    JsonTokenType.Null => null,
                    JsonTokenType.String => reader.GetString() is { Length: > 0 } url ? url : null,
                    _ => throw where.Error("expected the next page's URL or null."),
                };
            }
            else
            {
                Next(ref reader);
                reader.Skip(); // previous_url, previous_page, and what Kolada may add
            }
        }

        where.Member = null;
        return sawValues ? new(count, next) : throw where.Error("the response has no \"values\" array.");
    }

    internal static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("The input ends early.");

    /// <summary>Where the reader is, kept as parts and turned into a JSON path only for an error.</summary>
    internal sealed class Where(string source)
    {
        public string Source { get; } = source;

        public string? Member { get; set; }

        public int Index { get; set; } = -1;

        public string? Inner { get; set; }

        /// <summary>The position in a record's <c>values</c>, or -1; kept as a number so that no path text is made per value.</summary>
        public int ValueIndex { get; set; } = -1;

        public string? ValueMember { get; set; }

        public string Path
        {
            get
            {
                var path = Member is null ? "$" : "$." + Member;
                if (Index >= 0)
                {
                    path += string.Create(CultureInfo.InvariantCulture, $"[{Index}]");
                }

                if (Inner is not null)
                {
                    path += "." + Inner;
                }

                if (ValueIndex >= 0)
                {
                    path += string.Create(CultureInfo.InvariantCulture, $"[{ValueIndex}]") + (ValueMember is null ? "" : "." + ValueMember);
                }

                return path;
            }
        }

        public KoladaResponseException Error(string problem) => new(Source, Path, problem);
    }

    /// <summary>Kolada's gender letters: T (totalt), K (kvinnor), M (män).</summary>
    internal static Gender? GenderOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("T"u8) ? Gender.Total : reader.ValueTextEquals("K"u8) ? Gender.Women : reader.ValueTextEquals("M"u8) ? Gender.Men : null;
}
