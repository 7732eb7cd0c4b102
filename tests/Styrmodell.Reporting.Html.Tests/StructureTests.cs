using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Node = Styrmodell.Model.Node;
using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Reporting.Html.Tests;

/// <summary>The HTML report of each sample, read by an HTML5 parser: valid, self-contained, every node once, accessible charts, ordered headings, Swedish numbers.</summary>
public partial class StructureTests
{
    [Theory]
    [MemberData(nameof(Reports.Samples), MemberType = typeof(Reports))]
    public void Sample_report_parses_without_errors_and_declares_its_language(string name)
    {
        var html = Reports.Html(Reports.Sample(name).EvaluateLatest());
        var page = Reports.Parse(html, out var errors);

        Assert.Empty(errors);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", Reports.Parse(Reports.Html(Reports.Sample(name).EvaluateLatest(), ReportLanguage.English), out _).DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [MemberData(nameof(Reports.Samples), MemberType = typeof(Reports))]
    public void Sample_report_shows_every_node_once_with_its_title(string name)
    {
        var evaluation = Reports.Sample(name).EvaluateLatest();
        var page = Reports.Parse(Reports.Html(evaluation), out _);
        var shown = page.QuerySelectorAll("details.node").ToList();

        Assert.Equal(evaluation.Goals.Model.Nodes.Count, shown.Count);
        foreach (var node in evaluation.Goals.Model.Nodes)
        {
            var section = Assert.Single(shown, d => d.GetAttribute("data-node-id") == node.Id);
            Assert.Equal(node.Title, section.QuerySelector(":scope > summary .title")?.TextContent);
        }
    }

    [Theory]
    [MemberData(nameof(Reports.Samples), MemberType = typeof(Reports))]
    public void Sample_report_requests_nothing_and_runs_no_script(string name)
    {
        var page = Reports.Parse(Reports.Html(Reports.Sample(name).EvaluateLatest()), out _);

        Assert.Empty(page.QuerySelectorAll("script, link, iframe, object, embed, img, image, use"));
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes.Where(a => a.Name != "content")) // the CSP meta says 'none', not a URL
            {
                Assert.DoesNotMatch(new Regex("https?:|//|url\\(", RegexOptions.IgnoreCase), attribute.Value);
            }
        }

        var css = string.Concat(page.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.DoesNotMatch(new Regex("url\\(|@import|https?:", RegexOptions.IgnoreCase), css);
    }

