namespace Styrmodell.Reporting.Html;

/// <summary>
/// The page's one style sheet, inline: readable from 320 px wide up (tables scroll inside their box, charts scale),
/// and for print A4 pages with each nulägeskoll on its own page and every section shown.
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root{color-scheme:light}
        *{box-sizing:border-box}
        body{font-family:system-ui,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0 auto;max-width:62rem;padding:.75rem;line-height:1.45;color:#1A1A1A;background:#FFFFFF;overflow-wrap:anywhere}
        h1{font-size:1.45rem;margin:.5rem 0}
        h2{font-size:1.25rem;margin-top:1.5rem;border-bottom:2px solid #D0D0D0}
        h3{font-size:1.05rem;margin:1rem 0 .35rem}
        .meta{color:#505050;font-size:.92rem}
        .badge{display:inline-block;padding:0 .45rem;border-radius:.3rem;font-weight:600;font-size:.9rem;border:1px solid #505050}
        details.node{margin:.2rem 0 .2rem .35rem;padding-left:.55rem;border-left:3px solid #D0D0D0}
        details.node>summary{cursor:pointer;padding:.15rem 0}
        .title{font-weight:600}
        ol.steps{margin:.2rem 0 .4rem 1.1rem;padding-left:.6rem;font-size:.92rem}
        .problem{color:#8B0000}
        .table-wrap{overflow-x:auto;max-width:100%}
        table{border-collapse:collapse;margin:.4rem 0 .8rem}
        caption{text-align:left;font-size:.9rem;color:#505050;padding:.2rem 0}
        th,td{border:1px solid #B0B0B0;padding:.2rem .45rem;text-align:left;vertical-align:top}
        .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        td.risk{text-align:center;font-weight:600;min-width:4.5rem}
        figure{margin:.5rem 0;max-width:36rem}
        figcaption{font-size:.88rem;color:#505050}
        svg{display:block;width:100%;height:auto;font-size:12px;font-family:inherit}
        svg .grid{stroke:#E0E0E0}
        svg .axis{stroke:#505050}
        svg .tick,svg .axis-label,svg .bar-label{fill:#303030}
        svg .bar-count{font-weight:600}
        svg .series{stroke-width:2.5}
        svg .series.forecast{stroke-dasharray:5 4}
        svg .total{stroke:#1F4E9A;fill:#1F4E9A}
        svg .women{stroke:#8E2C7A;fill:#8E2C7A}
        svg .men{stroke:#0F6E6E;fill:#0F6E6E}
        svg .comparison{stroke:#6B6B6B;fill:#6B6B6B;stroke-dasharray:2 3}
        svg .point.forecast{fill:#FFFFFF;stroke-width:2}
        svg .target{fill:#B34700;stroke:#B34700;stroke-width:1.5}
        svg .target.derived{fill:#FFFFFF}
        svg .target-path{fill:none;stroke:#B34700;stroke-dasharray:4 3}
        svg .target-band{fill:#B34700;fill-opacity:.18}
        svg .missing{fill:#8B0000;font-weight:700}
        .chart-legend .key{white-space:nowrap}
        .chart-legend .key.total{color:#1F4E9A}
        .chart-legend .key.women{color:#8E2C7A}
        .chart-legend .key.men{color:#0F6E6E}
        .chart-legend .key.target{color:#B34700}
        .charts{display:flex;flex-wrap:wrap;gap:1rem}
        .charts figure{flex:1 1 16rem}
        section.a4{border-top:4px double #B0B0B0;margin-top:2rem}
        @page{size:A4;margin:14mm}
        @media print{
          body{max-width:none;padding:0;font-size:10.5pt}
          details.node{border-left:1px solid #D0D0D0}
          details::details-content{content-visibility:visible;display:block}
          figure,table,tr{break-inside:avoid}
          section.a4{break-before:page;break-after:page;border-top:0;margin-top:0}
          h2,h3{break-after:avoid}
        }
        """;
}
