namespace Styrmodell.Evaluation;

/// <summary>
/// The tasks (leaves) below a node of a points roll-up, counted as territoires-en-transitions counts them
/// (<c>totalTachesCount</c>, <c>completedTachesCount</c> and the <c>…TachesAvancement</c> fields): every leaf is a task;
/// a node with a status of its own has all its tasks completed, split between done, planned and not done by its
/// status's shares; a task without a status is not completed; a not-concerned node counts its direct leaves (or 1 when
/// it has none) as completed and not concerned.
/// </summary>
/// <param name="Total">The tasks below (<c>totalTachesCount</c>).</param>
/// <param name="Completed">The tasks with a status, themselves or through a parent (<c>completedTachesCount</c>).</param>
/// <param name="Done">The tasks done, a status's shares counted in part (<c>faitTachesAvancement</c>).</param>
/// <param name="Planned">The tasks planned (<c>programmeTachesAvancement</c>).</param>
/// <param name="NotDone">The tasks not done (<c>pasFaitTachesAvancement</c>).</param>
/// <param name="NotConcerned">The tasks not concerned (<c>pasConcerneTachesAvancement</c>).</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record TaskCounts(int Total, int Completed, double Done, double Planned, double NotDone, double NotConcerned);
