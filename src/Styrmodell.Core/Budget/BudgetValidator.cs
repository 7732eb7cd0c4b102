using System.Globalization;
using Styrmodell.Governance;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Budget;

/// <summary>
/// Checks a budget against a model's organisation and decision authority, gathering every problem with its element,
/// id, position and member: units not in the organisation, negative frames, distributions that do not add up, parts
/// outside their parent, mixed amount units, years outside the decision, forecasts after their year, reallocations
/// that change a total frame or lack authority, and sums beyond decimal's range.
/// </summary>
internal sealed partial class BudgetValidator
{
    private readonly ModelIndex _index;
    private readonly List<ValidationProblem> _problems;
    private readonly FrameTree _tree;

    private BudgetValidator(BudgetRecord budget, ModelIndex index, List<ValidationProblem> problems)
    {
        _index = index;
        _problems = problems;
        _tree = new FrameTree(budget.Frames);
    }

    public static void Check(BudgetRecord budget, ModelIndex index, DecisionAuthority authority, List<ValidationProblem> problems)
    {
        if (budget.IsEmpty)
        {
            return;
        }

        var validator = new BudgetValidator(budget, index, problems);
        validator.CheckSettings(budget);
        validator.CheckFrames(budget);
        validator.CheckChanges(budget);
        validator.CheckReallocations(budget, authority);
        validator.CheckFramesInForce(budget);
        validator.CheckOutcomes(budget);
        validator.CheckOverlappingOutcomes(budget);
        validator.CheckForecasts(budget);
    }

    private void Add(string code, ProblemLocation at, FormattableString message) =>
        _problems.Add(new(code, at, message.ToString(CultureInfo.InvariantCulture)));

    private bool IsUnit(string id) => _index.UnitIndex.ContainsKey(id);

    private void CheckSettings(BudgetRecord budget)
    {
        var at = new ProblemLocation(ModelElement.BudgetSettings, "budget", 0);
        if (budget.Decision is { } decision && !IsUnit(decision.DecidedById))
        {
            Add(ProblemCodes.DanglingReference, at with { Member = "decision.decidedBy" }, $"The budget decision names unit '{decision.DecidedById}' as its decider, which the organisation does not have.");
        }

        if (budget.Threshold.Amount is <= 0)
        {
            Add(ProblemCodes.InvalidSetting, at with { Member = "threshold.amount" }, $"The deviation threshold's amount is {budget.Threshold.Amount}; expected more than zero.");
        }

        if (budget.Threshold.ShareOfFrame is { } share && (share <= 0 || share >= 1))
        {
            Add(ProblemCodes.InvalidSetting, at with { Member = "threshold.shareOfFrame" }, $"The deviation threshold's share of the frame is {share}; expected more than 0 and less than 1 (0.005 for 0.5 %).");
        }
    }

    private void CheckFrames(BudgetRecord budget)
    {
        var frames = budget.Frames;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var partSums = new decimal[frames.Count];
        var hasParts = new bool[frames.Count];
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            var at = new ProblemLocation(ModelElement.BudgetFrame, frame.Id, i);
            if (string.IsNullOrWhiteSpace(frame.Id))
            {
                Add(ProblemCodes.InvalidId, at, $"The frame at position {i} has an empty id.");
            }
            else if (!seen.TryAdd(frame.Id, i))
            {
                Add(ProblemCodes.DuplicateId, at, $"The frame id '{frame.Id}' is used again; first used at position {seen[frame.Id]}.");
            }

            if (!IsUnit(frame.UnitId))
            {
                Add(ProblemCodes.DanglingReference, at with { Member = "unit" }, $"The frame '{frame.Id}' names unit '{frame.UnitId}', which the organisation does not have.");
            }

            if (frame.Amount < 0)
            {
                Add(ProblemCodes.NegativeFrame, at with { Member = "amount" }, $"The frame '{frame.Id}' is {frame.Amount}; a frame is zero or more.");
            }

            InRange(frame.Amount, at, "frame");

            if (frame.Unit != frames[0].Unit)
            {
                Add(ProblemCodes.MixedAmountUnits, at with { Member = "amountUnit" }, $"The frame '{frame.Id}' is in {Finance.AmountUnits.Symbol(frame.Unit)}, the budget's first frame in {Finance.AmountUnits.Symbol(frames[0].Unit)}; state every amount in one unit.");
            }

            if (budget.Decision is { } decision && !decision.Covers(frame.Year))
            {
                Add(ProblemCodes.OutsideFrameYear, at with { Member = "year" }, $"The frame '{frame.Id}' is for {frame.Year}; the budget decision covers {decision.BudgetYear}–{decision.LastYear}.");
            }

            if ((frame.StartYear is { } start && frame.Year < start) || (frame.EndYear is { } end && frame.Year > end))
            {
                Add(ProblemCodes.FrameOutsideParent, at with { Member = "year" }, $"The frame '{frame.Id}' is for {frame.Year}, outside its project's years {frame.StartYear}–{frame.EndYear}.");
            }

            CheckParent(frame, i, at, partSums, hasParts);
        }

