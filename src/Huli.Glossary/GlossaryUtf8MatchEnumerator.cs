using System;
using Huli.Glossary.Matching;

namespace Huli.Glossary;

/// <summary>
/// The matches of a glossary in UTF-8 text, leftmost first, found as <c>foreach</c> asks for them: what
/// <see cref="GlossaryMatchEnumerator"/> finds in the decoded text, with <see cref="GlossaryMatch.Start"/> and
/// <see cref="GlossaryMatch.Length"/> in bytes. Allocates nothing once warm: the bytes are decoded a window at a time into a
/// buffer from the shared array pool, which <see cref="Dispose"/> (called by <c>foreach</c>) gives back.
/// </summary>
/// <remarks>A ref struct over the caller's bytes: it cannot be stored in a field or used across <c>await</c>. Dispose it once,
/// and not a copy of it as well: a copy made after the first <see cref="MoveNext"/> shares its buffer.
/// An ill-formed byte sequence reads as the U+FFFD a decoder would put in its place (one per maximal subpart, as
/// <see cref="System.Text.Encoding.UTF8"/> decodes), so it never joins a term; a byte order mark is a character like any other.</remarks>
/// <example><c>foreach (var m in glossary.Scan("推行“六统一”"u8)) { var bytes = utf8.Slice(m.Start, m.Length); }</c></example>
public ref struct GlossaryUtf8MatchEnumerator
{
    private readonly ReadOnlySpan<byte> text;
    private readonly MatchAutomaton automaton;
    private int position;
    private SenseState state;
    private Utf8Window window;

    internal GlossaryUtf8MatchEnumerator(ReadOnlySpan<byte> text, MatchAutomaton automaton, GlossaryScanOptions options)
    {
        this.text = text;
        this.automaton = automaton;
        position = 0;
        state = new SenseState(options);
        window = default;
        Current = default;
    }

    /// <summary>The match found by the last <see cref="MoveNext"/> that returned true; its offsets are bytes of the text.</summary>
    public GlossaryMatch Current { get; private set; }

    /// <summary>Returns this enumerator, so that <c>foreach</c> can use it directly.</summary>
    /// <returns>This enumerator.</returns>
    public readonly GlossaryUtf8MatchEnumerator GetEnumerator() => this;

    /// <summary>Finds the next match after the previous one.</summary>
    /// <returns>Whether there is one; <see cref="Current"/> holds it.</returns>
    public bool MoveNext()
    {
        if (automaton.TryFindNext(text, ref window, position, text.Length, position, ref state, out var start, out var end, out var spelling, out var evidence))
        {
            Current = new GlossaryMatch(start, end - start, spelling!.Entry, spelling.Text, evidence, MatchRules.ConfidenceOf(evidence, spelling.Generic));
            position = end;
            return true;
        }

        position = text.Length;
        return false;
    }

    /// <summary>Returns the buffer the bytes are decoded into to the shared pool; <c>foreach</c> calls it at the end.</summary>
    public void Dispose() => window.Dispose();
}
