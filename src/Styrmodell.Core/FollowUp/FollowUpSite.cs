using Styrmodell.Validation;

namespace Styrmodell.FollowUp;

/// <summary>
/// Where in the follow-up data a check looks: the top-level element (kind, id, position), the member path of a nested
/// element inside it, and how messages name it (e.g. <c>risk 'r1' of internal control plan 'ik-ks-2024'</c>).
/// </summary>
internal readonly record struct FollowUpSite(ModelElement Element, string Id, int Index, string Prefix, string Name)
{
    public static FollowUpSite Of(ModelElement element, string id, int index, string name) => new(element, id, index, "", name);

    /// <summary>The location of a member of this element, or of the element itself when <paramref name="member"/> is null.</summary>
    public ProblemLocation At(string? member = null) =>
        new(Element, Id, Index, member is null ? (Prefix.Length == 0 ? null : Prefix[..^1]) : Prefix + member);

    /// <summary>A nested element at <paramref name="member"/> (e.g. <c>risks[0]</c>), named <paramref name="name"/>.</summary>
    public FollowUpSite Nested(string member, string name) => this with { Prefix = Prefix + member + ".", Name = name };
}
