using System.Text;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Styrmodell.Json.Tests;

public class FormatDocTests
{
    [Fact]
    public void FormatDocExample_IsValidForSchemaAndReader()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "../../../../../docs/format.md"));
        var start = doc.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var json = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var read = ModelJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        Assert.True(JsonSchema.FromText(ModelJson.Schema).Evaluate(JsonNode.Parse(json)).IsValid);
        Assert.Equal(4, read.Model!.Nodes.Count);
    }
}
