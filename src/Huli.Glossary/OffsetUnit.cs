namespace Huli.Glossary;

/// <summary>The unit of the offsets in JSON annotations, for consumers that do not count in UTF-16.</summary>
public enum OffsetUnit
{
    /// <summary>UTF-16 code units, as .NET, Java and JavaScript strings index.</summary>
    Utf16 = 0,

    /// <summary>Unicode code points, as Python strings index; a surrogate pair counts one.</summary>
    CodePoints = 1,

    /// <summary>
    /// Bytes of UTF-8, as Go, Rust and byte-oriented tools index; a lone surrogate counts as the 3 bytes of U+FFFD.
    /// Text annotated from UTF-8 bytes (<c>Annotate(Stream, Stream, …)</c>) counts its own bytes after any byte order mark,
    /// an invalid sequence its own length; text that was decoded first counts as decoded, where an invalid sequence
    /// replaced with U+FFFD counts 3 bytes whatever its own length.
    /// </summary>
    Utf8 = 2,
}
