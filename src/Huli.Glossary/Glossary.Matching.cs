using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Huli.Glossary.Internal;
using Huli.Glossary.Matching;

namespace Huli.Glossary;

/// <content>Finding the glossary's terms inside running text.</content>
public sealed partial class Glossary
{
    private MatchAutomaton? automaton;

    /// <summary>The matcher, built on first use rather than at load, which stays cheap for apps that only look terms up.</summary>
    /// <remarks>Read without allocating: a lambda here would cost a closure on every scan.</remarks>
    internal MatchAutomaton Automaton => Volatile.Read(ref automaton) ?? BuildAutomaton();

    private MatchAutomaton BuildAutomaton()
    {
        // Two threads may both build it; the first one stored wins and both use that one.
        Interlocked.CompareExchange(ref automaton, MatchAutomaton.Build(entries, Places), null);
        return automaton!;
    }

    /// <summary>Finds every use of the glossary's terms in <paramref name="text"/> that is sure enough for <see cref="GlossaryScanOptions.Precise"/>.</summary>
    /// <param name="text">The text; not null.</param>
    /// <returns>The matches, leftmost first, never overlapping; empty for empty text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>See <see cref="Scan(string, GlossaryScanOptions)"/>.</remarks>
    /// <example><c>Glossary.Default.Scan("散租统管“六统一”模式")</c> gives one match, [5, 8) for entry 13.</example>
    public IReadOnlyList<GlossaryMatch> Scan(string text) => Scan(text, GlossaryScanOptions.Precise);

    /// <summary>Finds every use of the glossary's terms in <paramref name="text"/> that is as sure as <paramref name="options"/> asks.</summary>
    /// <param name="text">The text; not null.</param>
    /// <param name="options">How sure a match must be, and whether the text is known to be about the glossary's place; not null.</param>
    /// <returns>The matches, leftmost first, never overlapping, each with its evidence; empty for empty text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="options"/> is null.</exception>
    /// <remarks>
    /// Matching is leftmost-longest: among matches starting at the same place the longest wins, so 七办联动
    /// is one match of entry 28 and never 七办 followed by 联动. Folding applies as for lookup (width, case,
    /// "+"/spaces, quotes, traditional script), and each spelling's rule from the data decides whether it
    /// counts: 135 counts in “135” and 135培养机制 but not in 电话13512345678; digits never match inside a
    /// longer number, Latin letters never inside a word, Chinese numerals never inside a larger number, an ordinal or a
    /// date (六统一 not in 星期六统一). A generic spelling (三位一体, 四级) counts only next to its context word or in a
    /// text that, before it, names the glossary's place or uses two of its distinctive terms; quotation marks alone give it
    /// 0.5, below <see cref="GlossaryScanOptions.Precise"/>.
    /// </remarks>
    /// <example><c>Glossary.Default.Scan("耕地“三位一体”保护", GlossaryScanOptions.Lenient)</c> gives one match with evidence Quotes and confidence 0.5.</example>
    public IReadOnlyList<GlossaryMatch> Scan(string text, GlossaryScanOptions options)
    {
        Guard.NotNull(text);
        Guard.NotNull(options);
        var matches = new List<GlossaryMatch>();
        foreach (var match in Scan(text.AsSpan(), options))
        {
            matches.Add(match);
        }

        return matches;
    }

    /// <summary>Finds every use of the glossary's terms in <paramref name="text"/>, one at a time, allocating nothing.</summary>
    /// <param name="text">The text.</param>
    /// <returns>An enumerator for <c>foreach</c>; see <see cref="Scan(string, GlossaryScanOptions)"/> for the matching rules.</returns>
    /// <example><c>foreach (var m in glossary.Scan(span)) { … }</c></example>
    public GlossaryMatchEnumerator Scan(ReadOnlySpan<char> text) => new(text, Automaton, GlossaryScanOptions.Precise);

    /// <summary>Finds every use of the glossary's terms in <paramref name="text"/> as sure as <paramref name="options"/> asks, one at a time, allocating nothing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">How sure a match must be; not null.</param>
    /// <returns>An enumerator for <c>foreach</c>; see <see cref="Scan(string, GlossaryScanOptions)"/> for the matching rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <example><c>foreach (var m in glossary.Scan(span, GlossaryScanOptions.Lenient)) { … }</c></example>
    public GlossaryMatchEnumerator Scan(ReadOnlySpan<char> text, GlossaryScanOptions options) => new(text, Automaton, Guard.NotNull(options));

