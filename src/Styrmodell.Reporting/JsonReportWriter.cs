using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;
using Styrmodell.Evaluation;
using Styrmodell.Finance;

namespace Styrmodell.Reporting;

/// <summary>
/// Writes an <see cref="EvaluationReport"/> as the evaluation output format <c>styrmodell-evaluation</c>, version
/// <see cref="FormatVersion"/>: a stable contract for other systems, described in <c>docs/evaluation-output.md</c>.
/// </summary>
/// <remarks>
/// Every property is always written (<c>null</c> when it has no value), in a fixed order; nodes come in the report's
/// hierarchy order. Minor versions only add properties.
/// </remarks>
/// <threadsafety>Stateless; safe to call from any number of threads with different streams.</threadsafety>
public static partial class JsonReportWriter
{
    /// <summary>The name in the output's <c>format</c> property.</summary>
    public const string FormatName = "styrmodell-evaluation";

    /// <summary>The version this writer writes (2.0: explanations as structured steps; 2.1: the budget follow-up; see docs/evaluation-output.md).</summary>
    public const string FormatVersion = "2.2";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Swedish letters stay readable
    };

    /// <summary>Writes the report as UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">Where it goes.</param>
    /// <param name="language">The language of the <c>explanation</c> lines (Swedish by default); codes and numbers do not change.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(EvaluationReport report, Stream utf8Json, ReportLanguage language = ReportLanguage.Swedish)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(utf8Json);
        using var json = new Utf8JsonWriter(utf8Json, Options);
        json.WriteStartObject();
        json.WriteString("format", FormatName);
        json.WriteString("formatVersion", FormatVersion);
        json.WriteString("language", language == ReportLanguage.English ? "en" : "sv");
        json.WriteStartObject("municipality");
        json.WriteString("name", report.Municipality.Name);
        json.WriteString("code", report.Municipality.Code);
        json.WriteEndObject();
        json.WriteString("period", report.Period.Id);
        json.WriteString("asOf", ReportText.Date(report.AsOf));
        WriteScale(json, report.Scale);
        json.WriteStartArray("nodes");
        foreach (var row in report.Rows)
        {
            WriteNode(json, row, report, language);
        }

        json.WriteEndArray();
        json.WriteStartObject("summaries");
        foreach (var summary in report.Summaries)
        {
            WriteSummary(json, report.Scale, summary);
        }

        json.WriteEndObject();
        WriteFinance(json, report.Finance, language);
        JsonRegister.Write(json, report.Register);
        WriteBudget(json, report.Budget);
        json.WriteEndObject();
    }

    private static void WriteFinance(Utf8JsonWriter json, FinanceReport? finance, ReportLanguage language)
    {
        if (finance is null)
        {
            json.WriteNull("finance");
            return;
        }

        json.WriteStartObject("finance");
        json.WriteNumber("fiscalYear", finance.Year.FiscalYear);
        json.WriteString("unit", ExplanationJson.Code(finance.Year.Unit));
        json.WriteString("source", finance.Year.Source);
        json.WriteBoolean("illustrative", finance.IsIllustrative);
        json.WriteStartArray("keyRatios");
        foreach (var ratio in finance.KeyRatios.All)
        {
            json.WriteStartObject();
            json.WriteString("id", ratio.Id);
            json.WriteString("name", KeyRatioText.Name(ratio, language));
            WriteDecimal(json, "value", ratio.Value);
            json.WriteString("unit", ExplanationJson.Code(ratio.Unit));
            json.WriteString("formula", KeyRatioText.Formula(ratio, finance.Year.Unit, language, finance.Reconciliation.Decimals));
            json.WriteString("notComputableReason", KeyRatioText.NotComputable(ratio, language));
            WriteTerms(json, ratio.Terms);
            JsonRegister.Strings(json, "missingFigures", ratio.MissingFigures);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var reconciliation = finance.Reconciliation;
        json.WriteStartObject("balanceRequirement");
        json.WriteString("ruleSet", reconciliation.RuleSetName);
        json.WriteNumber("resultAfterAdjustments", reconciliation.ResultAfterAdjustments);
        json.WriteNumber("balanceRequirementResult", reconciliation.BalanceRequirementResult);
        json.WriteBoolean("met", reconciliation.MeetsBalanceRequirement);
        json.WriteStartArray("steps");
        foreach (var step in reconciliation.Steps)
        {
            json.WriteStartObject();
            json.WriteString("key", step.Key);
            json.WriteString("kind", ExplanationJson.Code(step.Kind));
            json.WriteString("label", FinanceTraceText.Label(step, reconciliation, language));
            WriteDecimal(json, "amount", step.Amount);
            json.WriteString("explanation", FinanceTraceText.Explain(step, reconciliation, language));
            if (step.Finding != TraceFinding.None)
            {
                json.WriteString("finding", ExplanationJson.Code(step.Finding));
            }

            WriteTerms(json, step.Terms);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteProblems(json, "problems", reconciliation.Problems);
        json.WriteEndObject();
        json.WriteStartArray("deficits");
        foreach (var deficit in finance.Deficits)
        {
            json.WriteStartObject();
            json.WriteNumber("fiscalYear", deficit.Deficit.FiscalYear);
            json.WriteNumber("amount", deficit.Deficit.Amount);
            json.WriteNumber("remaining", deficit.Remaining);
            json.WriteNumber("deadlineYear", deficit.DeadlineYear);
            json.WriteBoolean("overdue", deficit.IsOverdue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteProblems(json, "deficitProblems", finance.DeficitProblems);
        if (finance.Judgement is { } judgement)
        {
            json.WriteStartObject("goodFinancialManagement");
            json.WriteBoolean("holds", judgement.IsGoodFinancialManagement);
            json.WriteBoolean("illustrativeData", finance.JudgementRestsOnIllustrativeData);
            JsonRegister.Strings(json, "trace", JudgementText.Lines(judgement, language, finance.Reconciliation.Decimals));
            json.WriteStartArray("conditions");
            foreach (var c in judgement.Conditions)
            {
                json.WriteStartObject();
                json.WriteString("name", c.Condition.Name);
                json.WriteString("quantifier", ExplanationJson.Code(c.Condition.Quantifier));
                json.WriteString("minimumCategory", c.Minimum.Id);
                json.WriteNumber("reached", c.Reached);
                json.WriteNumber("total", c.Total);
                json.WriteBoolean("holds", c.Holds);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("budgetConditions");
            foreach (var c in judgement.BudgetConditions)
            {
                json.WriteStartObject();
                json.WriteString("name", c.Condition.Name);
                json.WriteString("kind", ExplanationJson.Code(c.Condition.Kind));
                WriteDecimal(json, "limit", c.Limit);
                if (c.Facts is { } facts)
                {
                    json.WriteStartObject("facts");
                    json.WriteNumber("committees", facts.Committees);
                    json.WriteNumber("committeesOverFrame", facts.CommitteesOverFrame);
                    json.WriteNumber("committeesWithoutForecast", facts.CommitteesWithoutForecast);
                    WriteDecimal(json, "netCostDeviation", facts.NetCostDeviation);
                    WriteDecimal(json, "taxesGrantsAndEqualisation", facts.TaxesGrantsAndEqualisation);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("facts");
                }

                json.WriteBoolean("holds", c.Holds);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("goodFinancialManagement");
        }

        json.WriteEndObject();
    }

    /// <summary>The named numbers a finance step or key ratio was computed from, as one object.</summary>
    private static void WriteTerms(Utf8JsonWriter json, Styrmodell.Collections.EquatableArray<TraceTerm> terms)
    {
        json.WriteStartObject("terms");
        foreach (var term in terms)
        {
            json.WriteNumber(term.Name, term.Value);
        }

        json.WriteEndObject();
    }

    private static void WriteProblems(Utf8JsonWriter json, string name, IEnumerable<Styrmodell.Validation.ValidationProblem> problems)
    {
        json.WriteStartArray(name);
        foreach (var problem in problems)
        {
            json.WriteStartObject();
            json.WriteString("code", problem.Code);
            json.WriteString("message", problem.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteDecimal(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteScale(Utf8JsonWriter json, AssessmentScale scale)
    {
        json.WriteStartObject("scale");
        json.WriteStartArray("categories");
        foreach (var category in scale.Categories)
        {
            json.WriteStartObject();
            WriteCategory(json, category);
            json.WriteBoolean("isMet", category.IsMet);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("notAssessed");
        WriteCategory(json, scale.NotAssessed);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteCategory(Utf8JsonWriter json, AssessmentCategory category)
    {
        json.WriteString("id", category.Id);
        json.WriteString("label", category.Label);
        json.WriteString("colour", category.Colour);
    }

    private static void WriteNode(Utf8JsonWriter json, ReportRow row, EvaluationReport report, ReportLanguage language)
    {
        var result = row.Result;
        json.WriteStartObject();
        json.WriteString("id", row.Node.Id);
        json.WriteString("level", row.Level.Id);
        json.WriteString("levelName", row.Level.Name);
        json.WriteString("role", ExplanationJson.Code(row.Level.Role));
        json.WriteString("title", row.Node.Title);
        json.WriteString("owner", row.Node.OwnerId);
        json.WriteString("parent", row.Node.ParentId);
        json.WriteNumber("depth", row.Depth);
        json.WriteBoolean("assessed", row.IsAssessed);
        json.WriteString("category", result.Category.Id);
        json.WriteString("computedCategory", result.Computed.Id);
        WriteNumber(json, "score", result.Score);
        WriteNumber(json, "coverage", result.Coverage);
        WriteDecimal(json, "value", result.Value);
        json.WriteBoolean("forecast", result.IsForecast);
        json.WriteBoolean("illustrative", row.IsIllustrative);
        json.WriteBoolean("illustrativeData", row.RestsOnIllustrativeData);
        json.WriteString("explanation", ExplanationText.Render(result, report.Scale, report.Rounding, language));
        ExplanationJson.WriteSteps(json, result.Explanation);
        json.WriteStartArray("inputs");
        foreach (var input in result.Explanation.Inputs)
        {
            json.WriteStartObject();
            json.WriteString("node", input.NodeId);
            json.WriteNumber("weight", input.Weight);
            json.WriteString("category", input.CategoryId);
            WriteNumber(json, "score", input.Score);
            json.WriteString("use", ExplanationJson.Code(input.Use));
            WriteNumber(json, "points", input.Points);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (result.Manual is { } manual)
        {
            json.WriteStartObject("manual");
            json.WriteString("category", manual.CategoryId);
            json.WriteString("motivation", manual.Motivation);
            json.WriteString("author", manual.Author);
            json.WriteString("date", ReportText.Date(manual.Date));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("manual");
        }

        json.WriteStartArray("contributesTo");
        foreach (var link in row.ContributesTo)
        {
            json.WriteStartObject();
            json.WriteString("node", link.NodeId);
            json.WriteNumber("weight", link.Weight);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, AssessmentScale scale, ReportSummary summary)
    {
        var ids = scale.Categories.Select(c => c.Id).Append(scale.NotAssessed.Id).ToList();
        json.WriteStartArray(summary.Grouping switch
        {
            SummaryGrouping.Owner => "byOwner",
            SummaryGrouping.TargetArea => "byTargetArea",
            _ => "byLevel",
        });
        foreach (var row in summary.Rows)
        {
            json.WriteStartObject();
            json.WriteString("group", row.Group);
            json.WriteStartObject("counts");
            for (var i = 0; i < ids.Count; i++)
            {
                json.WriteNumber(ids[i], row.Counts[i]);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Scores and coverage are rounded to four decimals: enough to rank and compare, and stable across platforms.
    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 4, MidpointRounding.AwayFromZero));
        }
        else
        {
            json.WriteNull(name);
        }
    }

}
