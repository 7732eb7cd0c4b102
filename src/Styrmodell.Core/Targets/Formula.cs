using System.Globalization;

namespace Styrmodell.Targets;

/// <summary>
/// How a derived indicator's outcome is computed from the raw values of other indicators for the same period: a tree
/// of constants, inputs (<see cref="Input"/>) and operations, given as data — never as code to run.
/// </summary>
/// <remarks>
/// The shapes follow territoires-en-transitions' indicator expressions (<c>val(a) + val(b)</c>, <c>opt_val</c>,
/// <c>si … alors … sinon</c>, <c>min</c>, <c>max</c>) without their text: a required input that is missing leaves the
/// indicator without a value, a missing optional input counts as 0, and a division by 0 gives no value. See
/// <see cref="Indicator.Formula"/> and docs/presets.md ("Derived indicators").
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public abstract partial record Formula
{
    private protected Formula()
    {
    }

    /// <summary>Gets the formulas directly below this one, conditions' operands included, in order.</summary>
    internal abstract IEnumerable<(string Member, Formula Part)> Parts { get; }

    /// <summary>Gets the ids of the indicators this formula reads, once each time they are read.</summary>
    internal IEnumerable<string> InputIds() =>
        this is Input input ? [input.IndicatorId] : Parts.SelectMany(part => part.Part.InputIds());

    private protected static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private protected static string Join(IEnumerable<Formula> terms, string separator) => "(" + string.Join(separator, terms) + ")";

    private protected static IEnumerable<(string, Formula)> Indexed(string member, IEnumerable<Formula> terms) =>
        terms.Select((term, k) => (string.Create(CultureInfo.InvariantCulture, $"{member}[{k}]"), term));
}
