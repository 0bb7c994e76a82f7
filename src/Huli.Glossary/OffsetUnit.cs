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
    /// The count is of the text as decoded: a byte order mark before it is not counted, and where the CLI replaced an
    /// invalid byte sequence with U+FFFD, that counts 3 bytes whatever the sequence's own length.
    /// </summary>
    Utf8 = 2,
}
