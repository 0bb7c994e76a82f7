using System;

namespace Huli.Glossary.Rendering;

/// <summary>
/// Counts the text that has streamed past in UTF-16 units, code points or UTF-8 bytes. A surrogate pair may
/// arrive split between two pieces, so the high surrogate is remembered across calls.
/// </summary>
internal sealed class OffsetCounter(OffsetUnit unit)
{
    private bool afterHighSurrogate;

    public long Position { get; private set; }

    public void Advance(ReadOnlySpan<char> text)
    {
        if (unit == OffsetUnit.Utf16)
        {
            Position += text.Length;
            return;
        }

        foreach (var c in text)
        {
            Position += Count(c);
        }
    }

    private int Count(char c)
    {
        var pairEnd = afterHighSurrogate && char.IsLowSurrogate(c);
        afterHighSurrogate = char.IsHighSurrogate(c);
        if (unit == OffsetUnit.CodePoints)
        {
            return pairEnd ? 0 : 1;
        }

        // A pair is 4 bytes: 3 counted at its high half (as if alone), 1 more at its low half.
        return c switch
        {
            _ when pairEnd => 1,
            < '\u0080' => 1,
            < '\u0800' => 2,
            _ => 3,
        };
    }
}
