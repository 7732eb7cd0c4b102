using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Targets;

namespace Styrmodell.Tests.Model;

/// <summary>A null inside a collection of ids is refused where it is set, so validation (which reports, never throws) never meets one.</summary>
public class NullElementGuardTests
{
    [Fact]
    public void LevelDefinition_NullParentLevelId_IsRefusedWithItsName()
    {
        var e = Assert.Throws<ArgumentException>(() => new LevelDefinition("mal", "Mål", LevelRole.Goal) { ParentLevelIds = ["vision", null!] });

        Assert.Equal("ParentLevelIds", e.ParamName);
        Assert.Contains("Element 1 is null", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LevelDefinition_NullOwnerKind_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new LevelDefinition("mal", "Mål", LevelRole.Goal) { OwnerKinds = [null!] });

    [Fact]
    public void LevelDefinition_WithoutNulls_KeepsItsIds()
    {
        var level = new LevelDefinition("mal", "Mål", LevelRole.Goal) { ParentLevelIds = ["vision", "omrade"], OwnerKinds = ["nämnd"] };

        Assert.Equal(["vision", "omrade"], level.ParentLevelIds);
        Assert.Equal(["nämnd"], level.OwnerKinds);
    }

    [Fact]
    public void Indicator_NullContributorOrDimension_AndDimension_NullValue_AreRefusedWithTheirNames()
    {
        var indicator = new Indicator("i", MeasureUnit.Count, Direction.HigherIsBetter);

        Assert.Equal("Contributors", Assert.Throws<ArgumentException>(() => indicator with { Contributors = ["c", null!] }).ParamName);
        Assert.Equal("Dimensions", Assert.Throws<ArgumentException>(() => indicator with { Dimensions = [null!] }).ParamName);
        Assert.Equal("Values", Assert.Throws<ArgumentException>(() => new DisaggregationDimension("age", "Ålder") { Values = [null!] }).ParamName);
    }
}
