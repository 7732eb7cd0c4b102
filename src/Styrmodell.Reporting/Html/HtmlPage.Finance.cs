using Styrmodell.Finance;

namespace Styrmodell.Reporting.Html;

/// <summary>
/// The financial part: the key ratios over the document's years as a table and charts, the balanskravsutredning
/// with every line, the deficits to restore, and the judgement of good financial management.
/// </summary>
internal sealed partial class HtmlPage
{
    private void Finance()
    {
        if (_report.Finance is not { } finance)
        {
            return;
        }

        _html.Append("<section id=\"ekonomi\"><h2>").Append(HtmlText.Escape(_text.FinanceHeading(finance)))
            .Append(finance.IsIllustrative ? " " + ReportText.IllustrativeTextMark : "").Append("</h2>\n");
        KeyRatioHistory(finance);
        Reconciliation(finance);
        if (!finance.Deficits.IsEmpty)
        {
            Table(_words.T("Underskott att återställa (KL 11 kap. 12 §)", "Deficits to restore (KL 11 kap. 12 §)"),
                [_words.T("År", "Year"), _words.T("Kvar", "Remaining"), _words.T("Återställs senast", "Deadline"), _words.T("Försenat", "Overdue")],
                finance.Deficits.Select(d => (IReadOnlyList<string>)[N.Count(d.Deficit.FiscalYear), N.Grouped(d.Remaining), N.Count(d.DeadlineYear), d.IsOverdue ? _words.T("ja", "yes") : _words.T("nej", "no")]), 1);
        }

        foreach (var problem in finance.DeficitProblems.Concat(finance.Reconciliation.Problems))
        {
            _html.Append("<p class=\"problem\">").Append(HtmlText.Escape(_words.T("problem: ", "problem: ") + (_language == ReportLanguage.English ? problem.ToString() : problem.Code))).Append("</p>\n");
        }

        if (finance.Judgement is { } judgement)
        {
            _html.Append("<h3>").Append(HtmlText.Escape(_words.T("God ekonomisk hushållning", "Good financial management")))
                .Append(finance.JudgementRestsOnIllustrativeData ? " " + ReportText.IllustrativeDataMark : "").Append("</h3>\n<p><strong>")
                .Append(HtmlText.Escape(judgement.IsGoodFinancialManagement
                    ? _words.T("✔ God ekonomisk hushållning", "✔ Good financial management")
                    : _words.T("✘ Inte god ekonomisk hushållning", "✘ Not good financial management")))
                .Append("</strong></p>\n");
            var reasons = JudgementText.Lines(judgement, _language, finance.Reconciliation.Decimals).Skip(1).ToList();
            if (reasons.Count > 0)
            {
                _html.Append("<ul>");
                foreach (var line in reasons)
                {
                    _html.Append("<li>").Append(HtmlText.Escape(line)).Append("</li>");
                }

                _html.Append("</ul>\n");
            }
        }

        _html.Append("</section>\n");
    }

    private void KeyRatioHistory(FinanceReport finance)
    {
        var years = (_evaluation.Document.Finance?.Years ?? []).Where(y => y.FiscalYear <= finance.Year.FiscalYear).OrderBy(y => y.FiscalYear).ToList();
        var sets = years.Select(y => (y.FiscalYear, Ratios: KeyRatios.Compute(y).All)).ToList();
        if (sets.Count == 0)
        {
            return;
        }

        var title = _words.T("Nyckeltal", "Key ratios");
        _html.Append("<h3>").Append(HtmlText.Escape(title)).Append("</h3>\n");
        var ratios = sets[^1].Ratios;
        string Name(KeyRatio r) => KeyRatioText.Name(r, _language) + (r.Unit == KeyRatioUnit.Percent ? " (%)" : " (" + AmountUnits.Symbol(finance.Year.Unit) + ")");
        Table(title, [_words.T("Nyckeltal", "Key ratio"), .. sets.Select(s => N.Count(s.FiscalYear))],
            ratios.Select((r, i) => (IReadOnlyList<string>)[Name(r), .. sets.Select(s => s.Ratios[i].Value is { } v ? N.Grouped(v) : "–")]), [.. Enumerable.Range(1, sets.Count)]);
        if (sets.Count < 2)
        {
            return;
        }

        _html.Append("<div class=\"charts\">");
        for (var i = 0; i < ratios.Count; i++)
        {
            var points = sets.Where(s => s.Ratios[i].Value is not null).Select(s => new ChartPoint(s.FiscalYear, Math.Round(s.Ratios[i].Value!.Value, 2), false)).ToList();
            if (points.Count < 2 || ratios[i].Unit != KeyRatioUnit.Percent)
            {
                continue;
            }

            var chartTitle = _words.T($"{KeyRatioText.Name(ratios[i], _language)} per år (%)", $"{KeyRatioText.Name(ratios[i], _language)} by year (%)");
            _html.Append("<figure class=\"key-ratio\">");
            SvgCharts.Line(_html, new LineChartData(chartTitle, [new ChartSeries(KeyRatioText.Name(ratios[i], _language), "total", points)], [], []), N, _words);
            _html.Append("<figcaption>").Append(HtmlText.Escape(chartTitle)).Append("</figcaption></figure>");
        }

        _html.Append("</div>\n");
    }

    private void Reconciliation(FinanceReport finance)
    {
        var reconciliation = finance.Reconciliation;
        var title = $"{_words.T("Balanskravsutredning", "Balance-requirement reconciliation")} ({reconciliation.RuleSetName})";
        _html.Append("<h3>").Append(HtmlText.Escape(_words.T("Balanskravsutredning", "Balance-requirement reconciliation"))).Append("</h3>\n");
        Table(title, [_words.T("Rad", "Line"), _words.T("Belopp", "Amount") + " (" + AmountUnits.Symbol(finance.Year.Unit) + ")"],
            reconciliation.Steps.Select(s => (IReadOnlyList<string>)[FinanceTraceText.Label(s, reconciliation, _language), s.Amount is { } a ? N.Grouped(FinanceTraceText.IsAmount(s) ? reconciliation.Present(a) : a) : "–"]), 1);
    }
}
