namespace Styrmodell.Tool;

/// <summary>A command's arguments split into positional values and <c>--name value</c> (or <c>--name=value</c>) options.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private Arguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses arguments, accepting only the named options, each at most once and each with a value.</summary>
    public static Arguments Parse(string command, IReadOnlyList<string> args, params string[] allowed)
    {
        var positional = new List<string>();
        var parsed = new Arguments(positional);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                positional.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg : arg[..equals];
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw new UsageException(allowed.Length == 0
                    ? $"'{command}' takes no options, but got '{name}'."
                    : $"'{command}' has no option '{name}'; its options are {string.Join(", ", allowed)}.");
            }

            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                value = args[++i];
            }
            else
            {
                throw new UsageException($"Option '{name}' needs a value.");
            }

            if (!parsed._options.TryAdd(name, value))
            {
                throw new UsageException($"Option '{name}' is given more than once.");
            }
        }

        return parsed;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);
}
