namespace Styrmodell.Targets;

/// <summary>The breakdown an outcome is for, as open statistics publish it (Kolada's T, K and M).</summary>
public enum Gender
{
    /// <summary>Everyone (Kolada <c>T</c>, totalt).</summary>
    Total,

    /// <summary>Women (Kolada <c>K</c>, kvinnor).</summary>
    Women,

    /// <summary>Men (Kolada <c>M</c>, män).</summary>
    Men,
}
