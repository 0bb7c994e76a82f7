using System;
using System.IO;
using System.Linq;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Matching;

/// <summary>What scanning costs and when its results arrive.</summary>
public class ScanStreamingTests
{
    [Fact]
    public void Scanning_a_span_allocates_nothing_once_the_matcher_is_built()
    {
        var text = "优化“七办”联动机制，推行散租统管“六统一”模式。".AsSpan();
        Count(Glossary.Default, text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = 0;
        for (var i = 0; i < 100; i++)
        {
            found += Count(Glossary.Default, text);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        found.Should().Be(200);
        allocated.Should().Be(0);
    }

    [Fact]
    public void A_match_arrives_before_the_reader_has_been_read_to_its_end()
    {
        var reader = new OneReadThenFail("优化“七办”联动机制" + new string('字', 600));

        var first = Glossary.Default.Scan(reader).First();

        first.Entry.Number.Should().Be(28);
    }

    private static int Count(Glossary glossary, ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var match in glossary.Scan(text))
        {
            count += match.Length > 0 ? 1 : 0;
        }

        return count;
    }
}
