using System.Text;

namespace Governance.AI.Caching;

/// <summary>
/// Removes the framing around a request that does not change what is asked — greetings and discourse markers at the
/// start ("hey,", "alright, so,", "oye, una pregunta,"), politeness wrappers ("could you please", "I'd really
/// appreciate it if you could", "pourrais-tu"), and thanks or "please" anywhere — so that the semantic tier embeds and
/// compares the request itself. The exact tier never sees this: it keys the text as sent.
/// </summary>
internal static class PromptFraming
{
    // Leading words that only open the turn. Ambiguous ones ("question", "so", "well", "like", "okay") count only before a comma.
    private static readonly string[] Openers =
    [
        "hey there", "hi there", "hello there", "hey", "hi", "hello", "yo", "greetings", "good morning", "good afternoon",
        "good evening", "ok so", "okay so", "so basically", "quick question", "one question", "a question", "real quick",
        "oye", "hola", "buenas", "buenos días", "una pregunta", "pregunta rápida", "bonjour", "salut", "coucou",
        "petite question", "une question", "hallo", "servus", "moin", "kurze frage", "eine frage", "sag mal",
    ];

    private static readonly string[] CommaOpeners =
    [
        "question", "so", "well", "like", "okay", "ok", "alright", "all right", "right", "um", "uh", "hmm", "anyway", "listen",
        "bueno", "pues", "vale", "entonces", "alors", "bon", "donc", "écoute", "also", "na", "gut", "okay so",
    ];

    // Politeness wrappers before the request proper, longest first.
    private static readonly string[] Wrappers =
    [
        "i'd really appreciate it if you could", "i would really appreciate it if you could", "i'd appreciate it if you could",
        "i would appreciate it if you could", "i'd be grateful if you could", "i would be grateful if you could",
        "i was wondering if you could", "i wonder if you could", "would you be so kind as to", "would you mind helping me",
        "could you please", "can you please", "would you please", "will you please", "could you kindly",
        "can you kindly", "would you kindly", "could you", "can you", "would you", "will you", "please", "kindly",
        "¿me podrías", "me podrías", "¿podrías", "podrías", "¿puedes", "puedes", "¿me puedes", "me puedes",
        "pourrais-tu", "pourriez-vous", "peux-tu", "pouvez-vous", "est-ce que tu peux", "est-ce que vous pouvez",
        "kannst du bitte", "könntest du bitte", "könnten sie bitte", "kannst du", "könntest du", "könnten sie",
    ];

    // Courtesy words anywhere: removing them never changes the request.
    private static readonly string[] Courtesies =
    [
        "thank you so much", "thanks a lot", "thank you", "thanks in advance", "thanks", "thx", "please", "pls", "plz",
        "por favor", "gracias", "s'il te plaît", "s'il vous plaît", "svp", "merci", "bitte", "danke",
    ];

    /// <summary>Returns the request without its framing; the text itself when there was none or nothing would remain.</summary>
    /// <param name="text">The prompt, already whitespace-normalized.</param>
    /// <returns>The request.</returns>
    public static string Strip(string text)
    {
        var builder = new StringBuilder(text);
        RemoveCourtesies(builder);
        int start = SkipOpenings(builder.ToString());
        string result = builder.ToString(start, builder.Length - start).Trim();
        return result.Length == 0 || result.Length == text.Length ? text : result;
    }

    private static void RemoveCourtesies(StringBuilder builder)
    {
        string lower = builder.ToString().ToLowerInvariant();
        foreach (string courtesy in Courtesies)
        {
            int at = 0;
            while ((at = lower.IndexOf(courtesy, at, StringComparison.Ordinal)) >= 0)
            {
                int end = at + courtesy.Length;
                if (!IsWordBoundary(lower, at - 1) || !IsWordBoundary(lower, end))
                {
                    at = end;
                    continue;
                }

                // Take a comma right after (", please,") with it, so that no empty clause is left behind.
                while (end < lower.Length && lower[end] is ',' or ' ')
                {
                    end++;
                }

                builder.Remove(at, end - at);
                lower = lower.Remove(at, end - at);
            }
        }
    }

    private static int SkipOpenings(string text)
    {
        string lower = text.ToLowerInvariant();
        int position = 0;
        bool progressed = true;
        while (progressed && position < lower.Length)
        {
            progressed = false;
            position = SkipSeparators(lower, position);
            foreach (string opener in Openers)
            {
                if (StartsWithWord(lower, position, opener))
                {
                    position += opener.Length;
                    progressed = true;
                    break;
                }
            }

            if (progressed)
            {
                continue;
            }

            foreach (string opener in CommaOpeners)
            {
                int end = position + opener.Length;
                if (StartsWithWord(lower, position, opener) && end < lower.Length && lower[end] == ',')
                {
                    position = end + 1;
                    progressed = true;
                    break;
                }
            }

            if (progressed)
            {
                continue;
            }

            foreach (string wrapper in Wrappers)
            {
                if (StartsWithWord(lower, position, wrapper))
                {
                    position += wrapper.Length;
                    progressed = true;
                    break;
                }
            }
        }

        return SkipSeparators(lower, position);
    }

    private static int SkipSeparators(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or ',' or '!' or '-' or '—' or ':')
        {
            position++;
        }

        return position;
    }

    private static bool StartsWithWord(string text, int position, string word) =>
        string.CompareOrdinal(text, position, word, 0, word.Length) == 0 && IsWordBoundary(text, position + word.Length);

    private static bool IsWordBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
