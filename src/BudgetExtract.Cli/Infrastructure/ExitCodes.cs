namespace BudgetExtract.Cli.Infrastructure;

/// <summary>The exit codes of every command.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected internal error (a bug): the message is printed, please report it.</summary>
    public const int InternalError = 1;

    /// <summary>Bad input or usage: a file could not be used (missing, empty, not a PDF, password-protected, truncated) or the arguments are wrong.</summary>
    public const int BadInput = 2;

    /// <summary>The environment lacks something (mutool, tesseract, language data).</summary>
    public const int MissingTool = 3;

    /// <summary>Interrupted (Ctrl-C).</summary>
    public const int Cancelled = 130;
}
