namespace Styrmodell.Kolada;

/// <summary>What Kolada's ids look like, checked before any request so that a typo is a coded problem, not an empty answer.</summary>
internal static class KoladaIds
{
    /// <summary>A KPI id: a capital letter and five digits (<c>N00090</c>, <c>U00502</c>).</summary>
    public static bool IsKpi(string? id) => id is { Length: 6 } && char.IsAsciiLetterUpper(id[0]) && !id.AsSpan(1).ContainsAnyExceptInRange('0', '9');

    /// <summary>A municipality or region code: four digits, leading zeros kept (<c>0486</c>; <c>0000</c> is the whole country).</summary>
    public static bool IsMunicipality(string? code) => code is { Length: 4 } && !code.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>A municipality group: <c>G</c> and digits (<c>G124026</c>).</summary>
    public static bool IsGroup(string? id) => id is { Length: > 1 } && id[0] == 'G' && !id.AsSpan(1).ContainsAnyExceptInRange('0', '9');

    /// <summary>An organisational unit: <c>V</c> and letters or digits (<c>V15E198400301</c>).</summary>
    public static bool IsOrganisationUnit(string? id) => id is { Length: > 1 } && id[0] == 'V' && id.AsSpan(1).IndexOfAnyExcept(AsciiLettersAndDigits) < 0;

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
}
