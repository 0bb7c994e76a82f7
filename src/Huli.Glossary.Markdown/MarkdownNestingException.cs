using System;

namespace Huli.Glossary;

/// <summary>
/// Thrown when a Markdown document nests its elements (block quotes, lists, brackets, emphasis) more deeply than
/// the Markdown reader follows, about 128 levels: such a file is refused whole rather than read in part.
/// </summary>
/// <remarks>An <see cref="ArgumentException"/>, since the document passed is what is wrong.</remarks>
public sealed class MarkdownNestingException : ArgumentException
{
    /// <summary>Creates the exception with the standard message.</summary>
    public MarkdownNestingException()
        : base(StandardMessage)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">What is wrong, in a person's words.</param>
    public MarkdownNestingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the reader's own exception.</summary>
    /// <param name="message">What is wrong, in a person's words.</param>
    /// <param name="innerException">The exception the Markdown reader threw.</param>
    public MarkdownNestingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal const string StandardMessage =
        "the Markdown document nests block quotes, lists, brackets or emphasis more than about 128 levels deep, too deep to be read.";
}
