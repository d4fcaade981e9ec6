using BudgetExtract.Pdf.MuPdf;
using BudgetExtract.Testing;

namespace BudgetExtract.Pdf.Tests;

public sealed class TraceCommandTests
{
    [Fact]
    public void The_installed_mutool_is_asked_for_its_trace_command()
    {
        var arguments = TraceCommand.Arguments("mutool", "a.pdf", "2,5");
        Assert.Equal(["trace", "a.pdf", "2,5"], arguments);
    }

    [Fact]
    public void A_mutool_without_the_trace_command_gets_draw_with_the_trace_format()
    {
        using var dir = new TempDir();
        // What an older mutool prints for a command it does not know: the list of commands it knows.
        var old = FakeMutool(dir, "usage: mutool <command> [options]\n\tdraw\t-- convert document\n\tshow\t-- show internal pdf objects");
        Assert.Equal(["draw", "-q", "-F", "trace", "-o", "-", "a.pdf"], TraceCommand.Arguments(old, "a.pdf", null));
    }

    [Fact]
    public void A_mutool_that_prints_the_trace_usage_gets_the_trace_command()
    {
        using var dir = new TempDir();
        var current = FakeMutool(dir, "Usage: mutool trace [options] file [pages]");
        Assert.Equal(["trace", "a.pdf"], TraceCommand.Arguments(current, "a.pdf", null));
    }

    private static string FakeMutool(TempDir dir, string usage)
    {
        var path = dir.Combine("mutool");
        File.WriteAllText(path, $"#!/bin/sh\nprintf '%s\\n' '{usage.Replace("\n", "' '")}' >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
