namespace Styrmodell.Tool;

/// <summary>The exit codes of the <c>styrmodell</c> command.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked; every document was valid.</summary>
    public const int Success = 0;

    /// <summary>A document was read but is not valid (bad JSON, bad values, or model rules broken), or could not be evaluated.</summary>
    public const int Invalid = 1;

    /// <summary>A file could not be read at all (missing, a directory, no permission).</summary>
    public const int Unreadable = 2;

    /// <summary>The arguments were wrong (EX_USAGE in sysexits.h).</summary>
    public const int Usage = 64;

    /// <summary>A fault in the tool itself; the message says what happened.</summary>
    public const int InternalError = 70;
}
