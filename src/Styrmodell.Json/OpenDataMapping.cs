using Styrmodell.Json.Dto;
using Styrmodell.Targets;

namespace Styrmodell.Json;

/// <summary>Maps an indicator's <c>openData</c> object (format 1.2) both ways, kept apart from the reader and writer it extends.</summary>
internal static class OpenDataMapping
{
    /// <summary>The format version that added <c>openData</c>.</summary>
    public const string Version = "1.2";

    /// <summary>Reads the object; null with problems added when a value is bad, or when there is none.</summary>
    public static OpenDataSeries? Read(OpenDataDto? dto, string at, List<JsonProblem> problems)
    {
        if (dto is null)
        {
            return null;
        }

        var count = problems.Count;
        Blank(dto.Provider, at + ".provider", problems);
        Blank(dto.Series, at + ".series", problems);
        Blank(dto.Area, at + ".area", problems);
        Blank(dto.OrganisationUnit, at + ".organisationUnit", problems);
        if (dto.Area is { } area && !(area.Length == 4 && area.All(char.IsAsciiDigit)))
        {
            problems.Add(new(at + ".area", JsonProblemCodes.InvalidValue, $"'{area}' is not a municipality code; expected four digits, e.g. \"0486\"."));
        }

        if (dto.Scale is <= 0)
        {
            problems.Add(new(at + ".scale", JsonProblemCodes.InvalidValue, $"A scale factor multiplies each published value and must be positive, not {dto.Scale}."));
        }

        var genders = (dto.Genders ?? ["total"]).Select((g, k) => JsonValues.Enum<Gender>(g, $"{at}.genders[{k}]", problems)).ToList();
        if (genders.Count == 0 || genders.Distinct().Count() != genders.Count)
        {
            problems.Add(new(at + ".genders", JsonProblemCodes.InvalidValue, "List each breakdown to import once, at least one of total, women and men."));
        }

        return problems.Count > count ? null : new OpenDataSeries(dto.Provider, dto.Series)
        {
            Genders = [.. genders.Select(g => g!.Value)],
            AreaCode = dto.Area,
            OrganisationUnitId = dto.OrganisationUnit,
            Scale = dto.Scale ?? 1m,
        };
    }

    public static OpenDataDto? ToDto(OpenDataSeries? series) => series is null ? null : new()
    {
        Provider = series.Provider,
        Series = series.SeriesId,
        Genders = series.Genders is [Gender.Total] ? null : [.. series.Genders.Select(Names.Of)],
        Area = series.AreaCode,
        OrganisationUnit = series.OrganisationUnitId,
        Scale = series.Scale == 1m ? null : series.Scale,
    };

    private static void Blank(string? text, string at, List<JsonProblem> problems)
    {
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new(at, JsonProblemCodes.InvalidValue, "Expected an id with at least one non-space character."));
        }
    }
}