    /// <summary>Finds every use of the glossary's terms in UTF-8 text, one at a time, allocating nothing once warm, with byte offsets.</summary>
    /// <param name="utf8">The text as UTF-8 bytes.</param>
    /// <returns>An enumerator for <c>foreach</c> whose matches have their offsets in bytes; see <see cref="GlossaryUtf8MatchEnumerator"/>.</returns>
    /// <remarks>The matches are those <see cref="Scan(ReadOnlySpan{char})"/> finds in the decoded text, whatever the bytes hold:
    /// an ill-formed sequence reads as the U+FFFD <see cref="System.Text.Encoding.UTF8"/> would decode it to. The bytes are
    /// decoded 16 K characters at a time into a buffer from the shared array pool, never the whole text at once.</remarks>
    /// <example><c>foreach (var m in glossary.Scan(File.ReadAllBytes("report.txt").AsSpan())) { … }</c></example>
    public GlossaryUtf8MatchEnumerator Scan(ReadOnlySpan<byte> utf8) => new(utf8, Automaton, GlossaryScanOptions.Precise);

    /// <summary>Finds every use of the glossary's terms in UTF-8 text as sure as <paramref name="options"/> asks, one at a time, allocating nothing.</summary>
    /// <param name="utf8">The text as UTF-8 bytes.</param>
    /// <param name="options">How sure a match must be; not null.</param>
    /// <returns>An enumerator for <c>foreach</c> whose matches have their offsets in bytes; see <see cref="Scan(ReadOnlySpan{byte})"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <example><c>foreach (var m in glossary.Scan("耕地“三位一体”保护"u8, GlossaryScanOptions.Lenient)) { … }</c></example>
    public GlossaryUtf8MatchEnumerator Scan(ReadOnlySpan<byte> utf8, GlossaryScanOptions options) => new(utf8, Automaton, Guard.NotNull(options));

    /// <summary>
    /// Scans one piece of a document whose pieces are scanned apart (the text runs of an HTML page or a Markdown file),
    /// starting from what the pieces before it said: <paramref name="context"/>, which a previous enumerator's
    /// <see cref="GlossaryMatchEnumerator.State"/> gives once it has run to its end.
    /// </summary>
    internal GlossaryMatchEnumerator Scan(ReadOnlySpan<char> piece, SenseState context) => new(piece, Automaton, context);

    /// <summary>Finds every use of the glossary's terms in a text read from <paramref name="reader"/>, in constant memory.</summary>
    /// <param name="reader">The text; not null. Read to its end as the result is enumerated, not disposed.</param>
    /// <returns>The matches, leftmost first, with offsets from the start of the reader's text; see <see cref="Scan(string, GlossaryScanOptions)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="OverflowException">A match starts more than <see cref="int.MaxValue"/> code units into the text.</exception>
    /// <remarks>A term split across two reads of the reader is found like any other; the reader is read in blocks of
    /// 64 K characters and only a few dozen characters are kept between blocks. Document context is what the stream has said so far.</remarks>
    /// <example><c>foreach (var m in glossary.Scan(File.OpenText("report.txt"))) { … }</c></example>
    public IEnumerable<GlossaryMatch> Scan(TextReader reader) => Scan(reader, GlossaryScanOptions.Precise);

    /// <summary>Finds every use of the glossary's terms in a text read from <paramref name="reader"/> as sure as <paramref name="options"/> asks, in constant memory.</summary>
    /// <param name="reader">The text; not null. Read to its end as the result is enumerated, not disposed.</param>
    /// <param name="options">How sure a match must be; not null.</param>
    /// <returns>The matches, leftmost first; see <see cref="Scan(TextReader)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="OverflowException">A match starts more than <see cref="int.MaxValue"/> code units into the text.</exception>
    /// <example><c>glossary.Scan(File.OpenText("page.txt"), new GlossaryScanOptions { AboutGlossaryPlace = true })</c></example>
    public IEnumerable<GlossaryMatch> Scan(TextReader reader, GlossaryScanOptions options)
    {
        Guard.NotNull(reader);
        Guard.NotNull(options);
        return ScanReader(reader);

        IEnumerable<GlossaryMatch> ScanReader(TextReader input)
        {
            var scan = new ScanReader(Automaton, input, options);
            ScanEvent next;
            while ((next = scan.Read()) != ScanEvent.End)
            {
                if (next == ScanEvent.Match)
                {
                    yield return scan.Match;
                }
            }
        }
    }

