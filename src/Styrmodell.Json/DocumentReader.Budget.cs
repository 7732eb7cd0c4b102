using System.Globalization;
using Styrmodell.Budget;
using Styrmodell.Finance;
using Styrmodell.Json.Dto;

namespace Styrmodell.Json;

/// <summary>The "budget" section: the decision, frames, revisions, reallocations, outcomes and forecasts.</summary>
internal sealed partial class DocumentReader
{
    private const string BudgetPath = "$.budget";

    /// <summary>Gets the budget the document carries, or <see langword="null"/> when it has none or it could not be read.</summary>
    public BudgetRecord? Budget { get; private set; }

    /// <summary>
    /// Maps the section; every value problem is reported at its path, and nothing is kept when there is one (the
    /// positions the model's checks would report would no longer match the document's arrays).
    /// </summary>
    private BudgetRecord? BudgetSection(BudgetDto b)
    {
        var before = _problems.Count;
        Unknown(b.Unknown, BudgetPath);
        var unit = Enum<AmountUnit>(b.AmountUnit, BudgetPath + ".amountUnit") ?? AmountUnit.Kronor;
        BudgetDecision? decision = null;
        if (b.Decision is { } d)
        {
            Unknown(d.Unknown, BudgetPath + ".decision");
            Unknown(d.Provenance?.Unknown, BudgetPath + ".decision.provenance");
            if (Date(d.Date, BudgetPath + ".decision.date") is { } date)
            {
                Guarded(BudgetPath + ".decision", () => decision = new BudgetDecision(d.DecidedBy, date, d.BudgetYear, d.PlanYears ?? 0)
                {
                    Reference = d.Reference, Provenance = ProvenanceOf.Read(d.Provenance, null),
                });
            }
        }

        Unknown(b.Threshold?.Unknown, BudgetPath + ".threshold");
        var frames = Elements(b.Frames, "frames", (f, at) => Enum<FrameKind>(f.Kind, at + ".kind") is { } kind
            && (f.AmountUnit is null ? unit : Enum<AmountUnit>(f.AmountUnit, at + ".amountUnit")) is { } amountUnit
                ? new BudgetFrame(f.Id, kind, f.Unit, f.Year, f.Amount, amountUnit)
                {
                    Title = f.Title, ParentId = f.Parent, Income = f.Income, OperatingCostChange = f.OperatingCostChange,
                    StartYear = f.StartYear, EndYear = f.EndYear, Provenance = ProvenanceOf.Read(f.Provenance, null),
                }
                : null, f => (f.Unknown, f.Provenance));
        var changes = Elements(b.Changes, "changes", (c, at) => Date(c.Date, at + ".date") is { } date
            ? new FrameChange(c.Frame, c.Amount, c.DecidedBy, date) { Reference = c.Reference, SpecialAssignmentId = c.SpecialAssignment, Provenance = ProvenanceOf.Read(c.Provenance, null) }
            : null, c => (c.Unknown, c.Provenance));
        var moves = Elements(b.Reallocations, "reallocations", (r, at) => Date(r.Date, at + ".date") is { } date
            ? new Reallocation(r.Id, r.From, r.To, r.Amount, r.DecidedBy, date) { WithinFrameId = r.Within, Reference = r.Reference, Provenance = ProvenanceOf.Read(r.Provenance, null) }
            : null, r => (r.Unknown, r.Provenance));
        var outcomes = Elements(b.Outcomes, "outcomes", (o, at) => Period(o.Period, at + ".period") is { } period
            ? new BudgetOutcome(o.Frame, period, o.Amount) { Provenance = ProvenanceOf.Read(o.Provenance, null) }
            : null, o => (o.Unknown, o.Provenance));
        var forecasts = Elements(b.Forecasts, "forecasts", (f, at) => Period(f.Point, at + ".point") is { } point
            ? new BudgetForecast(f.Frame, point, f.FromMonth, f.Amount) { Provenance = ProvenanceOf.Read(f.Provenance, null) }
            : null, f => (f.Unknown, f.Provenance));
        if (_problems.Count > before)
        {
            return null;
        }

        return new BudgetRecord
        {
            Decision = decision, Frames = [.. frames], Changes = [.. changes], Reallocations = [.. moves], Outcomes = [.. outcomes], Forecasts = [.. forecasts],
            Threshold = b.Threshold is { } t ? new DeviationThreshold(t.Amount, t.ShareOfFrame) : DeviationThreshold.AnyDeficit,
        };
    }

    /// <summary>Reads one array of the section; an element whose values cannot be read is reported and left out.</summary>
    private List<T> Elements<TDto, T>(List<TDto>? items, string array, Func<TDto, string, T?> read, Func<TDto, (Dictionary<string, System.Text.Json.JsonElement>?, ProvenanceDto?)> unknowns)
        where T : class
    {
        var result = new List<T>();
        for (var k = 0; k < (items?.Count ?? 0); k++)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{BudgetPath}.{array}[{k}]");
            var (unknown, provenance) = unknowns(items![k]);
            Unknown(unknown, at);
            Unknown(provenance?.Unknown, at + ".provenance");
            Guarded(at, () =>
            {
                if (read(items[k], at) is { } element)
                {
                    result.Add(element);
                }
            });
        }

        return result;
    }

    private void Guarded(string at, Action read)
    {
        try
        {
            read();
        }
        catch (ArgumentException e)
        {
            _problems.Add(new(at, JsonProblemCodes.InvalidValue, FirstLine(e.Message)));
        }
    }
}
