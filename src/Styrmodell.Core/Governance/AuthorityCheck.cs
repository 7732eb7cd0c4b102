using Styrmodell.Collections;

namespace Styrmodell.Governance;

/// <summary>The answer to "may this unit decide this matter for these units?", with what it rests on.</summary>
/// <param name="Verdict">The answer.</param>
/// <param name="Grant">The grant that allows the decision or, for <see cref="AuthorityVerdict.OutsideScope"/>, the broadest grant the decider holds; otherwise <see langword="null"/>.</param>
/// <param name="UnitsOutside">
/// For <see cref="AuthorityVerdict.OutsideScope"/>, the ids of the units the decision reaches beyond the grant (empty when
/// the decision is for the whole municipality); otherwise empty.
/// </param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record AuthorityCheck(AuthorityVerdict Verdict, AuthorityGrant? Grant, EquatableArray<string> UnitsOutside)
{
    /// <summary>Gets whether the decision may stand: allowed, or not checkable because no authority is stated for the matter.</summary>
    public bool Stands => Verdict is AuthorityVerdict.Allowed or AuthorityVerdict.NotStated;
}
