using System.Text.Json;
using Styrmodell.Collections;

namespace Styrmodell.Kolada;

internal static partial class KoladaResponseReader
{
    /// <summary>Reads a page of KPI metadata (v2 <c>auspices</c> and 0/1, v3 <c>auspice</c> and booleans).</summary>
    public static KoladaPage ReadKpis(ReadOnlySpan<byte> json, string source, List<KoladaKpi> into) =>
        ReadEnvelope(json, source, into, static (ref Utf8JsonReader reader, Where where) =>
        {
            var e = JsonElement.ParseValue(ref reader);
            return new KoladaKpi(Required(e, "id", where), Required(e, "title", where))
            {
                Description = Optional(e, "description", where),
                IsDividedByGender = Flag(e, "is_divided_by_gender", where),
                HasOrganisationUnitData = Flag(e, "has_ou_data", where),
                MunicipalityType = Optional(e, "municipality_type", where),
                OperatingArea = Optional(e, "operating_area", where),
                Auspice = e.TryGetProperty("auspice", out _) ? Optional(e, "auspice", where) : Optional(e, "auspices", where),
            };
        });

    /// <summary>Reads a page of municipalities (<c>id</c>, <c>title</c>, <c>type</c>).</summary>
    public static KoladaPage ReadMunicipalities(ReadOnlySpan<byte> json, string source, List<KoladaMunicipality> into) =>
        ReadEnvelope(json, source, into, static (ref Utf8JsonReader reader, Where where) =>
        {
            var e = JsonElement.ParseValue(ref reader);
            return new KoladaMunicipality(Required(e, "id", where), Required(e, "title", where), Optional(e, "type", where));
        });

    /// <summary>Reads a page of municipality groups (<c>id</c>, <c>title</c>, <c>members</c> with <c>id</c>).</summary>
    public static KoladaPage ReadGroups(ReadOnlySpan<byte> json, string source, List<KoladaMunicipalityGroup> into) =>
        ReadEnvelope(json, source, into, static (ref Utf8JsonReader reader, Where where) =>
        {
            var e = JsonElement.ParseValue(ref reader);
            var id = Required(e, "id", where);
            var title = Required(e, "title", where);
            where.Inner = "members";
            if (!e.TryGetProperty("members", out var members) || members.ValueKind != JsonValueKind.Array)
            {
                throw where.Error("expected the group's members as an array of {\"id\", \"title\"}.");
            }

            var codes = new List<string>(members.GetArrayLength());
            var k = 0;
            foreach (var member in members.EnumerateArray())
            {
                where.Inner = $"members[{k++}]";
                codes.Add(member.ValueKind == JsonValueKind.Object ? Required(member, "id", where) : throw where.Error("expected a member object {\"id\", \"title\"}."));
            }

            where.Inner = null;
            return new KoladaMunicipalityGroup(id, title, codes.ToEquatableArray());
        });

    private static string Required(JsonElement e, string name, Where where)
    {
        var inner = where.Inner;
        where.Inner = inner is null ? name : inner + "." + name;
        var text = e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String && p.GetString() is { Length: > 0 } s
            ? s : throw where.Error($"expected \"{name}\" as a non-empty string.");
        where.Inner = inner;
        return text;
    }

    private static string Optional(JsonElement e, string name, Where where)
    {
        if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return "";
        }

        where.Inner = name;
        var text = p.ValueKind == JsonValueKind.String ? p.GetString()! : throw where.Error($"expected \"{name}\" as a string or null.");
        where.Inner = null;
        return text;
    }

    /// <summary>v2 writes 0/1, v3 true/false.</summary>
    private static bool Flag(JsonElement e, string name, Where where)
    {
        if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        where.Inner = name;
        var flag = p.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when p.TryGetInt32(out var n) && n is 0 or 1 => n == 1,
            _ => throw where.Error($"expected \"{name}\" as true/false (v3) or 1/0 (v2)."),
        };
        where.Inner = null;
        return flag;
    }
}
