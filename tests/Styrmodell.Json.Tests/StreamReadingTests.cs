using Styrmodell.Model;

namespace Styrmodell.Json.Tests;

/// <summary>Reading from a stream that hands out a few bytes at a time: every token may straddle a buffer boundary.</summary>
public class StreamReadingTests
{
    private static SteeringModel LargeModel()
    {
        var builder = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council))
            .AddLevel(new LevelDefinition("vision", "Vision", LevelRole.Vision))
            .AddLevel(new LevelDefinition("mål", "Mål", LevelRole.Goal) { ParentLevelIds = ["vision", "mål"] })
            .AddNode(new Node("vision", "vision", "Testby – där åå och öar möts") { OwnerId = "kf" });
        for (var i = 0; i < 3_000; i++)
        {
            builder.AddNode(new Node($"mål-{i}", "mål", $"Mål nummer {i} för Ängelholms-liknande ö") // non-ASCII letters across boundaries
            {
                OwnerId = "kf",
                ParentId = "vision",
                Weight = 1 + (i % 7) / 8.0,
                Tags = i % 3 == 0 ? [new NodeTag("agenda2030", (i % 17 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))] : default,
                Contributions = i > 0 && i % 5 == 0 ? [new Contribution($"mål-{i - 1}", 0.25)] : default,
            });
        }

        return builder.Build();
    }

    [Fact]
    public void Read_FromATricklingStream_GivesTheSameModelAsFromBytes()
    {
        var model = LargeModel();
        var bytes = ModelJson.ToUtf8Bytes(model, indented: true);
        Assert.True(bytes.Length > 64 * 1024); // larger than the serializer's first buffers

        var read = ModelJson.Read(new TricklingStream(bytes, chunk: 7));

        Assert.Empty(read.Problems);
        Assert.Equal(model, read.Model);
    }

    [Fact]
    public void Read_FromATricklingStream_ReportsAnErrorDeepInTheNodesAtItsPath()
    {
        var json = System.Text.Encoding.UTF8.GetString(ModelJson.ToUtf8Bytes(LargeModel()))
            .Replace("\"title\":\"Mål nummer 2500 ", "\"title\":2500,\"x\":\"", StringComparison.Ordinal);

        var read = ModelJson.Read(new TricklingStream(System.Text.Encoding.UTF8.GetBytes(json), chunk: 13));

        Assert.Null(read.Model);
        Assert.Equal("$.nodes[2501].title", Assert.Single(read.Problems).Path);
    }

    private sealed class TricklingStream(byte[] bytes, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
