using Styrmodell.Evaluation;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Json.Dto;
using Styrmodell.Model;

namespace Styrmodell.Json;

/// <summary>The document's <c>evaluation</c> section to and from <see cref="EvaluationOptions"/>; unset values keep the options' defaults.</summary>
internal static class EvaluationMapping
{
    public static EvaluationDto ToDto(EvaluationOptions options)
    {
        var defaults = EvaluationOptions.Default;
        return new()
        {
            Scale = options.Scale == defaults.Scale ? null : new()
            {
                Categories = [.. options.Scale.Categories.Select(Category)],
                NotAssessed = Category(options.Scale.NotAssessed),
            },
            DefaultRule = options.DefaultRule == defaults.DefaultRule ? null : Rule(options.DefaultRule),
            Rules = options.Rules.IsEmpty ? null : [.. options.Rules.Select(a => new RuleAssignmentDto
            {
                Level = a.IsForNode ? null : a.Id,
                Node = a.IsForNode ? a.Id : null,
                Rule = Rule(a.Rule),
                MissingData = a.MissingData is { } m ? Names.Of(m) : null,
                MinimumCoverage = a.MinimumCoverage,
            })],
            ScoreBasis = options.ScoreBasis == defaults.ScoreBasis ? null : Names.Of(options.ScoreBasis),
            Tolerance = options.Tolerance == defaults.Tolerance ? null : options.Tolerance,
            MissingData = options.MissingData == defaults.MissingData ? null : Names.Of(options.MissingData),
            MinimumCoverage = options.MinimumCoverage == defaults.MinimumCoverage ? null : options.MinimumCoverage,
            ManualMode = options.ManualMode == defaults.ManualMode ? null : Names.Of(options.ManualMode),
            UseForecasts = options.UseForecasts == defaults.UseForecasts ? null : options.UseForecasts,
            AssessedRoles = options.AssessedRoles == defaults.AssessedRoles ? null : [.. options.AssessedRoles.Select(r => Names.Of(r))],
            MissingOutcome = options.MissingOutcome == defaults.MissingOutcome ? null : Names.Of(options.MissingOutcome),
            ClampScores = options.ClampScores == defaults.ClampScores ? null : options.ClampScores,
            Statuses = options.Statuses.IsEmpty ? null : [.. options.Statuses.Select(x => new StatusDto
            {
                Id = x.Id, Label = x.Label, Share = x.Split is null ? x.Share : null, NotConcerned = x.IsNotConcerned ? true : null,
                Split = SplitOf(x.Split), Detailed = x.IsDetailed ? true : null, Scored = x.Scored is { } scored ? Names.Of(scored) : null,
            })],
            OptionalInputs = options.OptionalInputs.IsEmpty ? null : [.. options.OptionalInputs],
            ZeroDenominator = options.ZeroDenominator == defaults.ZeroDenominator ? null : Names.Of(options.ZeroDenominator),
            ExcludeDrafts = options.ExcludeDrafts == defaults.ExcludeDrafts ? null : options.ExcludeDrafts,
            OneRatioOutcomePerPeriod = options.OneRatioOutcomePerPeriod == defaults.OneRatioOutcomePerPeriod ? null : options.OneRatioOutcomePerPeriod,
            IncludeOwnOutcome = options.IncludeOwnOutcome == defaults.IncludeOwnOutcome ? null : options.IncludeOwnOutcome,
            CountRisingProgressFromZero = options.CountRisingProgressFromZero == defaults.CountRisingProgressFromZero ? null : options.CountRisingProgressFromZero,
            EmptyRollUpIsZero = options.EmptyRollUpIsZero == defaults.EmptyRollUpIsZero ? null : options.EmptyRollUpIsZero,
            DeactivatedNodes = options.DeactivatedNodes.IsEmpty ? null : [.. options.DeactivatedNodes],
            NotConcernedSubtrees = options.NotConcernedSubtrees == defaults.NotConcernedSubtrees ? null : options.NotConcernedSubtrees,
            PotentialFactors = options.PotentialFactors.IsEmpty ? null : [.. options.PotentialFactors.Select(f => new PotentialFactorDto { Node = f.NodeId, Factor = f.Factor })],
            Growth = options.Growth == defaults.Growth ? null : new()
            {
                ZeroSubstitute = options.Growth.ZeroSubstitute,
                Curve = options.Growth.Curve == defaults.Growth.Curve ? null : [.. options.Growth.Curve.Select(p => new ScorePointDto { Measure = p.Measure, Score = p.Score })],
                LatestYearWithData = options.Growth.LatestYearWithData ? true : null,
            },
            DefaultDirection = options.DefaultDirection == defaults.DefaultDirection ? null : Names.Of(options.DefaultDirection),
            QuantityRoundings = options.QuantityRoundings.IsEmpty ? null : [.. options.QuantityRoundings.Select(q => new QuantityRoundingDto
            {
                Quantity = Names.Of(q.Quantity), Mode = Names.Of(q.Rounding.Mode), Decimals = q.Rounding.Decimals,
            })],
            Rounding = options.Rounding == defaults.Rounding ? null : new() { Mode = Names.Of(options.Rounding.Mode), Decimals = options.Rounding.Decimals },
        };
    }

