using System.Globalization;
using System.Text;

namespace Styrmodell.Validation;

/// <summary>Where a <see cref="ValidationProblem"/> was found: an element, its id, its position and a member.</summary>
/// <param name="Element">The kind of element.</param>
/// <param name="Id">The element's id as given (may be empty when the id itself is the problem).</param>
/// <param name="Index">
/// The element's zero-based position among the elements of its kind, in the order they were added to the builder;
/// a reader maps it to its own position (for JSON, the array index), which also tells duplicates apart.
/// </param>
/// <param name="Member">The member at fault (for example <c>parent</c> or <c>contributions[1].target</c>), or <see langword="null"/> for the element itself.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct ProblemLocation(ModelElement Element, string Id, int Index, string? Member = null)
{
    /// <summary>Returns the location as short invariant text, e.g. <c>node 'kf-1' (#3).parent</c>.</summary>
    /// <returns>The element kind, id, position and member.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Element.ToString().ToLowerInvariant()).Append(" '").Append(Id).Append("' (#")
            .Append(Index.ToString(CultureInfo.InvariantCulture)).Append(')');
        if (Member is not null)
        {
            text.Append('.').Append(Member);
        }

        return text.ToString();
    }
}
