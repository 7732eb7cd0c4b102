namespace Styrmodell.Finance;

/// <summary>
/// What a <see cref="BudgetCondition"/> needs of the year's budget follow-up, as plain numbers, so that finance judges
/// without knowing how a budget is kept. The document fills them from its budget.
/// </summary>
/// <param name="Committees">How many drift frames KF gives directly (one per committee) the budget has for the year.</param>
/// <param name="CommitteesOverFrame">How many of them forecast more than their frame.</param>
/// <param name="CommitteesWithoutForecast">How many of them have no forecast yet.</param>
/// <param name="NetCostDeviation">The total drift deviation (frame − forecast), in the financial record's unit; <see langword="null"/> when a committee has no forecast.</param>
/// <param name="TaxesGrantsAndEqualisation">The year's taxes, general grants and equalisation (B), in the financial record's unit, or <see langword="null"/> when not given.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetFacts(int Committees, int CommitteesOverFrame, int CommitteesWithoutForecast, decimal? NetCostDeviation, decimal? TaxesGrantsAndEqualisation);
