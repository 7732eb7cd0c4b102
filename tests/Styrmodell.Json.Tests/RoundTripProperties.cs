using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Model;

namespace Styrmodell.Json.Tests;

public class RoundTripProperties
{
    private static Arbitrary<(int Seed, int Goals, int Indicators)> Sizes =>
        (from seed in Gen.Choose(0, int.MaxValue) from goals in Gen.Choose(1, 6) from indicators in Gen.Choose(0, 12) select (seed, goals, indicators)).ToArbitrary();

    [Property(MaxTest = 150)]
    public Property RandomModel_RoundTripsToAnEqualModel() =>
        Prop.ForAll(Sizes, size =>
        {
            var model = RandomModels.Create(size.Seed, size.Goals, size.Indicators);
            return ModelJson.Read(ModelJson.ToUtf8Bytes(model)).Model == model;
        });

    [Property(MaxTest = 150)]
    public Property CanonicalDocument_IsByteIdenticalAfterARoundTrip() =>
        Prop.ForAll(Sizes, Gen.Elements(false, true).ToArbitrary(), (size, indented) =>
        {
            var first = ModelJson.ToUtf8Bytes(RandomModels.Create(size.Seed, size.Goals, size.Indicators), indented);
            return first.AsSpan().SequenceEqual(ModelJson.ToUtf8Bytes(ModelJson.Read(first).Model!, indented));
        });
}
