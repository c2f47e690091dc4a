using System.Text.RegularExpressions;
using ParlerCase.Core.Common;

namespace ParlerCase.Core.Tests.Common;

public class PatternTests
{
    [Fact]
    public void A_pattern_is_parsed_on_its_first_use_and_interpreted_until_used_often()
    {
        var pattern = Patterns.Compile(@"(?<day>[0-9]{1,2})\s+(?<month>\p{L}+)\s+(?<year>[0-9]{4})", RegexOptions.ExplicitCapture);
        Assert.False(pattern.IsBuilt);

        var first = pattern.Match("Le tribunal a statué le 3 mars 2022 à Lyon.");
        Assert.True(pattern.IsBuilt);
        Assert.False(pattern.IsCompiled);
        Assert.Equal("3 mars 2022", first.Value);

        for (var i = 1; i < Pattern.CompileAfter; i++)
        {
            Assert.False(pattern.IsCompiled);
            pattern.IsMatch("no date here");
        }

        Assert.True(pattern.IsCompiled);
        var compiled = pattern.Match("Le tribunal a statué le 3 mars 2022 à Lyon.");
        Assert.Equal((first.Index, first.Value, first.Groups["month"].Value), (compiled.Index, compiled.Value, compiled.Groups["month"].Value));
    }

    [Fact]
    public void A_rule_set_builds_only_the_patterns_it_runs()
    {
        // A malformed rule after one that matches is never parsed: the set stops at the first match.
        var rules = new PatternSet(new[] { ("share", @"^Partager\b"), ("broken", @"(unclosed") });
        Assert.Equal("share", rules.Match("Partager sur Facebook")?.Rule);
        Assert.ThrowsAny<ArgumentException>(() => rules.Match("Lire aussi"));
    }
}
