using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Styrmodell.Reporting.Html.Tests;

/// <summary>
/// Each sample's HTML report in a real browser: it loads with no console error and no request beyond the file itself,
/// shows every goal's title and category, and leaves a screenshot and a PDF in <c>artifacts/reports/</c> that are not
/// blank; each nulägeskoll fits one A4 page and starts its own.
/// </summary>
public sealed partial class BrowserTests(Browser browser) : IClassFixture<Browser>
{
    /// <summary>A page of one colour has variance 0; the four sample reports measured 1 370–1 700 (luminance 0–255, first 4 000 px of the page).</summary>
    private const double LeastVariance = 200;

    private static readonly string Output = Path.Combine(Reports.RepositoryRoot(), "artifacts", "reports");

    [Theory]
    [MemberData(nameof(Reports.Samples), MemberType = typeof(Reports))]
    public async Task Sample_report_loads_quietly_shows_every_goal_and_prints(string name)
    {
        var evaluation = Reports.Sample(name).EvaluateLatest();
        Directory.CreateDirectory(Output);
        var file = Path.Combine(Output, name + ".html");
        await File.WriteAllTextAsync(file, Reports.Html(evaluation));
        var url = new Uri(file).AbsoluteUri;

        // The page's own policy forbids every request; bypassing it here lets the test see any request the page would make.
        await using var context = await browser.Require().NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 1400 }, BypassCSP = true });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type is "error" or "warning") { problems.Add($"console {m.Type}: {m.Text}"); } };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Request += (_, r) => { if (r.Url != url) { problems.Add("request: " + r.Url); } };
        await page.RouteAsync(u => u != url, async route => { problems.Add("route: " + route.Request.Url); await route.AbortAsync(); });
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        Assert.True(response is null || response.Ok, "the file did not load");
        var text = Reports.Squeeze(await page.InnerTextAsync("body"));
        foreach (var row in EvaluationReport.Create(evaluation).Rows)
        {
            Assert.Contains(Reports.Squeeze(row.Node.Title), text, StringComparison.Ordinal);
            if (row.IsAssessed)
            {
                Assert.Contains(row.Result.Category.Label, text, StringComparison.Ordinal);
            }
        }

        var png = Path.Combine(Output, name + ".png");
        var shot = await page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
        Assert.True(await Variance(context, shot) > LeastVariance, $"{png} looks blank");

        var pdf = await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(Output, name + ".pdf"), Format = "A4", PrintBackground = true });
        var checks = evaluation.Document.FollowUp.StatusCheckTexts.Count;
        Assert.True(Pages(pdf) >= 2 + checks, $"the PDF has {Pages(pdf)} pages for the report and {checks} nulägeskoll page(s)");
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Reports.Samples), MemberType = typeof(Reports))]
    public async Task Each_status_check_fits_one_A4_page_in_print(string name)
    {
        // A4 is 210 × 297 mm; the page's margins take 2 × 14 mm each way; CSS has 96 px to the inch (25,4 mm).
        const double printable = (297 - (2 * 14)) / 25.4 * 96;
        const int printWidth = (int)((210 - (2 * 14)) / 25.4 * 96);
        var html = Reports.Html(Reports.Sample(name).EvaluateLatest());
        await using var context = await browser.Require().NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = printWidth, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var heights = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('section.a4')].map(s => s.getBoundingClientRect().height)");
        var breaks = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('section.a4')].map(s => getComputedStyle(s).breakBefore)");

        Assert.All(heights, h => Assert.True(h <= printable, $"a nulägeskoll is {h:0} px high, more than the {printable:0} px of one A4 page"));
        Assert.All(breaks, b => Assert.Equal("page", b));
    }

    [Fact]
    public async Task Report_needs_no_sideways_scrolling_at_320_px()
    {
        var html = Reports.Html(Reports.Sample("vasteras").EvaluateLatest());
        await using var context = await browser.Require().NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html);

        var width = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 320, $"the page is {width} px wide at a 320 px viewport");
    }

    /// <summary>The luminance variance of a PNG, measured by the browser itself on a blank page (a canvas decodes it).</summary>
    private static async Task<double> Variance(IBrowserContext context, byte[] png)
    {
        var blank = await context.NewPageAsync();
        return await blank.EvaluateAsync<double>(
            """
            async data => {
              const image = new Image();
              image.src = 'data:image/png;base64,' + data;
              await image.decode();
              const canvas = document.createElement('canvas');
              canvas.width = Math.min(image.width, 1024); canvas.height = Math.min(image.height, 4000);
              const g = canvas.getContext('2d');
              g.drawImage(image, 0, 0);
              const px = g.getImageData(0, 0, canvas.width, canvas.height).data;
              let sum = 0, squares = 0, n = 0;
              for (let i = 0; i < px.length; i += 4) { const y = 0.299 * px[i] + 0.587 * px[i + 1] + 0.114 * px[i + 2]; sum += y; squares += y * y; n++; }
              const mean = sum / n;
              return squares / n - mean * mean;
            }
            """, Convert.ToBase64String(png));
    }

    /// <summary>Pages in a PDF: Chromium writes each page object's dictionary in the clear with <c>/Type /Page</c>.</summary>
    private static int Pages(byte[] pdf) => PageObject().Count(System.Text.Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PageObject();
}
