namespace Styrmodell.Model;

public sealed partial class SteeringModel
{
    /// <inheritdoc />
    public bool Equals(SteeringModel? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Municipality.Equals(other.Municipality)
                && Metadata.Equals(other.Metadata)
                && SameById(_index.Units, u => u.Id, other._index.UnitIndex, other._index.Units)
                && SameById(_index.Levels, l => l.Id, other._index.LevelIndex, other._index.Levels)
                && SameById(_index.Nodes, n => n.Id, other._index.NodeIndex, other._index.Nodes)
                && SameById(_index.Rules, r => r.Id, other._index.RuleIndex, other._index.Rules)
                && SameById(_index.Indicators, i => i.NodeId, other._index.IndicatorIndex, other._index.Indicators)
                && _index.Outcomes.Length == other._index.Outcomes.Length
                && _index.Outcomes.ToArray().ToHashSet().SetEquals(other._index.Outcomes.ToArray())
                && _index.Assessments.Length == other._index.Assessments.Length
                && _index.Assessments.ToHashSet().SetEquals(other._index.Assessments)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SteeringModel);

    /// <summary>Returns a hash that, like equality, ignores the order elements were added in.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        var hash = Municipality.GetHashCode();
        unchecked
        {
            hash = SumOfHashes(hash, _index.Units);
            hash = SumOfHashes(hash, _index.Levels);
            hash = SumOfHashes(hash, _index.Nodes);
            hash = SumOfHashes(hash, _index.Rules);
            hash = SumOfHashes(hash, _index.Indicators);
            hash = SumOfHashes(hash, _index.Outcomes.ToArray());
            return SumOfHashes(hash, _index.Assessments);
        }
    }

    /// <summary>Compares two models by value.</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(SteeringModel? left, SteeringModel? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two models by value.</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when exactly one is null or they differ.</returns>
    public static bool operator !=(SteeringModel? left, SteeringModel? right) => !(left == right);

    private static bool SameById<T>(T[] mine, Func<T, string> id, Dictionary<string, int> otherIndex, T[] others)
        where T : notnull
    {
        if (mine.Length != others.Length)
        {
            return false;
        }

        foreach (var item in mine)
        {
            if (!otherIndex.TryGetValue(id(item), out var o) || !item.Equals(others[o]))
            {
                return false;
            }
        }

        return true;
    }

    private static int SumOfHashes<T>(int seed, T[] items)
        where T : notnull
    {
        unchecked
        {
            var sum = seed * 31;
            foreach (var item in items)
            {
                sum += item.GetHashCode();
            }

            return sum;
        }
    }
}
