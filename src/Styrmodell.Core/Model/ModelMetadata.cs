using Styrmodell.Collections;
using Styrmodell.Time;

namespace Styrmodell.Model;

/// <summary>What a model is about beyond its elements: the mandate period it is for and the documents it comes from.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ModelMetadata
{
    /// <summary>Gets the empty metadata.</summary>
    public static ModelMetadata None { get; } = new();

    /// <summary>Gets the mandate period the model is for, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public MandatePeriod? MandatePeriod { get; init; }

    /// <summary>Gets the documents the model was built from.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<SourceDocument> Sources { get; init; }
}
