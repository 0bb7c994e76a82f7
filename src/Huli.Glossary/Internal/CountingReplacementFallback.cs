using System.Text;

namespace Huli.Glossary.Internal;

/// <summary>Replaces each invalid sequence with U+FFFD, as the default decoders do, and counts them. One per reader: the
/// count is not synchronized.</summary>
internal sealed class CountingReplacementFallback : DecoderFallback
{
    public long Count { get; private set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(CountingReplacementFallback owner) : DecoderFallbackBuffer
    {
        private bool pending;

        public override int Remaining => pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Count++;
            pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!pending)
            {
                return '\0';
            }

            pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious() => false;

        public override void Reset() => pending = false;
    }
}
