namespace Styrmodell.Finance;

/// <summary>One item an adjustment line sums: a realisation item, or a line as the document prints it.</summary>
/// <param name="Description">The item's description from the document, or <see langword="null"/> for a figure given without one (a printed line without a label, an older single-figure field).</param>
/// <param name="Amount">The signed amount the item adds to the line.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record TracePart(string? Description, decimal Amount)
{
    /// <summary>Gets the reason an exemption applies (e.g. <c>omstrukturering</c>), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? ExemptionReason { get; init; }
}
