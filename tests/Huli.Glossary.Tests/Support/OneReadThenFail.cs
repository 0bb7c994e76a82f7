using System;
using System.IO;

namespace Huli.Glossary.Tests.Support;

/// <summary>A source that has sent one block and would block (here: fail) if asked for more, like a quiet pipe.</summary>
internal sealed class OneReadThenFail(string block) : TextReader
{
    private bool sent;

    public override int Read(char[] buffer, int index, int count)
    {
        if (sent)
        {
            throw new InvalidOperationException("Asked for more input before passing on what it had.");
        }

        sent = true;
        block.CopyTo(0, buffer, index, block.Length);
        return block.Length;
    }
}
