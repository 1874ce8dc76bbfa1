namespace Governance.AI.Caching;

// The walk shared by the checks that read a prompt's function words: its runs of letters, lowercased into a small
// buffer; a run longer than the buffer is never a function word and is passed over.
public sealed partial class PromptDifferenceGuard
{
    private ref struct ShortWordReader
    {
        private readonly ReadOnlySpan<char> text;
        private readonly Span<char> lower;
        private readonly bool skipQuotations;
        private int position;

        /// <summary>A reader of the runs of letters of <paramref name="text"/> no longer than <paramref name="lower"/>.</summary>
        /// <param name="text">The prompt.</param>
        /// <param name="lower">The buffer each word is lowercased into.</param>
        /// <param name="skipQuotations">Whether quoted text is passed over (see <see cref="ClosingQuote"/>).</param>
        public ShortWordReader(ReadOnlySpan<char> text, Span<char> lower, bool skipQuotations)
        {
            this.text = text;
            this.lower = lower;
            this.skipQuotations = skipQuotations;
            position = 0;
            Current = default;
        }

        /// <summary>Gets the current word, lowercased (valid until the next <see cref="MoveNext"/>).</summary>
        public ReadOnlySpan<char> Current { get; private set; }

        /// <summary>Moves to the next short word.</summary>
        /// <returns><see langword="false"/> at the end of the text.</returns>
        public bool MoveNext()
        {
            int i = position;
            while (i < text.Length)
            {
                if (!char.IsLetter(text[i]))
                {
                    if (skipQuotations && ClosingQuote(text, i) is char closing and not '\0')
                    {
                        int end = text[(i + 1)..].IndexOf(closing);
                        i = end < 0 ? text.Length : i + end + 2;
                    }
                    else
                    {
                        i++;
                    }

                    continue;
                }

                int start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                if (i - start <= lower.Length)
                {
                    position = i;
                    Current = lower[..text[start..i].ToLowerInvariant(lower)];
                    return true;
                }
            }

            position = i;
            return false;
        }
    }
}
