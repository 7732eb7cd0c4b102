using Styrmodell.Governance;
using Styrmodell.Json.Dto;

namespace Styrmodell.Json;

/// <summary>The "authority" and "steeringDocuments" sections, written only when the document has grants or a register (format 1.3).</summary>
internal static partial class DocumentWriter
{
    private static DocumentDto WithGovernance(DocumentDto document, DecisionAuthority authority, SteeringDocumentRegister register)
    {
        var hasAuthority = authority.Grants.Count > 0;
        var hasRegister = register.Types.Count > 0 || register.Documents.Count > 0;
        return !hasAuthority && !hasRegister ? document : document with
        {
            FormatVersion = Version13,
            Authority = hasAuthority ? new() { Grants = [.. authority.Grants.Select(Grant)] } : null,
            SteeringDocuments = hasRegister ? Register(register) : null,
        };
    }

    private static GrantDto Grant(AuthorityGrant g) => new()
    {
        Matter = g.Matter, Unit = g.DeciderUnitId, UnitKind = g.DeciderKind, Scope = Names.Of(g.Scope), Provenance = ProvenanceOf.ToDto(g.Provenance, null),
    };

    private static SteeringDocumentsDto Register(SteeringDocumentRegister register) => new()
    {
        Types = [.. register.Types.Select(t => new DocumentTypeDto
        {
            Id = t.Id, Name = t.Name, Category = Names.Of(t.Category),
            MayStateGoals = t.MayStateGoals ? null : false, MayStateMeasures = t.MayStateMeasures ? null : false,
            GoalsFollowMandate = t.GoalsFollowMandate ? true : null, Provenance = ProvenanceOf.ToDto(t.Provenance, null),
        })],
        Documents = NullIfEmpty([.. register.Documents.Select(Document)]),
    };

    private static SteeringDocumentDto Document(SteeringDocument d) => new()
    {
        Id = d.Id, Title = d.Title, Type = d.TypeId, Decision = Decision(d.Decision),
        Scope = NullIfEmpty([.. d.Scope.UnitIds]),
        ValidFrom = d.ValidFrom is { } from ? Iso(from) : null,
        ValidUntil = d.ValidUntil is { } until ? Iso(until) : null,
        Review = d.Review switch
        {
            null => null,
            { Kind: ReviewRuleKind.OnDate, Date: { } date } => new() { Date = Iso(date) },
            { Kind: ReviewRuleKind.OncePerMandatePeriod } => new() { Rule = "oncePerMandatePeriod" },
            { Months: var months } => new() { Rule = "withinMonthsOfNewTerm", Months = months },
        },
        LastReviewed = d.LastReviewed is { } reviewed ? Iso(reviewed) : null,
        Owner = d.Owner,
        History = NullIfEmpty([.. d.History.Select(v => new DocumentVersionDto { Label = v.Label, Decision = Decision(v.Decision), Note = v.Note })]),
        Nodes = NullIfEmpty([.. d.NodeIds]),
        MissionUnits = NullIfEmpty([.. d.MissionUnitIds]),
        Provenance = ProvenanceOf.ToDto(d.Provenance, null),
    };

    private static DocumentDecisionDto Decision(DocumentDecision d) => new() { Unit = d.DeciderUnitId, Date = Iso(d.Date), Reference = d.Reference };
}
