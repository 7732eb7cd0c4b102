using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Exchange;
using Styrmodell.Json.Tests;
using Styrmodell.Time;

namespace Styrmodell.Reporting.Html.Tests;

/// <summary>Properties over generated input: the renderer never fails, escapes every text, and picks readable text colours.</summary>
public class Properties
{
    private static Arbitrary<(int Seed, int Goals, int Indicators, ReportLanguage Language)> Documents =>
        (from seed in Gen.Choose(0, int.MaxValue)
         from goals in Gen.Choose(1, 5)
         from indicators in Gen.Choose(0, 10)
         from language in Gen.Elements(ReportLanguage.Swedish, ReportLanguage.English)
         select (seed, goals, indicators, language)).ToArbitrary();

    /// <summary>The generated models' titles include <c>"Citat" &amp; &lt;tecken&gt;</c>, so escaping is exercised on every run.</summary>
    [Property(MaxTest = 60)]
    public Property Renderer_never_fails_and_every_title_reads_back_as_written() =>
        Prop.ForAll(Documents, c =>
        {
            var document = ExchangeDocument.Create(RandomModels.Create(c.Seed, c.Goals, c.Indicators));
            var evaluation = document.Evaluate(ReportingPeriod.Year(2024), new NodaTime.LocalDate(2025, 3, 31));
            var page = Reports.Parse(Reports.Html(evaluation, c.Language), out var errors);
            var titles = page.QuerySelectorAll("details.node").ToDictionary(d => d.GetAttribute("data-node-id")!, d => d.QuerySelector(":scope > summary .title")!.TextContent);
            return errors.Count == 0
                && page.QuerySelectorAll("script").Length == 0
                && evaluation.Goals.Model.Nodes.All(n => titles.TryGetValue(n.Id, out var shown) && shown == n.Title)
                && titles.Count == evaluation.Goals.Model.Nodes.Count;
        });

    /// <summary>HTML5 turns CR into LF and NUL into U+FFFD whatever the escaping; any other text must read back unchanged.</summary>
    [Property(MaxTest = 300)]
    public Property Escaped_text_reads_back_as_written_in_content_and_attributes() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null && !s.Any(c => c is '\r' or '\0' || char.IsSurrogate(c))), text =>
        {
            var page = Reports.Parse($"<!DOCTYPE html><html lang=\"sv\"><head><title>t</title></head><body><p title=\"{HtmlText.Escape(text)}\">{HtmlText.Escape(text)}</p></body></html>", out _);
            var p = page.QuerySelector("body > p");
            return p is not null && p.TextContent == text && p.GetAttribute("title") == text && page.Body!.Children.Length == 1;
        });

    [Property(MaxTest = 500)]
    public Property Text_on_any_category_colour_reaches_WCAG_AA(byte r, byte g, byte b)
    {
        var background = $"#{r:X2}{g:X2}{b:X2}";
        return (Wcag.Ratio(background, Contrast.TextOn(background)) >= Wcag.AaNormalText).ToProperty();
    }

    [Fact]
    public void A_colour_that_is_not_hexadecimal_never_reaches_the_style_attribute()
    {
        Assert.Equal("#FFFFFF", Contrast.Normalise("red;background:url(http://x)"));
        Assert.Equal("#2E7D32", Contrast.Normalise("#2e7d32"));
        Assert.Equal("#FFAA00", Contrast.Normalise("#FA0"));
    }
}
