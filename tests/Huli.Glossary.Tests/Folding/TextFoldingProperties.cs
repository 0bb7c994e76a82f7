using System;
using System.Linq;
using CsCheck;
using Huli.Glossary.Folding;
using Huli.Glossary.Tests.Support;

namespace Huli.Glossary.Tests.Folding;

/// <summary>Folding on random text: what the matcher's offsets and every lookup rely on.</summary>
public class TextFoldingProperties
{
    private static readonly Gen<string> AnyText = Gen.OneOf(Some.Text(8), Gen.String[0, 40]);

    [Fact]
    public void Folding_a_key_again_changes_nothing()
    {
        AnyText.Sample(text =>
        {
            var key = TextFolding.FoldKey(text.AsSpan());

            TextFolding.FoldKey(key.AsSpan()).Should().Be(key);
        }, iter: 2000);
    }

    [Fact]
    public void Folding_unit_by_unit_keeps_every_offset_and_gives_the_same_key()
    {
        AnyText.Sample(text =>
        {
            var folded = new string(text.Select(TextFolding.FoldChar).ToArray());

            folded.Length.Should().Be(text.Length);
            TextFolding.FoldKey(folded.AsSpan()).Should().Be(TextFolding.FoldKey(text.AsSpan()));
            TextFolding.FoldKey(text.AsSpan()).Length.Should().BeLessThanOrEqualTo(text.Length);
        }, iter: 2000);
    }
}
