using System.Globalization;
using Styrmodell.Validation;

namespace Styrmodell.Json;

/// <summary>
/// The elements of the document's arrays that were left out of the model (a bad value, or a wrong type the reader
/// skipped), so that the rest can still be built and checked: where the remaining elements sit in the document, and
/// which of the model's findings only echo an element's absence. Empty, and free, when nothing was left out.
/// </summary>
internal sealed class ElementPositions
{
    /// <summary>The arrays whose elements others name by id; leaving one out makes references to it dangle.</summary>
    private static readonly HashSet<string> Named = new(["units", "levels", "nodes", "indicators", "followUp.planLevels"], StringComparer.Ordinal);

    /// <summary>
    /// The codes of findings that may only say that a left-out element is missing, each with the arrays whose elements
    /// it can miss: a node's unknown level can only echo a left-out level, not a left-out node.
    /// </summary>
    private static readonly Dictionary<string, string[]> Echoes = new(StringComparer.Ordinal)
    {
        [ProblemCodes.DanglingReference] = [.. Named],
        [ProblemCodes.UnknownLevel] = ["levels"],
        [ProblemCodes.NotAnIndicator] = ["indicators", "nodes"],
        [ProblemCodes.NotACompletionIndicator] = ["indicators", "nodes"],
    };

    private readonly Dictionary<string, List<int>> _left = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly HashSet<string> _unnamed = new(StringComparer.Ordinal); // arrays with a left-out element whose id could not be read
    private bool _counted;

    public bool IsEmpty => _left.Count == 0 && _ids.Count == 0 && _unnamed.Count == 0 && !_counted;

    /// <summary>Records that element <paramref name="index"/> of <paramref name="array"/> (e.g. <c>nodes</c>, <c>followUp.activities</c>) was left out; call in ascending order per array.</summary>
    public void LeftOut(string array, int index, string? id)
    {
        if (!_left.TryGetValue(array, out var indices))
        {
            _left[array] = indices = [];
        }

        indices.Add(index);
        Absent(array, id);
    }

    /// <summary>Takes over what <paramref name="other"/>'s left-out elements make noise of, without their positions.</summary>
    public void Echo(ElementPositions other)
    {
        _ids.AddRange(other._ids);
        _unnamed.UnionWith(other._unnamed);
        _counted |= other._counted;
    }

    /// <summary>The document's index of the element the model holds at <paramref name="index"/> in <paramref name="array"/>.</summary>
    public int JsonIndex(string array, int index)
    {
        if (_left.TryGetValue(array, out var left))
        {
            foreach (var skipped in left)
            {
                if (skipped > index)
                {
                    break;
                }

                index++;
            }
        }

        return index;
    }

    /// <summary>A path in the document without the left-out elements, as a path in the document with them.</summary>
    public string Rewrite(string path)
    {
        foreach (var array in _left.Keys)
        {
            var prefix = "$." + array + "[";
            var end = path.IndexOf(']', StringComparison.Ordinal);
            if (path.StartsWith(prefix, StringComparison.Ordinal) && end > prefix.Length
                && int.TryParse(path.AsSpan(prefix.Length, end - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return prefix + JsonIndex(array, index).ToString(CultureInfo.InvariantCulture) + path[end..];
            }
        }

        return path;
    }

    /// <summary>
    /// Whether a finding of the model's checks may only echo a left-out element: a reference that names its id (or any
    /// reference, when a left-out element's id could not be read), or a cardinality count that a left-out node or unit
    /// would change.
    /// </summary>
    public bool IsEcho(ValidationProblem problem) =>
        (problem.Code == ProblemCodes.CardinalityViolated && _counted)
        || (Echoes.TryGetValue(problem.Code, out var arrays)
            && (arrays.Any(_unnamed.Contains) || _ids.Exists(id => problem.Message.Contains($"'{id}'", StringComparison.Ordinal))));

    private void Absent(string array, string? id)
    {
        _counted |= array is "nodes" or "units";
        if (!Named.Contains(array))
        {
            return;
        }

        if (id is null)
        {
            _unnamed.Add(array);
        }
        else
        {
            _ids.Add(id);
        }
    }
}