        for (var i = 0; i < frames.Count; i++)
        {
            if (hasParts[i] && partSums[i] != frames[i].Amount)
            {
                Add(ProblemCodes.DistributionMismatch, new(ModelElement.BudgetFrame, frames[i].Id, i, "amount"),
                    $"The parts of frame '{frames[i].Id}' add up to {partSums[i]}; the frame is {frames[i].Amount} (difference {frames[i].Amount - partSums[i]}).");
            }
        }

        CheckTotals(frames);
    }

    private void CheckParent(BudgetFrame frame, int i, ProblemLocation at, decimal[] partSums, bool[] hasParts)
    {
        if (frame.ParentId is not { } parentId)
        {
            return;
        }

        var parent = _tree.Find(parentId);
        if (parent < 0)
        {
            Add(ProblemCodes.DanglingReference, at with { Member = "parent" }, $"The frame '{frame.Id}' is part of frame '{parentId}', which the budget does not have.");
            return;
        }

        if (_tree.InCycle(i))
        {
            Add(ProblemCodes.Cycle, at with { Member = "parent" }, $"The frame '{frame.Id}' is, through its parents, part of itself.");
            return;
        }

        var above = _tree.Frames[parent];
        if (above.Kind != frame.Kind || above.Year != frame.Year)
        {
            Add(ProblemCodes.FrameOutsideParent, at with { Member = "parent" }, $"The frame '{frame.Id}' ({EnumText.Of(frame.Kind)}, {frame.Year}) is part of '{above.Id}' ({EnumText.Of(above.Kind)}, {above.Year}); a part has its parent's kind and year.");
        }

        hasParts[parent] = true;
        if (!TryAdd(ref partSums[parent], frame.Amount))
        {
            Add(ProblemCodes.AmountOutOfRange, at with { Member = "amount" }, $"The parts of frame '{above.Id}' add up to more than a decimal holds.");
        }
    }

    /// <summary>Every total the follow-up will form must fit: frames per kind and year, with every revision added.</summary>
    private void CheckTotals(Collections.EquatableArray<BudgetFrame> frames)
    {
        var totals = new Dictionary<(FrameKind, int), decimal>();
        for (var i = 0; i < frames.Count; i++)
        {
            var key = (frames[i].Kind, frames[i].Year);
            var total = totals.GetValueOrDefault(key);
            if (frames[i].ParentId is null && !TryAdd(ref total, frames[i].Amount))
            {
                Add(ProblemCodes.AmountOutOfRange, new(ModelElement.BudgetFrame, frames[i].Id, i, "amount"), $"The {EnumText.Of(frames[i].Kind)} frames of {frames[i].Year} add up to more than a decimal holds.");
            }

            totals[key] = total;
        }
    }

    private void CheckChanges(BudgetRecord budget)
    {
        var totals = new Dictionary<int, decimal>();
        for (var i = 0; i < budget.Changes.Count; i++)
        {
            var change = budget.Changes[i];
            var at = new ProblemLocation(ModelElement.FrameChange, change.FrameId, i);
            InRange(change.Amount, at, "revision");
            var frame = _tree.Find(change.FrameId);
            if (frame < 0)
            {
                Add(ProblemCodes.DanglingReference, at with { Member = "frame" }, $"A revision names frame '{change.FrameId}', which the budget does not have.");
            }
            else
            {
                var total = totals.GetValueOrDefault(frame, _tree.Frames[frame].Amount);
                if (!TryAdd(ref total, change.Amount))
                {
                    Add(ProblemCodes.AmountOutOfRange, at with { Member = "amount" }, $"Frame '{change.FrameId}' with its revisions is more than a decimal holds.");
                }

                totals[frame] = total;
            }

            if (!IsUnit(change.DecidedById))
            {
                Add(ProblemCodes.DanglingReference, at with { Member = "decidedBy" }, $"A revision of frame '{change.FrameId}' names unit '{change.DecidedById}' as its decider, which the organisation does not have.");
            }
        }
    }

    private void CheckReallocations(BudgetRecord budget, DecisionAuthority authority)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < budget.Reallocations.Count; i++)
        {
            var move = budget.Reallocations[i];
            var at = new ProblemLocation(ModelElement.Reallocation, move.Id, i);
            if (string.IsNullOrWhiteSpace(move.Id))
            {
                Add(ProblemCodes.InvalidId, at, $"The reallocation at position {i} has an empty id.");
            }
            else if (!seen.TryAdd(move.Id, i))
            {
                Add(ProblemCodes.DuplicateId, at, $"The reallocation id '{move.Id}' is used again; first used at position {seen[move.Id]}.");
            }

            if (move.Amount <= 0)
            {
                Add(ProblemCodes.InvalidFigure, at with { Member = "amount" }, $"The reallocation '{move.Id}' moves {move.Amount}; expected more than zero.");
            }

            InRange(move.Amount, at, "reallocation");

            var from = FrameOf(move.FromFrameId, at with { Member = "from" }, move.Id);
            var to = FrameOf(move.ToFrameId, at with { Member = "to" }, move.Id);
            var within = move.WithinFrameId is { } w ? FrameOf(w, at with { Member = "within" }, move.Id) : -1;
            var decider = IsUnit(move.DecidedById);
            if (!decider)
            {
                Add(ProblemCodes.DanglingReference, at with { Member = "decidedBy" }, $"The reallocation '{move.Id}' names unit '{move.DecidedById}' as its decider, which the organisation does not have.");
            }

            if (from < 0 || to < 0 || (move.WithinFrameId is not null && within < 0))
            {
                continue;
            }

            CheckTotalKept(move, at, from, to, within);
            if (decider)
            {
                CheckAuthority(move, at, authority, _tree.Frames[from], _tree.Frames[to]);
            }
        }
    }

    private int FrameOf(string id, ProblemLocation at, string moveId)
    {
        var frame = _tree.Find(id);
        if (frame < 0)
        {
            Add(ProblemCodes.DanglingReference, at, $"The reallocation '{moveId}' names frame '{id}', which the budget does not have.");
        }

        return frame;
    }

    private void CheckTotalKept(Reallocation move, ProblemLocation at, int from, int to, int within)
    {
        var (a, b) = (_tree.Frames[from], _tree.Frames[to]);
        if (from == to || a.Kind != b.Kind || a.Year != b.Year)
        {
            Add(ProblemCodes.ReallocationChangesTotal, at, $"The reallocation '{move.Id}' moves money from '{a.Id}' ({EnumText.Of(a.Kind)}, {a.Year}) to '{b.Id}' ({EnumText.Of(b.Kind)}, {b.Year}); a reallocation moves money between two frames of one kind and year.");
        }
        else if (_tree.IsBelow(from, to) || _tree.IsBelow(to, from))
        {
            // The frame above already holds its part's money: moving between them would only grow the part, and the
            // parts would no longer add up to their frame.
            Add(ProblemCodes.ReallocationChangesTotal, at, $"The reallocation '{move.Id}' moves money between '{a.Id}' and '{b.Id}', one of which is part of the other; a reallocation moves money between frames side by side.");
        }
        else if (within >= 0 && !(_tree.IsBelow(from, within) && _tree.IsBelow(to, within)))
        {
            var outside = _tree.IsBelow(from, within) ? b.Id : a.Id;
            Add(ProblemCodes.ReallocationChangesTotal, at with { Member = "within" }, $"The reallocation '{move.Id}' is within frame '{move.WithinFrameId}', but '{outside}' is not part of it: the total frame would change.");
        }
    }

    private void CheckAuthority(Reallocation move, ProblemLocation at, DecisionAuthority authority, BudgetFrame from, BudgetFrame to)
    {
        var matter = from.Kind switch
        {
            FrameKind.Investment => DecisionMatters.InvestmentReallocation,
            FrameKind.Equipment => DecisionMatters.EquipmentReallocation,
            _ => DecisionMatters.DriftReallocation,
        };
        var check = authority.Check(_index, matter, move.DecidedById, DecisionScope.Units(from.UnitId, to.UnitId));
        if (!check.Stands)
        {
            var why = check.Verdict == AuthorityVerdict.OutsideScope
                ? Text($"its grant reaches {EnumText.Of(check.Grant!.Scope)}, not unit(s) {string.Join(", ", check.UnitsOutside)}")
                : "no grant names it";
            Add(ProblemCodes.DecisionNotAuthorised, at with { Member = "decidedBy" }, $"Unit '{move.DecidedById}' may not decide the reallocation '{move.Id}' ({matter}): {why}.");
        }
    }

    private void CheckOutcomes(BudgetRecord budget)
    {
        var seen = new Dictionary<(string, Time.ReportingPeriod), int>();
        var sums = new Dictionary<int, decimal>();
        for (var i = 0; i < budget.Outcomes.Count; i++)
        {
            var outcome = budget.Outcomes[i];
            var at = new ProblemLocation(ModelElement.BudgetOutcome, outcome.FrameId, i);
            InRange(outcome.Amount, at, "outcome");
            if (!seen.TryAdd((outcome.FrameId, outcome.Period), i))
            {
                Add(ProblemCodes.DuplicateEntry, at, $"Frame '{outcome.FrameId}' has a second outcome for {outcome.Period.Id}; the first is at position {seen[(outcome.FrameId, outcome.Period)]}.");
            }

            var frame = _tree.Find(outcome.FrameId);
            if (frame < 0)
            {
                Add(ProblemCodes.DanglingReference, at with { Member = "frame" }, $"An outcome names frame '{outcome.FrameId}', which the budget does not have.");
                continue;
            }

            var year = _tree.Frames[frame].Year;
            if (outcome.Period.Start.Year != year || outcome.Period.End.Year != year)
            {
                Add(ProblemCodes.OutsideFrameYear, at with { Member = "period" }, $"The outcome for {outcome.Period.Id} does not lie within {year}, the year of frame '{outcome.FrameId}'.");
            }

            var sum = sums.GetValueOrDefault(frame);
            if (!TryAdd(ref sum, outcome.Amount))
            {
                Add(ProblemCodes.AmountOutOfRange, at with { Member = "amount" }, $"The outcomes of frame '{outcome.FrameId}' add up to more than a decimal holds.");
            }

            sums[frame] = sum;
        }
    }

    private void CheckForecasts(BudgetRecord budget)
    {
        var seen = new Dictionary<(string, Time.ReportingPeriod), int>();
        for (var i = 0; i < budget.Forecasts.Count; i++)
        {
            var forecast = budget.Forecasts[i];
            var at = new ProblemLocation(ModelElement.BudgetForecast, forecast.FrameId, i);
            InRange(forecast.Amount, at, "forecast");
            if (!seen.TryAdd((forecast.FrameId, forecast.Point), i))
            {
                Add(ProblemCodes.DuplicateEntry, at, $"Frame '{forecast.FrameId}' has a second forecast at {forecast.Point.Id}; the first is at position {seen[(forecast.FrameId, forecast.Point)]}.");
            }

            if (forecast.FromMonth < 1 || forecast.FromMonth > forecast.Point.End.Month || forecast.Point.End.Year != forecast.Point.Start.Year)
            {
                Add(ProblemCodes.ForecastBasisAfterPoint, at with { Member = "fromMonth" }, $"The forecast at {forecast.Point.Id} starts from month {forecast.FromMonth}; expected a month from 1 to the point's last month.");
            }

            var frame = _tree.Find(forecast.FrameId);
            if (frame < 0)
            {
                Add(ProblemCodes.DanglingReference, at with { Member = "frame" }, $"A forecast names frame '{forecast.FrameId}', which the budget does not have.");
            }
            else if (forecast.Point.End.Year != _tree.Frames[frame].Year)
            {
                Add(ProblemCodes.OutsideFrameYear, at with { Member = "point" }, $"The forecast is made at {forecast.Point.Id}, which does not end within {_tree.Frames[frame].Year}, the year of frame '{forecast.FrameId}'.");
            }
        }
    }

    /// <summary>
    /// The largest amount a budget line may state, in the budget's unit. Far beyond any municipality (10^15 kr is more
    /// than a hundred times Sweden's GDP), and small enough that every sum the follow-up forms — a frame with all its
    /// parts, revisions and outcomes, totals, deviations, and a conversion to kronor — stays within decimal's range.
    /// </summary>
    internal const decimal MaximumAmount = 1_000_000_000_000_000m;

    private void InRange(decimal amount, ProblemLocation at, string what)
    {
        if (Math.Abs(amount) > MaximumAmount)
        {
            Add(ProblemCodes.AmountOutOfRange, at with { Member = "amount" },
                $"The {what}'s amount is {amount.ToString("G4", CultureInfo.InvariantCulture)}; a budget amount lies within ±10^15, so that every sum of the follow-up stays within decimal's range.");
        }
    }

    private static bool TryAdd(ref decimal sum, decimal amount)
    {
        try
        {
            sum += amount;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