    /// <summary>Finds every use of the glossary's terms in a text read asynchronously from <paramref name="reader"/>, in constant memory.</summary>
    /// <param name="reader">The text; not null. Read to its end with <see cref="TextReader.ReadAsync(char[], int, int)"/> as the result is enumerated, not disposed.</param>
    /// <param name="options">How sure a match must be; null for <see cref="GlossaryScanOptions.Precise"/>.</param>
    /// <param name="cancellationToken">Checked before each read of the reader; a token given to <c>WithCancellation</c> counts too.</param>
    /// <returns>The matches <see cref="Scan(TextReader, GlossaryScanOptions)"/> gives, in the same order; none for an empty text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Enumerating, once the token is cancelled (raised between reads).</exception>
    /// <exception cref="OverflowException">Enumerating, when a match starts more than <see cref="int.MaxValue"/> code units into the text.</exception>
    /// <remarks>The reader is read as by the synchronous overload, through the same 64 K buffer and with the same rules at
    /// the buffer's edges, so a term split across two reads is found and the results are the same; nothing is read
    /// synchronously. A match is handed on as soon as the text after it that the rules need has arrived.</remarks>
    /// <example><c>await foreach (var m in glossary.ScanAsync(reader, cancellationToken: token)) { … }</c></example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "One overload per kind of input, each with the optional options and token of .NET's asynchronous methods.")]
    public IAsyncEnumerable<GlossaryMatch> ScanAsync(TextReader reader, GlossaryScanOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(reader);
        return ScanReaderAsync(reader, options ?? GlossaryScanOptions.Precise, null, cancellationToken);
    }

    /// <summary>Finds every use of the glossary's terms in UTF-8 text read asynchronously from <paramref name="utf8"/>, in constant memory.</summary>
    /// <param name="utf8">The text as UTF-8 bytes, such as an HTTP request's body; not null. Read to its end with
    /// <see cref="Stream.ReadAsync(byte[], int, int, CancellationToken)"/> as the result is enumerated, left open.</param>
    /// <param name="options">How sure a match must be; null for <see cref="GlossaryScanOptions.Precise"/>.</param>
    /// <param name="cancellationToken">Checked before each read; a token given to <c>WithCancellation</c> counts too.</param>
    /// <returns>The matches of the decoded text, offsets in UTF-16 code units of it; none for an empty stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Enumerating, once the token is cancelled (raised between reads).</exception>
    /// <exception cref="OverflowException">Enumerating, when a match starts more than <see cref="int.MaxValue"/> code units into the text.</exception>
    /// <remarks>A byte order mark at the start is not part of the text (offsets count from after it); an invalid byte
    /// reads as U+FFFD, one code unit. Nothing is read synchronously, so ASP.NET Core's request body can be passed as it is.</remarks>
    /// <example><c>app.MapPost("/scan", (HttpRequest request) =&gt; Glossary.Default.ScanAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted))</c></example>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "One overload per kind of input, each with the optional options and token of .NET's asynchronous methods.")]
    public IAsyncEnumerable<GlossaryMatch> ScanAsync(Stream utf8, GlossaryScanOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8);
        return ScanReaderAsync(Utf8Streams.Reader(utf8), options ?? GlossaryScanOptions.Precise, utf8, cancellationToken);
    }

    /// <param name="reader">What to scan.</param>
    /// <param name="options">The scan's policy.</param>
    /// <param name="ownsReaderOver">Non-null when the reader was opened here over this stream, so it is disposed here.</param>
    /// <param name="cancellationToken">The caller's token, linked by the compiler with the enumerator's.</param>
    private async IAsyncEnumerable<GlossaryMatch> ScanReaderAsync(
        TextReader reader, GlossaryScanOptions options, Stream? ownsReaderOver, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            var scan = new ScanReader(Automaton, reader, options);
            while (true)
            {
                if (!scan.TryRead(out var next))
                {
                    await scan.FillAsync(cancellationToken).ConfigureAwait(false);
                }
                else if (next == ScanEvent.Match)
                {
                    yield return scan.Match;
                }
                else if (next == ScanEvent.End)
                {
                    break;
                }
            }
        }
        finally
        {
            if (ownsReaderOver is not null)
            {
                reader.Dispose();
            }
        }
    }
}
