namespace Styrmodell.Targets;

public sealed partial record Indicator
{
    /// <summary>Gets the open-data series its outcomes are imported from, or <see langword="null"/> when they are entered by hand.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public OpenDataSeries? OpenData { get; init; }
}
