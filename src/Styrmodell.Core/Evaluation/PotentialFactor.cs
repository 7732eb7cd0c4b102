namespace Styrmodell.Evaluation;

/// <summary>
/// A personalised potential: the node's points in a points roll-up are multiplied by <paramref name="Factor"/>, its
/// inputs' points in proportion, and the difference is carried up — territoires-en-transitions' personalisation
/// (<c>potentielPerso</c>, a <c>reduction_potentiel</c> such as ×0.2 or an increase such as ×1.2). The factor must be
/// finite and not negative; a problem of the options otherwise.
/// </summary>
/// <param name="NodeId">The node personalised.</param>
/// <param name="Factor">The factor on its points.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record PotentialFactor(string NodeId, double Factor);
