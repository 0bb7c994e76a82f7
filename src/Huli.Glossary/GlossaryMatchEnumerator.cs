using System;
using Huli.Glossary.Matching;

namespace Huli.Glossary;

/// <summary>
/// The matches of a glossary in a span of text, leftmost first, found as <c>foreach</c> asks for them.
/// Allocates nothing: use it with <c>foreach (var match in glossary.Scan(span))</c>.
/// </summary>
/// <remarks>A ref struct over the caller's span: it cannot be stored in a field or used across <c>await</c>.</remarks>
public ref struct GlossaryMatchEnumerator
{
    private readonly ReadOnlySpan<char> text;
    private readonly MatchAutomaton automaton;
    private int position;
    private SenseState state;

    internal GlossaryMatchEnumerator(ReadOnlySpan<char> text, MatchAutomaton automaton, GlossaryScanOptions options)
        : this(text, automaton, new SenseState(options))
    {
    }

    internal GlossaryMatchEnumerator(ReadOnlySpan<char> text, MatchAutomaton automaton, SenseState state)
    {
        this.text = text;
        this.automaton = automaton;
        position = 0;
        this.state = state;
        Current = default;
    }

    /// <summary>What the scan knows of the text so far, for a scan of the next piece of the same document.</summary>
    internal readonly SenseState State => state;

    /// <summary>The match found by the last <see cref="MoveNext"/> that returned true.</summary>
    public GlossaryMatch Current { get; private set; }

    /// <summary>Returns this enumerator, so that <c>foreach</c> can use it directly.</summary>
    /// <returns>This enumerator.</returns>
    public readonly GlossaryMatchEnumerator GetEnumerator() => this;

    /// <summary>Finds the next match after the previous one.</summary>
    /// <returns>Whether there is one; <see cref="Current"/> holds it.</returns>
    public bool MoveNext()
    {
        if (automaton.TryFindNext(text, position, text.Length, position, ref state, out var start, out var end, out var spelling, out var evidence))
        {
            Current = new GlossaryMatch(start, end - start, spelling!.Entry, spelling.Text, evidence, MatchRules.ConfidenceOf(evidence, spelling.Generic));
            position = end;
            return true;
        }

        position = text.Length;
        return false;
    }
}
