using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Styrmodell.Exchange;
using Styrmodell.Json;

namespace Styrmodell.Reporting.Html.Tests;

/// <summary>The sample documents, their HTML reports, and a strict HTML5 parse of a page that lists every parse error.</summary>
internal static class Reports
{
    public static readonly string[] SampleNames = ["vasteras", "strangnas", "vansbro", "arboga"];

    public static TheoryData<string> Samples => [.. SampleNames];

    public static ExchangeDocument Sample(string name)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "models", name + ".json"));
        var read = ModelJson.Read(stream);
        return read.Document ?? throw new InvalidOperationException($"{name}: {string.Join("; ", read.Problems)}");
    }

    public static string Html(DocumentEvaluation evaluation, ReportLanguage language = ReportLanguage.Swedish)
    {
        using var writer = new StringWriter();
        HtmlReportWriter.Write(evaluation, writer, language);
        return writer.ToString();
    }

    /// <summary>Parses a page; <paramref name="errors"/> gets every HTML5 parse error (position and message).</summary>
    public static IDocument Parse(string html, out List<string> errors)
    {
        var found = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => found.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? $"{error.Position}: {error.Message}" : e.ToString() ?? "");
        var document = parser.ParseDocument(html);
        errors = found;
        return document;
    }

    /// <summary>The repository's root (where the solution is), so that browser artefacts land in artifacts/reports/.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Styrmodell.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Styrmodell.Core.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Whitespace runs as one space, as a browser's rendered text and a parser's text content both may differ in it.</summary>
    public static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
