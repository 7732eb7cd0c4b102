namespace Styrmodell.Tool.Tests.Reporting;

/// <summary>
/// Vansbro's model asks each grunduppdrag to list its important steering documents. A unit with a grunduppdrag and no
/// document in the register is what a reviewer looks for, so the report lists it and says that none is registered.
/// </summary>
public class MissionDocumentsTests
{
    [Theory]
    [InlineData("sv", "Sektor barn och utbildning (illustrativ): grunduppdrag Verksamhet — viktiga styrdokument: inga i registret")]
    [InlineData("en", "important documents: none in the register")]
    public void AGrunduppdragWithoutDocuments_IsListed(string language, string expected)
    {
        var (_, output, _) = Cli.Run("evaluate", Cli.Sample("vansbro"), "--language", language);

        Assert.Contains(expected, output, StringComparison.Ordinal);
    }
}