    private static CategoryDto Category(AssessmentCategory c) =>
        new() { Id = c.Id, Label = c.Label, Colour = c.Colour, MinimumScore = c.MinimumScore, IsMet = c.IsMet ? true : null };

    private static RollUpRuleDto Rule(RollUpRule rule) => rule switch
    {
        ShareMetRule share => new() { Type = "shareMet", Thresholds = [.. share.Thresholds.Select(t => new ThresholdDto { Category = t.CategoryId, MinimumShare = t.MinimumShare })] },
        PointsRule points => new() { Type = "points", ShareOutNotConcerned = points.ShareOutNotConcerned },
        WeightedMappingRule mapping => new() { Type = "weightedMapping", LeaveOutNotConcerned = mapping.LeaveOutNotConcerned },
        _ => new() { Type = RuleName(rule) },
    };

    private static string RuleName(RollUpRule rule) => rule switch
    {
        WeightedMeanRule => "weightedMean",
        WorstOfRule => "worstOf",
        BestOfRule => "bestOf",
        AllMetRule => "allMet",
        MajorityRule => "majority",
        ManualOnlyRule => "manualOnly",
        MeanRule => "mean",
        _ => throw new NotSupportedException($"Rule {rule.GetType().Name} has no JSON form."),
    };

    /// <summary>Reads the section, reporting each bad value at its path through <paramref name="invalid"/>.</summary>
    public static EvaluationOptions? FromDto(EvaluationDto dto, Action<string, string> invalid)
    {
        var options = EvaluationOptions.Default;
        var ok = true;
        T? Parse<T>(string? text, string at)
            where T : struct, Enum
        {
            if (text is null)
            {
                return null;
            }

            if (Names.TryParse<T>(text, out var value))
            {
                return value;
            }

            ok = false;
            invalid(at, $"'{text}' is not one of: {Names.Expected<T>()}.");
            return null;
        }

        RollUpRule? Rule(RollUpRuleDto r, string at)
        {
            RollUpRule? rule = r.Type switch
            {
                "weightedMean" => new WeightedMeanRule(),
                "worstOf" => new WorstOfRule(),
                "bestOf" => new BestOfRule(),
                "allMet" => new AllMetRule(),
                "majority" => new MajorityRule(),
                "manualOnly" => new ManualOnlyRule(),
                "mean" => new MeanRule(),
                "points" when r.ShareOutNotConcerned is { } shareOut => new PointsRule(shareOut),
                "weightedMapping" => new WeightedMappingRule(r.LeaveOutNotConcerned ?? false),
                "shareMet" when r.Thresholds is { Count: > 0 } t && t.All(x => x.MinimumShare is >= 0 and <= 1) =>
                    new ShareMetRule([.. t.Select(x => new ShareThreshold(x.Category, x.MinimumShare))]),
                _ => null,
            };
            if (rule is null)
            {
                ok = false;
                invalid(at, $"'{r.Type}' is not a roll-up rule (weightedMean, worstOf, bestOf, shareMet with thresholds in [0, 1], allMet, majority, manualOnly, mean, points with shareOutNotConcerned, weightedMapping).");
            }

            return rule;
        }

        if (dto.Scale is { } scale)
        {
            try
            {
                options = options with
                {
                    Scale = new AssessmentScale(
                        [.. scale.Categories.Select(c => new AssessmentCategory(c.Id, c.Label, c.Colour, c.MinimumScore, c.IsMet ?? false))],
                        new AssessmentCategory(scale.NotAssessed.Id, scale.NotAssessed.Label, scale.NotAssessed.Colour, scale.NotAssessed.MinimumScore, false)),
                };
            }
            catch (ArgumentException e)
            {
                ok = false;
                invalid("$.evaluation.scale", e.Message.Split(" (Parameter")[0]);
            }
        }

        if (dto.DefaultRule is { } defaultRule && Rule(defaultRule, "$.evaluation.defaultRule.type") is { } parsed)
        {
            options = options with { DefaultRule = parsed };
        }

        var assignments = new List<RuleAssignment>();
        for (var i = 0; i < (dto.Rules?.Count ?? 0); i++)
        {
            var a = dto.Rules![i];
            var at = $"$.evaluation.rules[{i}]";
            var rule = Rule(a.Rule, at + ".rule.type");
            var missing = Parse<MissingDataPolicy>(a.MissingData, at + ".missingData");
            if ((a.Level is null) == (a.Node is null))
            {
                ok = false;
                invalid(at, "A rule assignment names exactly one of 'level' and 'node'.");
            }
            else if (rule is not null)
            {
                var assignment = a.Level is not null ? RuleAssignment.ForLevel(a.Level, rule) : RuleAssignment.ForNode(a.Node!, rule);
                assignments.Add(assignment with { MissingData = missing, MinimumCoverage = a.MinimumCoverage });
            }
        }

        var roles = new List<LevelRole>();
        for (var i = 0; i < (dto.AssessedRoles?.Count ?? 0); i++)
        {
            if (Parse<LevelRole>(dto.AssessedRoles![i], $"$.evaluation.assessedRoles[{i}]") is { } role)
            {
                roles.Add(role);
            }
        }

        var statuses = new List<AssessmentStatus>();
        for (var i = 0; i < (dto.Statuses?.Count ?? 0); i++)
        {
            var x = dto.Statuses![i];
            var at = $"$.evaluation.statuses[{i}]";
            if (string.IsNullOrWhiteSpace(x.Id))
            {
                ok = false;
                invalid(at + ".id", "A status needs an id.");
            }
            else if (x is { NotConcerned: true, Share: null, Split: null, Detailed: null, Scored: null })
            {
                statuses.Add(AssessmentStatus.NotConcerned(x.Id, x.Label));
            }
            else if (x is { NotConcerned: null, Share: >= 0 and <= 1, Split: null, Detailed: null, Scored: null })
            {
                statuses.Add(AssessmentStatus.WithShare(x.Id, x.Label, x.Share!.Value));
            }
            else if (x is { NotConcerned: null, Share: null, Scored: { } scoredName } && (x.Split is null) != (x.Detailed is null))
            {
                var scored = Parse<PointsShare>(scoredName, at + ".scored"); // reports a bad name itself
                if (scored is null)
                {
                    continue;
                }

                if (x.Detailed == true)
                {
                    statuses.Add(AssessmentStatus.Detailed(x.Id, x.Label, scored.Value));
                }
                else if (x.Split is { } split && ReadSplit(split) is { IsValid: true } valid)
                {
                    statuses.Add(AssessmentStatus.WithSplit(x.Id, x.Label, valid, scored.Value));
                }
                else
                {
                    ok = false;
                    invalid(at + (x.Split is null ? ".detailed" : ".split"), x.Split is null ? "detailed is true when given."
                        : "Each share of a split (done, planned, notDone) must be in [0, 1] and the three must sum to 1.");
                }
            }
            else
            {
                ok = false;
                invalid(at, "A status has exactly one of: a share in [0, 1]; notConcerned true; a split with the share scored (scored); detailed true with the share scored.");
            }
        }

        var growth = options.Growth;
        if (dto.Growth is { } g)
        {
            try
            {
                growth = new GrowthSettings
                {
                    ZeroSubstitute = g.ZeroSubstitute,
                    Curve = g.Curve is null ? GrowthSettings.OpenSdgCurve : [.. g.Curve.Select(p => new ScorePoint(p.Measure, p.Score))],
                    LatestYearWithData = g.LatestYearWithData ?? false,
                };
            }
            catch (ArgumentException e)
            {
                ok = false;
                invalid("$.evaluation.growth", e.Message.Split(" (Parameter")[0]);
            }
        }

        var rounding = options.Rounding;
        if (dto.Rounding is { } rd && Parse<RoundingMode>(rd.Mode, "$.evaluation.rounding.mode") is { } mode)
        {
            if (rd.Decimals is null or (>= 0 and <= 10))
            {
                rounding = new Rounding(mode, rd.Decimals ?? 0);
            }
            else
            {
                ok = false;
                invalid("$.evaluation.rounding.decimals", $"{rd.Decimals} decimals: keep 0 to 10.");
            }
        }

        var quantityRoundings = new List<QuantityRounding>();
        for (var i = 0; i < (dto.QuantityRoundings?.Count ?? 0); i++)
        {
            var q = dto.QuantityRoundings![i];
            var at = $"$.evaluation.quantityRoundings[{i}]";
            var quantity = Parse<PresentedQuantity>(q.Quantity, at + ".quantity");
            var qMode = Parse<RoundingMode>(q.Mode, at + ".mode");
            if (q.Decimals is not (null or (>= 0 and <= 10)))
            {
                ok = false;
                invalid(at + ".decimals", $"{q.Decimals} decimals: keep 0 to 10.");
            }
            else if (quantity is { } kind && qMode is { } m)
            {
                quantityRoundings.Add(new QuantityRounding(kind, new Rounding(m, q.Decimals ?? 0)));
            }
        }

        options = options with
        {
            Rules = [.. assignments],
            ScoreBasis = Parse<ScoreBasis>(dto.ScoreBasis, "$.evaluation.scoreBasis") ?? options.ScoreBasis,
            Tolerance = dto.Tolerance ?? options.Tolerance,
            MissingData = Parse<MissingDataPolicy>(dto.MissingData, "$.evaluation.missingData") ?? options.MissingData,
            MinimumCoverage = dto.MinimumCoverage ?? options.MinimumCoverage,
            ManualMode = Parse<ManualAssessmentMode>(dto.ManualMode, "$.evaluation.manualMode") ?? options.ManualMode,
            UseForecasts = dto.UseForecasts ?? options.UseForecasts,
            AssessedRoles = dto.AssessedRoles is null ? options.AssessedRoles : [.. roles],
            MissingOutcome = Parse<MissingOutcomePolicy>(dto.MissingOutcome, "$.evaluation.missingOutcome") ?? options.MissingOutcome,
            ClampScores = dto.ClampScores ?? options.ClampScores,
            Statuses = [.. statuses],
            OptionalInputs = dto.OptionalInputs is null ? options.OptionalInputs : [.. dto.OptionalInputs],
            ZeroDenominator = Parse<ZeroDenominatorPolicy>(dto.ZeroDenominator, "$.evaluation.zeroDenominator") ?? options.ZeroDenominator,
            ExcludeDrafts = dto.ExcludeDrafts ?? options.ExcludeDrafts,
            OneRatioOutcomePerPeriod = dto.OneRatioOutcomePerPeriod ?? options.OneRatioOutcomePerPeriod,
            IncludeOwnOutcome = dto.IncludeOwnOutcome ?? options.IncludeOwnOutcome,
            CountRisingProgressFromZero = dto.CountRisingProgressFromZero ?? options.CountRisingProgressFromZero,
            EmptyRollUpIsZero = dto.EmptyRollUpIsZero ?? options.EmptyRollUpIsZero,
            DeactivatedNodes = dto.DeactivatedNodes is null ? options.DeactivatedNodes : [.. dto.DeactivatedNodes],
            NotConcernedSubtrees = dto.NotConcernedSubtrees ?? options.NotConcernedSubtrees,
            PotentialFactors = dto.PotentialFactors is null ? options.PotentialFactors : [.. dto.PotentialFactors.Select(f => new PotentialFactor(f.Node, f.Factor))],
            Growth = growth,
            Rounding = rounding,
            DefaultDirection = Parse<Targets.Direction>(dto.DefaultDirection, "$.evaluation.defaultDirection") ?? options.DefaultDirection,
            QuantityRoundings = [.. quantityRoundings],
        };
        return ok ? options : null;
    }

    /// <summary>A split as the format writes it (<c>done</c>, <c>planned</c>, <c>notDone</c>), or null.</summary>
    internal static SplitDto? SplitOf(PointsSplit? split) =>
        split is null ? null : new() { Done = split.Done, Planned = split.Planned, NotDone = split.NotDone };

    /// <summary>A split read from the format; whether it is valid is checked where it is used.</summary>
    internal static PointsSplit? ReadSplit(SplitDto? split) => split is null ? null : new(split.Done, split.Planned, split.NotDone);
}
