using Ardalis.GuardClauses;

namespace Styrmodell.Model;

/// <summary>The municipality a steering model belongs to.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Municipality
{
    /// <summary>Creates a municipality.</summary>
    /// <param name="name">Its name, e.g. <c>Arboga kommun</c>.</param>
    /// <param name="code">Its four-digit official code with leading zero kept, e.g. <c>1984</c> or <c>0486</c> (SCB's kommunkod, also Kolada's id).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, or <paramref name="code"/> is not four ASCII digits.</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public Municipality(string name, string code)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.InvalidInput(
            Guard.Against.Null(code), nameof(code), c => c.Length == 4 && c.All(char.IsAsciiDigit),
            $"A municipality code is four digits (e.g. '0486'), not '{code}'.");
        Code = code;
    }

    /// <summary>Gets the municipality's name.</summary>
    public string Name { get; }

    /// <summary>Gets the four-digit municipality code.</summary>
    public string Code { get; }

    /// <summary>Returns <c>Name (Code)</c>.</summary>
    /// <returns>The name and code.</returns>
    public override string ToString() => $"{Name} ({Code})";
}
