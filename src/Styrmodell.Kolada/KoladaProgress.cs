namespace Styrmodell.Kolada;

/// <summary>How far a pull has come, reported after each page.</summary>
/// <param name="Requests">Requests (URLs, each with its pages) finished or under way.</param>
/// <param name="RequestsPlanned">Requests the query needs in all (long id lists are split).</param>
/// <param name="Pages">Pages read so far.</param>
/// <param name="Records">Records read so far.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct KoladaProgress(int Requests, int RequestsPlanned, int Pages, int Records);
