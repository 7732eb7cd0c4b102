using Styrmodell.Reporting;

namespace Styrmodell.Samples;

/// <summary>Loads, validates and evaluates the four sample documents, and reports on each.</summary>
public static class SampleRunner
{
    /// <summary>
    /// For each sample document: reads and validates it, evaluates it for its latest period as of that period's end,
    /// writes the text report to <paramref name="output"/> and a Markdown and an HTML report to <paramref name="reportDirectory"/>.
    /// </summary>
    /// <param name="output">Where the text reports go.</param>
    /// <param name="reportDirectory">Where the Markdown and HTML reports go (created when missing).</param>
    /// <returns>0 when every document is valid, 1 otherwise.</returns>
    public static int Run(TextWriter output, string reportDirectory)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(reportDirectory);
        System.IO.Directory.CreateDirectory(reportDirectory);
        var exitCode = 0;
        var written = new List<string>();
        foreach (var name in SampleDocuments.Names)
        {
            var read = SampleDocuments.Read(name);
            if (read.Document is not { } document)
            {
                exitCode = 1;
                output.WriteLine($"{SampleDocuments.SourcePathOf(name)}: {read.Problems.Count} problem(s)");
                foreach (var problem in read.Problems)
                {
                    output.WriteLine($"  {problem}");
                }

                output.WriteLine();
                continue;
            }

            // Every sample document has outcomes (SampleDocumentsTests checks it), so there is always a latest period.
            var evaluation = document.EvaluateLatest();
            var report = EvaluationReport.Create(evaluation);
            TextReportWriter.Write(report, output);
            FollowUpPrinter.Write(evaluation, output);
            output.WriteLine();

            var path = Path.Combine(reportDirectory, name + ".md");
            using (var markdown = new StreamWriter(path))
            {
                MarkdownReportWriter.Write(report, markdown);
                foreach (var texts in document.FollowUp.StatusCheckTexts)
                {
                    markdown.WriteLine();
                    // A nulägeskoll describes its own period, which may be earlier than the latest one.
                    var ofItsPeriod = texts.Period == evaluation.Period ? evaluation : document.Evaluate(texts.Period);
                    markdown.Write(StatusCheckMarkdown.Render(ofItsPeriod.FollowUp.StatusChecks.Single(c => c.UnitId == texts.UnitId)));
                }
            }

            written.Add(path);
            var html = Path.Combine(reportDirectory, name + ".html");
            using (var page = new StreamWriter(html))
            {
                HtmlReportWriter.Write(evaluation, page);
            }

            written.Add(html);
        }

        output.WriteLine("Reports (Markdown and HTML):");
        written.ForEach(path => output.WriteLine($"  {Path.GetFullPath(path)}"));
        return exitCode;
    }
}
