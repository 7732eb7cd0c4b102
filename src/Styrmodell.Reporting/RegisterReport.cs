using Styrmodell.Collections;
using Styrmodell.Exchange;
using Styrmodell.Governance;
using Styrmodell.Model;

namespace Styrmodell.Reporting;

/// <summary>
/// The steering-document register in a report: every document with its type, decider and state as of the report's
/// date, the documents due for review in the coming year, the count per type (so a council can follow "fewer
/// documents"), and each unit's important documents beside its grunduppdrag.
/// </summary>
/// <param name="Entries">Every document, grouped by type (in the register's type order), then by owner, then by title.</param>
/// <param name="DueForReview">The documents whose review falls in the coming year or is overdue, most urgent first.</param>
/// <param name="CountsPerType">Per type, in the register's type order: how many documents it holds.</param>
/// <param name="Missions">Per unit that has a grunduppdrag (a node at a mission level) or documents governing one: its mission nodes and documents.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record RegisterReport(
    EquatableArray<RegisterEntry> Entries, EquatableArray<RegisterEntry> DueForReview,
    EquatableArray<TypeCount> CountsPerType, EquatableArray<MissionDocuments> Missions)
{
    /// <summary>The register part of a document's evaluation, or <see langword="null"/> when the document has no register.</summary>
    internal static RegisterReport? From(DocumentEvaluation evaluation)
    {
        var register = evaluation.Document.Register;
        if (register.Documents.Count == 0 && register.Types.Count == 0)
        {
            return null;
        }

        var model = evaluation.Document.Model;
        var typeOrder = register.Types.Select((t, i) => (t.Id, i)).GroupBy(x => x.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        RegisterEntry Entry(SteeringDocumentStatus status) => new(
            status, register.FindType(status.Document.TypeId)?.Name ?? status.Document.TypeId,
            model.FindUnit(status.Document.Decision.DeciderUnitId)?.Name ?? status.Document.Decision.DeciderUnitId,
            Sources.Provenance.Marks(status.Document.Provenance));
        var entries = evaluation.Register.Documents.Select(Entry)
            .OrderBy(e => typeOrder.GetValueOrDefault(e.Status.Document.TypeId, int.MaxValue))
            .ThenBy(e => e.Status.Document.Owner ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Status.Document.Title, StringComparer.Ordinal)
            .ThenBy(e => e.Status.Document.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        var counts = register.Types.Select(t => new TypeCount(t.Id, t.Name, register.Documents.Count(d => string.Equals(d.TypeId, t.Id, StringComparison.Ordinal)))).ToEquatableArray();
        return new(entries, evaluation.Register.DueForReview.Select(Entry).ToEquatableArray(), counts, MissionsOf(model, register));
    }

    private static EquatableArray<MissionDocuments> MissionsOf(SteeringModel model, SteeringDocumentRegister register) =>
        model.Units
            .Select(unit => new MissionDocuments(
                unit,
                model.Nodes.Where(n => string.Equals(n.OwnerId, unit.Id, StringComparison.Ordinal) && model.LevelOf(n.Id).Role == LevelRole.Mission).Select(n => n.Title).ToEquatableArray(),
                register.Documents.Where(d => d.MissionUnitIds.Contains(unit.Id)).Select(d => d.Title).Order(StringComparer.Ordinal).ToEquatableArray()))
            .Where(m => m.Documents.Count > 0 || m.MissionTitles.Count > 0) // a grunduppdrag without documents is what a reviewer looks for
            .ToEquatableArray();
}

/// <summary>One document in a report's register.</summary>
/// <param name="Status">The document and its state as of the report's date.</param>
/// <param name="TypeName">The municipality's name for its type.</param>
/// <param name="DeciderName">The deciding unit's name, or its id when the unit is not in the organisation.</param>
/// <param name="IsIllustrative">Whether the entry is marked illustrative by its provenance.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record RegisterEntry(SteeringDocumentStatus Status, string TypeName, string DeciderName, bool IsIllustrative);

/// <summary>How many documents a register holds of one type.</summary>
/// <param name="TypeId">The type's id.</param>
/// <param name="TypeName">The type's name.</param>
/// <param name="Count">The number of documents.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record TypeCount(string TypeId, string TypeName, int Count);

/// <summary>A unit's grunduppdrag beside the documents that govern it (Vansbro: "viktiga styrdokument").</summary>
/// <param name="Unit">The unit.</param>
/// <param name="MissionTitles">The titles of the unit's nodes at mission levels (its grunduppdrag), in model order.</param>
/// <param name="Documents">The titles of the documents that govern its grunduppdrag.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record MissionDocuments(OrganisationUnit Unit, EquatableArray<string> MissionTitles, EquatableArray<string> Documents);
