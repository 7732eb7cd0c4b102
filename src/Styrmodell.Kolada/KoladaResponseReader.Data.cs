using System.Text.Json;
using Styrmodell.Collections;
using Styrmodell.Targets;

namespace Styrmodell.Kolada;

internal static partial class KoladaResponseReader
{
    /// <summary>
    /// Reads data records token by token. A page repeats the same few KPI ids and municipality codes thousands of
    /// times, so the last string of each is kept and reused while the bytes match, instead of a new string per record.
    /// </summary>
    private sealed class DataRecordReader(Func<string, string, bool, bool>? keep = null)
    {
        private readonly List<KoladaValue> _values = new(3);
        private string? _lastKpi;
        private string? _lastArea;
        private string? _lastStatus;

        public KoladaDataRecord? Read(ref Utf8JsonReader reader, Where where)
        {
            string? kpi = null, area = null;
            bool? isUnit = null;
            int? year = null;
            var deleted = false;
            var sawValues = false;
            _values.Clear();
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("kpi"u8))
                {
                    where.Inner = "kpi";
                    kpi = Text(ref reader, where, ref _lastKpi, "the KPI id as a string, e.g. \"N00090\"");
                }
                else if (reader.ValueTextEquals("municipality"u8) || reader.ValueTextEquals("ou"u8))
                {
                    var unit = reader.ValueTextEquals("ou"u8);
                    where.Inner = unit ? "ou" : "municipality";
                    if (isUnit is not null)
                    {
                        throw where.Error("a record is for one municipality or one unit; this one names both (or one twice).");
                    }

                    isUnit = unit;
                    area = Text(ref reader, where, ref _lastArea, unit ? "the unit's id as a string" : "the municipality code as a string, e.g. \"0486\"");
                }
                else if (reader.ValueTextEquals("period"u8))
                {
                    where.Inner = "period";
                    year = Next(ref reader) == JsonTokenType.Number && reader.TryGetInt32(out var y) && y is >= 1000 and <= 9999
                        ? y : throw where.Error("expected the year as a whole number, e.g. 2022.");
                }
                else if (reader.ValueTextEquals("values"u8))
                {
                    where.Inner = "values";
                    ReadValues(ref reader, where);
                    sawValues = true;
                }
                else if (reader.ValueTextEquals("isdeleted"u8) || reader.ValueTextEquals("is_deleted"u8))
                {
                    where.Inner = reader.ValueTextEquals("isdeleted"u8) ? "isdeleted" : "is_deleted";
                    deleted = Flag(ref reader, where);
                }
                else
                {
                    Next(ref reader);
                    reader.Skip();
                }
            }

            where.Inner = null;
            var missing = kpi is null ? "kpi" : area is null ? "municipality (or ou)" : year is null ? "period" : !sawValues ? "values" : null;
            if (missing is not null)
            {
                throw where.Error($"the record has no \"{missing}\"; a data record has kpi, municipality or ou, period and values.");
            }

            if (keep is not null && !keep(kpi!, area!, isUnit!.Value))
            {
                return null; // checked whole, but not wanted: no objects for it
            }

            return new KoladaDataRecord(kpi!, area!, year!.Value, EquatableArray.Create<KoladaValue>(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_values)))
            {
                IsOrganisationUnit = isUnit!.Value,
                IsDeleted = deleted,
            };
        }

        private void ReadValues(ref Utf8JsonReader reader, Where where)
        {
            if (Next(ref reader) != JsonTokenType.StartArray)
            {
                throw where.Error("expected an array of values per gender.");
            }

            for (where.ValueIndex = 0; Next(ref reader) != JsonTokenType.EndArray; where.ValueIndex++)
            {
                where.ValueMember = null;
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw where.Error("expected a value object {\"gender\", \"value\", \"status\", \"count\"}.");
                }

                _values.Add(ReadValue(ref reader, where));
            }

            where.ValueIndex = -1;
        }

        private KoladaValue ReadValue(ref Utf8JsonReader reader, Where where)
        {
            Gender? gender = null;
            decimal? value = null;
            var sawValue = false;
            var status = "";
            int? count = null;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("gender"u8))
                {
                    where.ValueMember = "gender";
                    gender = Next(ref reader) == JsonTokenType.String && GenderOf(ref reader) is { } g
                        ? g : throw where.Error("expected \"T\" (total), \"K\" (women) or \"M\" (men).");
                }
                else if (reader.ValueTextEquals("value"u8))
                {
                    where.ValueMember = "value";
                    value = Next(ref reader) switch
                    {
                        JsonTokenType.Null => null,
                        JsonTokenType.Number when reader.TryGetDecimal(out var d) => d,
                        _ => throw where.Error("expected a number (within ±7.9e28) or null for no value."),
                    };
                    sawValue = true;
                }
                else if (reader.ValueTextEquals("status"u8))
                {
                    where.ValueMember = "status";
                    status = Next(ref reader) switch
                    {
                        JsonTokenType.Null => "",
                        JsonTokenType.String when reader.ValueTextEquals(""u8) => "",
                        JsonTokenType.String => Cached(ref reader, ref _lastStatus),
                        _ => throw where.Error("expected the status as a string, or null."),
                    };
                }
                else if (reader.ValueTextEquals("count"u8))
                {
                    where.ValueMember = "count";
                    count = Next(ref reader) switch
                    {
                        JsonTokenType.Null => null,
                        JsonTokenType.Number when reader.TryGetInt32(out var c) && c >= 0 => c,
                        _ => throw where.Error("expected a whole number or null."),
                    };
                }
                else
                {
                    Next(ref reader);
                    reader.Skip();
                }
            }

            where.ValueMember = null;
            return gender is null ? throw where.Error("the value has no \"gender\".")
                : !sawValue ? throw where.Error("the value has no \"value\" (null when Kolada publishes none).")
                : new KoladaValue(gender.Value, value, status, count);
        }

        private static string Text(ref Utf8JsonReader reader, Where where, ref string? last, string expected) =>
            Next(ref reader) == JsonTokenType.String && !reader.ValueTextEquals(""u8) ? Cached(ref reader, ref last) : throw where.Error("expected " + expected + ".");

        private static string Cached(ref Utf8JsonReader reader, ref string? last) =>
            last is not null && reader.ValueTextEquals(last) ? last : last = reader.GetString()!;

        /// <summary>v2 writes 0/1, v3 true/false; nothing else means deleted or not.</summary>
        private static bool Flag(ref Utf8JsonReader reader, Where where) => Next(ref reader) switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Number when reader.TryGetInt32(out var n) && n is 0 or 1 => n == 1,
            _ => throw where.Error("expected true/false (v3) or 1/0 (v2)."),
        };
    }
}