    [Theory]
    [MemberData(nameof(Reports.Samples), MemberType = typeof(Reports))]
    public void Every_chart_has_an_accessible_name(string name)
    {
        var page = Reports.Parse(Reports.Html(Reports.Sample(name).EvaluateLatest()), out _);
        var charts = page.QuerySelectorAll("svg").ToList();

        Assert.NotEmpty(charts);
        Assert.All(charts, svg =>
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label")));
            Assert.Equal(svg.GetAttribute("aria-label"), svg.Children[0].TextContent);
            Assert.Equal("title", svg.Children[0].LocalName);
        });
    }

    [Theory]
    [MemberData(nameof(Reports.Samples), MemberType = typeof(Reports))]
    public void Headings_descend_one_level_at_a_time_from_one_h1_and_tables_have_headers(string name)
    {
        var page = Reports.Parse(Reports.Html(Reports.Sample(name).EvaluateLatest()), out _);
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();

        Assert.Equal(1, levels[0]);
        Assert.Single(levels, l => l == 1);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} followed by h{pair.Second}"));
        Assert.All(page.QuerySelectorAll("table"), table =>
        {
            Assert.NotNull(table.QuerySelector("caption"));
            Assert.NotEmpty(table.QuerySelectorAll("thead th[scope=col]"));
        });
    }

    [Theory]
    [MemberData(nameof(Reports.Samples), MemberType = typeof(Reports))]
    public void Every_goal_shows_its_category_as_a_word_and_a_symbol_beside_the_colour(string name)
    {
        var evaluation = Reports.Sample(name).EvaluateLatest();
        var page = Reports.Parse(Reports.Html(evaluation), out _);
        var report = EvaluationReport.Create(evaluation);

        foreach (var row in report.Rows.Where(r => r.IsAssessed))
        {
            var badge = page.QuerySelectorAll("details.node").Single(d => d.GetAttribute("data-node-id") == row.Node.Id).QuerySelector(":scope > summary .badge");
            Assert.NotNull(badge);
            Assert.Contains(row.Result.Category.Label, badge.TextContent, StringComparison.Ordinal);
            Assert.Matches("^[✔◐✘–] ", badge.TextContent);
        }
    }

    [Theory]
    [MemberData(nameof(Reports.Samples), MemberType = typeof(Reports))]
    public void Every_number_in_a_table_is_written_the_Swedish_way(string name)
    {
        var page = Reports.Parse(Reports.Html(Reports.Sample(name).EvaluateLatest()), out _);
        var numbers = page.QuerySelectorAll("td.num").Select(c => c.TextContent).Where(t => t is not ("–" or "—")).ToList();

        Assert.NotEmpty(numbers);
        // Decimal comma, digits grouped by threes with a narrow no-break space, a minus sign or hyphen-minus in front
        // (or a plus sign, on a budget deviation that leaves money over).
        Assert.All(numbers, n => Assert.Matches("^[-+]?\\d{1,3}(\u202F\\d{3})*(,\\d+)?( %)?$", n));
    }

    /// <summary>
    /// Worked from Språkrådet's Svenska skrivregler (§ on numbers): a decimal comma, and digits grouped in threes with a
    /// thin space: the balance-requirement result 1234567,5 tkr is written 1 234 567,5; English writes 1,234,567.5.
    /// </summary>
    [Fact]
    public void A_large_amount_is_grouped_in_threes_with_a_decimal_comma()
    {
        var numbers = Words.For(ReportLanguage.Swedish).Numbers;

        Assert.Equal("1\u202F234\u202F567,5", numbers.Grouped(1234567.5m));
        Assert.Equal("-12\u202F000", numbers.Grouped(-12000m));
        Assert.Equal("999,25", numbers.Grouped(999.25m));
        Assert.Equal("1,234,567.5", Words.For(ReportLanguage.English).Numbers.Grouped(1234567.5m));
    }

    [Fact]
    public void A_title_written_as_markup_prints_as_text()
    {
        const string title = "</summary><script>alert('x')</script> \"Trygg\" & <säker> kommun";
        var document = ExchangeDocument.Create(new SteeringModelBuilder(new Municipality("Prov & <test> kommun", "9999"))
            .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council))
            .AddLevel(new LevelDefinition("omr", "Målområde", LevelRole.TargetArea))
            .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["omr"] })
            .AddNode(new Node("a", "omr", title) { OwnerId = "kf" })
            .AddNode(new Node("i", "ind", "Andel <behöriga> & \"nöjda\"") { ParentId = "a" })
            .AddIndicator(new Indicator("i", MeasureUnit.Percent, Direction.HigherIsBetter))
            .AddOutcome(new Outcome("i", ReportingPeriod.Year(2024), MeasuredValue.Of(80m)))
            .Build());

        var page = Reports.Parse(Reports.Html(document.Evaluate(ReportingPeriod.Year(2024), new LocalDate(2024, 12, 31))), out var errors);

        Assert.Empty(errors);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Equal(title, page.QuerySelector("[data-node-id=a] > summary .title")?.TextContent);
        Assert.Contains("Prov & <test> kommun", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Andel <behöriga> & \"nöjda\": utfall och målvärden per år", page.QuerySelector("figure.indicator svg")?.GetAttribute("aria-label"));
    }

    [Theory]
    [MemberData(nameof(Reports.Samples), MemberType = typeof(Reports))]
    public void Category_badges_and_risk_cells_reach_WCAG_AA_contrast(string name)
    {
        var page = Reports.Parse(Reports.Html(Reports.Sample(name).EvaluateLatest()), out _);
        var coloured = page.QuerySelectorAll(".badge, td.risk").ToList();

        Assert.NotEmpty(coloured);
        Assert.All(coloured, element =>
        {
            var style = element.GetAttribute("style") ?? "";
            var background = Regex.Match(style, "background:(#[0-9A-F]{6})").Groups[1].Value;
            var text = Regex.Match(style, "color:(#[0-9A-F]{6})").Groups[1].Value;
            Assert.True(Wcag.Ratio(background, text) >= Wcag.AaNormalText, $"{element.TextContent}: {text} on {background} is {Wcag.Ratio(background, text):0.00}:1");
        });
    }
}
