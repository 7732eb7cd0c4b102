using Styrmodell.Samples;

namespace Styrmodell.Tests.Samples;

public class SampleRunnerTests
{
    [Fact]
    public void Run_TheFourDocuments_PrintsEachReportAndWritesOneMarkdownAndOneHtmlFileEach()
    {
        var directory = Path.Combine(Path.GetTempPath(), "styrmodell-samples-" + Guid.NewGuid().ToString("N"));
        using var output = new StringWriter();
        try
        {
            var exitCode = SampleRunner.Run(output, directory);

            Assert.Equal(0, exitCode);
            var text = output.ToString();
            Assert.Contains("Västerås stad (1980): måluppfyllelse 2024, per 2024-12-31", text, StringComparison.Ordinal);
            Assert.Contains("Strängnäs kommun (0486): måluppfyllelse 2022, per 2022-12-31", text, StringComparison.Ordinal);
            Assert.Contains("Vansbro kommun (2021): måluppfyllelse 2022, per 2022-12-31", text, StringComparison.Ordinal);
            Assert.Contains("Arboga kommun (1984): måluppfyllelse 2024, per 2024-12-31", text, StringComparison.Ordinal);
            Assert.Equal(["arboga.html", "arboga.md", "strangnas.html", "strangnas.md", "vansbro.html", "vansbro.md", "vasteras.html", "vasteras.md"],
                Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.StartsWith("# Arboga kommun (1984)", File.ReadAllText(Path.Combine(directory, "arboga.md")), StringComparison.Ordinal);
            Assert.Contains(Path.Combine(directory, "vasteras.md"), text, StringComparison.Ordinal);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"sv\">", File.ReadAllText(Path.Combine(directory, "arboga.html")), StringComparison.Ordinal);
            Assert.Contains(Path.Combine(directory, "vasteras.html"), text, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
