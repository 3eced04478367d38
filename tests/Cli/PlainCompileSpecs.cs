using Kaws.Tests.Support;

namespace Kaws.Tests.Cli;

/// <summary>
/// <c>compile</c>, <c>compile --stack NAME</c> and <c>plan NAME</c> bypass System.CommandLine for
/// start-up speed; every other spelling goes through it. Both routes must behave the same.
/// </summary>
public sealed class PlainCompileSpecs
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    [InlineData("nope")]
    public void The_plain_plan_and_the_parsed_plan_print_the_same_report(string stack)
    {
        var plain = KawsRun.Invoke(["plan", stack]);
        var parsed = KawsRun.Invoke(["plan", "--", stack]);

        Assert.Contains(stack, parsed.Out + parsed.Error);
        Assert.Equal(parsed, plain);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void The_plain_form_and_the_parsed_form_print_the_same_program(string stack)
    {
        var plain = KawsRun.Invoke(["compile", "--stack", stack]);
        var parsed = KawsRun.Invoke(["compile", $"--stack={stack}"]);

        Assert.Equal(0, parsed.ExitCode);
        Assert.Equal(parsed, plain);
    }

    [Fact]
    public void The_plain_form_and_the_parsed_form_report_an_unknown_stack_alike()
    {
        var plain = KawsRun.Invoke(["compile", "--stack", "nope"]);
        var parsed = KawsRun.Invoke(["compile", "--stack=nope"]);

        Assert.Equal(2, parsed.ExitCode);
        Assert.Equal(parsed, plain);
    }

    [Fact]
    public void An_option_where_the_stack_name_belongs_is_left_to_the_parser()
    {
        var result = KawsRun.Invoke(["compile", "--stack", "--help"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("kaws: error: ", result.Error);
    }
}
