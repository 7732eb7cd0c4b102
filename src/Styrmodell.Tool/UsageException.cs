namespace Styrmodell.Tool;

/// <summary>Bad command-line arguments: the message is shown as is, with a pointer to the help.</summary>
internal sealed class UsageException(string message) : Exception(message);
