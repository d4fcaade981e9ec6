using BudgetExtract.Diagnostics;

namespace BudgetExtract.Cli.Infrastructure;

/// <summary>The one place that turns an exception into a line on stderr and an exit code.</summary>
public static class ErrorHandler
{
    public static int Handle(Exception exception, TextWriter stderr)
    {
        switch (exception)
        {
            case InputException input:
                stderr.WriteLine($"error: {input.Message}");
                return ExitCodes.BadInput;
            case UsageException usage:
                stderr.WriteLine($"error: {usage.Message}");
                return ExitCodes.BadInput;
            case FormatException format:
                stderr.WriteLine($"error: {format.Message}");
                return ExitCodes.BadInput;
            case ToolMissingException tool:
                stderr.WriteLine($"error: {tool.Message}");
                return ExitCodes.MissingTool;
            case OperationCanceledException:
                stderr.WriteLine("cancelled");
                return ExitCodes.Cancelled;
            default:
                stderr.WriteLine($"internal error: {exception.GetType().Name}: {exception.Message}");
                if (Environment.GetEnvironmentVariable("BUDGETEXTRACT_DEBUG") is "1") stderr.WriteLine(exception);
                return ExitCodes.InternalError;
        }
    }
}
