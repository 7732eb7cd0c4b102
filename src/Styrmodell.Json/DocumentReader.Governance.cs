using System.Globalization;
using NodaTime;
using Styrmodell.Governance;
using Styrmodell.Json.Dto;

namespace Styrmodell.Json;

/// <summary>The "authority" and "steeringDocuments" sections: who may decide what, and the register of steering documents.</summary>
internal sealed partial class DocumentReader
{
    private const string AuthorityPath = "$.authority";
    private const string RegisterPath = "$.steeringDocuments";

    /// <summary>Gets the decision authority the document carries, or <see langword="null"/> (none, or not readable).</summary>
    public DecisionAuthority? Authority { get; private set; }

    /// <summary>Gets the register the document carries, or <see langword="null"/> (none, or not readable).</summary>
    public SteeringDocumentRegister? Register { get; private set; }

    /// <summary>Maps the section; every problem is reported, and nothing is kept when there is one.</summary>
    private DecisionAuthority? AuthoritySection(AuthorityDto a)
    {
        var before = _problems.Count;
        Unknown(a.Unknown, AuthorityPath);
        var grants = new List<AuthorityGrant>();
        for (var k = 0; k < a.Grants.Count; k++)
        {
            var g = a.Grants[k];
            var at = Text($"{AuthorityPath}.grants[{k}]");
            Unknown(g.Unknown, at);
            Unknown(g.Provenance?.Unknown, at + ".provenance");
            var scope = Enum<AuthorityScope>(g.Scope, at + ".scope");
            if ((g.Unit is null) == (g.UnitKind is null))
            {
                _problems.Add(new(at, JsonProblemCodes.InvalidValue, "A grant names either one unit ('unit') or a kind of unit ('unitKind'); expected exactly one of them."));
                continue;
            }

            if (scope is not { } s)
            {
                continue;
            }

            try
            {
                var grant = g.Unit is { } unit ? AuthorityGrant.ToUnit(g.Matter, unit, s) : AuthorityGrant.ToKind(g.Matter, g.UnitKind!, s);
                grants.Add(grant with { Provenance = ProvenanceOf.Read(g.Provenance, null) });
            }
            catch (ArgumentException e)
            {
                _problems.Add(new(at, JsonProblemCodes.InvalidValue, FirstLine(e.Message)));
            }
        }

        return _problems.Count > before ? null : new DecisionAuthority(grants);
    }

    /// <summary>Maps the section; every problem is reported, and nothing is kept when there is one.</summary>
    private SteeringDocumentRegister? RegisterSection(SteeringDocumentsDto r)
    {
        var before = _problems.Count;
        Unknown(r.Unknown, RegisterPath);
        var types = new List<SteeringDocumentType>();
        for (var k = 0; k < r.Types.Count; k++)
        {
            var t = r.Types[k];
            var at = Text($"{RegisterPath}.types[{k}]");
            Unknown(t.Unknown, at);
            Unknown(t.Provenance?.Unknown, at + ".provenance");
            if (Enum<DocumentCategory>(t.Category, at + ".category") is { } category
                && Guarded(() => new SteeringDocumentType(t.Id, t.Name, category), at) is { } type)
            {
                types.Add(type with
                {
                    MayStateGoals = t.MayStateGoals ?? true, MayStateMeasures = t.MayStateMeasures ?? true,
                    GoalsFollowMandate = t.GoalsFollowMandate ?? false, Provenance = ProvenanceOf.Read(t.Provenance, null),
                });
            }
        }

        var documents = new List<SteeringDocument>();
        for (var k = 0; k < (r.Documents?.Count ?? 0); k++)
        {
            if (SteeringDocumentOf(r.Documents![k], Text($"{RegisterPath}.documents[{k}]")) is { } document)
            {
                documents.Add(document);
            }
        }

        return _problems.Count > before ? null : new SteeringDocumentRegister(types, documents);
    }

    private SteeringDocument? SteeringDocumentOf(SteeringDocumentDto d, string at)
    {
        var before = _problems.Count;
        Unknown(d.Unknown, at);
        Unknown(d.Provenance?.Unknown, at + ".provenance");
        var decision = DecisionOf(d.Decision, at + ".decision");
        var validFrom = OptionalDate(d.ValidFrom, at + ".validFrom");
        var validUntil = OptionalDate(d.ValidUntil, at + ".validUntil");
        var lastReviewed = OptionalDate(d.LastReviewed, at + ".lastReviewed");
        var review = d.Review is { } rv ? ReviewOf(rv, at + ".review") : null;
        var history = new List<DocumentVersion>();
        for (var k = 0; k < (d.History?.Count ?? 0); k++)
        {
            var v = d.History![k];
            var vat = Text($"{at}.history[{k}]");
            Unknown(v.Unknown, vat);
            if (DecisionOf(v.Decision, vat + ".decision") is { } vd && Guarded(() => new DocumentVersion(v.Label, vd), vat) is { } version)
            {
                history.Add(version with { Note = v.Note });
            }
        }

        if (decision is null || _problems.Count > before)
        {
            return null;
        }

        return Guarded(() => new SteeringDocument(d.Id, d.Title, d.Type, decision)
        {
            Scope = DecisionScope.Units(d.Scope ?? []), ValidFrom = validFrom, ValidUntil = validUntil, Review = review,
            LastReviewed = lastReviewed, Owner = d.Owner, History = [.. history], NodeIds = [.. d.Nodes ?? []],
            MissionUnitIds = [.. d.MissionUnits ?? []], Provenance = ProvenanceOf.Read(d.Provenance, null),
        }, at);
    }

    private DocumentDecision? DecisionOf(DocumentDecisionDto d, string at)
    {
        Unknown(d.Unknown, at);
        return Date(d.Date, at + ".date") is { } date ? Guarded(() => new DocumentDecision(d.Unit, date, d.Reference), at) : null;
    }

    private ReviewRule? ReviewOf(ReviewDto r, string at)
    {
        Unknown(r.Unknown, at);
        const string Expected = "expected either a 'date' or a 'rule' (oncePerMandatePeriod, or withinMonthsOfNewTerm with 'months' 0–48)";
        switch (r)
        {
            case { Date: { } text, Rule: null, Months: null }:
                return Date(text, at + ".date") is { } date ? ReviewRule.On(date) : null;
            case { Date: null, Rule: "oncePerMandatePeriod", Months: null }:
                return ReviewRule.OncePerMandatePeriod;
            case { Date: null, Rule: "withinMonthsOfNewTerm", Months: { } months }:
                return Guarded(() => ReviewRule.WithinMonthsOfNewTerm(months), at + ".months");
            default:
                _problems.Add(new(at, JsonProblemCodes.InvalidValue, $"This review is not one the format knows; {Expected}."));
                return null;
        }
    }

    private LocalDate? OptionalDate(string? text, string at) => text is null ? null : Date(text, at);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
