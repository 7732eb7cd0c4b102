using System.Text.Json;
using System.Text.Json.Serialization;
using Styrmodell.Json.Dto;

namespace Styrmodell.Json;

/// <summary>
/// The source-generated serializer for the format. Strictness is set option by option: duplicate properties are
/// errors, required properties and nullable annotations are enforced, names are camelCase. Unknown properties are
/// collected (extension data on every object) so the reader can report all of them, as errors or, when lenient, as
/// warnings.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.Strict,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    MaxDepth = JsonLimits.MaxDepth,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(DocumentDto))]
internal sealed partial class StyrmodellJsonContext : JsonSerializerContext;
