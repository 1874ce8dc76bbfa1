using System.Buffers;
using System.Text;

namespace Governance.AI.Caching;

/// <summary>
/// Removes the framing around a request that does not change what is asked — greetings and discourse markers at the
/// start ("hey,", "alright, so,", "oye, una pregunta,"), politeness wrappers ("could you please", "I'd really
/// appreciate it if you could", "pourrais-tu"), and thanks or "please" anywhere — so that the semantic tier embeds and
/// compares the request itself. The exact tier never sees this: it keys the text as sent.
/// </summary>
internal static partial class PromptFraming
{
    // Leading words that only open the turn. Ambiguous ones ("question", "so", "well", "like", "okay") count only before a comma.
    private static readonly string[] Openers =
    [
        "hey there", "hi there", "hello there", "hey", "hi", "hello", "yo", "greetings", "good morning", "good afternoon",
        "good evening", "ok so", "okay so", "so basically", "quick question", "one question", "a question", "real quick",
        "oye", "hola", "buenas", "buenos días", "una pregunta rápida", "una pregunta", "pregunta rápida", "bonjour", "salut", "coucou",
        "petite question", "une question", "hallo", "servus", "moin", "kurze frage", "eine frage", "sag mal",
        "out of curiosity", "by the way", "btw", "just curious", "just wondering", "random question", "honest question",
        "excuse me", "entschuldigung", "entschuldigen sie", "perdón", "disculpa", "disculpe", "excusez-moi",
        "i have a quick question", "i have a question", "i've got a quick question", "i've got a question", "quick one",
        "can i ask you something", "can i ask you a question", "may i ask you something", "i've been meaning to ask",
        "i have been meaning to ask", "i'm kind of curious", "ich wollte mal fragen", "ich wollte fragen",
        "let me ask you something", "here's my question", "here is my question", "my question is", "i've always wondered",
        "ich hätte eine frage", "ich habe eine frage", "tengo una pregunta", "j'ai une question",
        "just to check", "just checking", "basically", "actually", "honestly", "seriously", "just", "but", "so", "um", "umm", "uh",
        "like",
    ];

    private static readonly string[] CommaOpeners =
    [
        "question", "so", "well", "like", "okay", "ok", "alright", "all right", "right", "um", "uh", "hmm", "anyway", "listen",
        "bueno", "pues", "vale", "entonces", "alors", "bon", "donc", "écoute", "also", "na", "gut", "okay so", "sorry", "pardon",
        "i was just curious", "i was curious", "i'm just curious", "i'm curious", "just curious", "i was just wondering",
        "i was wondering", "just wondering", "ähm", "äh", "euh", "eh", "du coup", "pues nada", "basically", "actually",
        "honestly", "random question", "simply put", "put simply", "quick check", "out of interest", "a ver", "mira",
        "look", "see", "tiens", "schau mal", "hör mal", "now",
        // A lead-in that announces asking, and one that asks for the reader's time: neither is part of the question.
        "i just wanted to ask", "i wanted to ask", "i just want to ask", "i want to ask", "i'd like to ask", "i would like to ask",
        "if you have a sec", "if you have a second", "if you have a minute", "if you have a moment", "if you've got a sec",
        "if you've got a second", "if you've got a minute", "if you've got a moment", "when you have a sec", "when you have a second",
        "when you have a minute", "when you get a sec", "when you get a second", "when you get a minute", "when you get a moment",
        "si tienes un momento", "si tienes un minuto", "si tiene un momento", "si tiene un minuto", "si tu as un moment",
        "si tu as une minute", "si vous avez un moment", "si vous avez une minute", "wenn du kurz zeit hast",
        "wenn sie kurz zeit haben", "wenn du einen moment hast", "wenn sie einen moment haben",
    ];

    // Politeness wrappers before the request proper, longest first.
    private static readonly string[] Wrappers =
    [
        "i'd really appreciate it if you could", "i would really appreciate it if you could", "i'd appreciate it if you could",
        "i would appreciate it if you could", "i'd be grateful if you could", "i would be grateful if you could",
        "i was just wondering if you could", "i was just wondering whether you could", "i was wondering whether you could",
        "i was wondering if you could", "i wonder if you could", "i was just wondering if", "i was just wondering whether",
        "i was wondering if", "i was wondering whether", "i'm wondering if", "i'm wondering whether", "i wonder whether",
        "i wonder if", "i was just wondering", "i was wondering", "i'm wondering", "i wonder", "i'd love to know",
        "i would love to know", "i just want to know", "i just wanted to know", "i wanted to know", "do you have any idea",
        "any idea", "any ideas", "any clue", "does anyone know", "does anybody know", "can someone", "could someone",
        "i'm trying to figure out", "i am trying to figure out", "mich würde interessieren", "ich frage mich",
        "quería saber", "¿sabes", "sabes", "¿sabrías decirme", "je voulais savoir", "savez-vous", "sais-tu", "dis-moi", "could you possibly", "can you possibly", "me preguntaba si", "me preguntaba",
        "me pregunto si", "me pregunto", "je me demandais si", "je me demandais", "je me demande si", "je me demande", "would it be possible for you to", "do you happen to know",
        "would you mind", "do you mind", "do you know", "may i ask", "can i ask", "could i ask", "might i ask",
        "i'd like to know", "i would like to know", "i want to know", "help me understand", "i'd love it if you could",
        "i would love it if you could", "if you could", "if you can", "if you would", "it would be great if you could", "it'd be great if you could",
        "it would be helpful if you could", "it would be nice if you could", "do me a favor and", "do me a favour and",
        "i'm looking for", "i am looking for", "me gustaría saber", "quisiera saber", "j'aimerais savoir",
        "je voudrais savoir", "ich würde gerne wissen", "ich möchte wissen", "would you be so kind as to", "would you mind helping me",
        "could you please", "can you please", "would you please", "will you please", "could you kindly",
        "can you kindly", "would you kindly", "could you", "can you", "would you", "will you", "please", "kindly",
        "¿me podría decir", "me podría decir", "¿podría decirme", "podría decirme", "¿me puede decir", "me puede decir",
        "¿puede decirme", "puede decirme", "¿me podrías", "me podrías", "¿podrías", "podrías", "¿puedes", "puedes", "¿me puedes", "me puedes",
        "pourrais-tu", "pourriez-vous", "peux-tu", "pouvez-vous", "est-ce que tu peux", "est-ce que vous pouvez",
        "kannst du bitte", "könntest du bitte", "könnten sie bitte",
        // "Can you tell me, how long …" asks the question it wraps (German puts the wrapped verb last: the guard compares words, not their order).
        "können sie mir sagen", "könnten sie mir sagen", "kannst du mir sagen", "könntest du mir sagen", "weißt du", "wissen sie",
        "kannst du", "könntest du", "könnten sie", "¿puedes decirme", "puedes decirme", "¿podrías decirme", "podrías decirme",
        "¿me puedes decir", "me puedes decir", "pouvez-vous me dire", "pourriez-vous me dire", "peux-tu me dire",
        "pourrais-tu me dire", "est-ce que vous pourriez", "est-ce que tu pourrais",
    ];

    // Discourse particles and hedges after the question, set off by a comma ("…, anyway?", "…, in general?", "…, just
    // wondering?"): they say how the asker feels about asking, not what is asked. Only at the end and after a comma,
    // so "in general relativity" and "general advice" stay.
    private static readonly string[] TrailingFillers =
    [
        "anyway", "anyways", "though", "in general", "generally", "generally speaking", "by the way", "btw", "basically",
        "actually", "just wondering", "just curious", "out of curiosity", "i wonder", "i'm curious", "if you know",
        "do you know", "any idea", "any ideas", "eigentlich", "überhaupt", "en général", "au fait", "en fait",
        "en general", "por cierto", "i mean", "you know", "like", "honestly", "really", "i guess", "lol", "haha",
        "or something", "or whatever", "if that makes sense", "o sea", "tu sais", "quoi", "if you have a sec",
        "if you have a second", "if you have a minute", "if you have a moment", "if you've got a sec", "if you've got a second",
        "if you've got a minute", "if you've got a moment", "si tienes un momento", "si tu as un moment", "si vous avez un moment",
        "wenn du kurz zeit hast", "wenn sie kurz zeit haben",
    ];

    // Courtesy words anywhere: removing them never changes the request.
    private static readonly string[] Courtesies =
    [
        "if you don't mind me asking", "if you don't mind my asking", "if you do not mind me asking", "if i may ask",
        "if you don't mind", "if you do not mind", "thank you very much", "thanks very much",
        "thanks so much", "many thanks in advance", "thank you in advance", "many thanks", "much appreciated", "i'd appreciate it", "i would appreciate it", "when you get a chance", "when you have a moment", "if possible",
        "thank you so much", "thanks a lot", "thank you", "thanks in advance", "thanks", "thx", "please", "pls", "plz",
        "por favor", "muchas gracias", "muchísimas gracias", "mil gracias", "gracias de antemano", "gracias", "s'il te plaît",
        "s'il vous plaît", "svp", "merci beaucoup", "merci bien", "merci d'avance", "merci infiniment", "merci", "vielen dank im voraus",
        "vielen dank", "herzlichen dank", "besten dank", "danke schön", "dankeschön", "danke sehr", "bitte", "danke",
    ];

    // Hedges and discourse particles inside a question ("what actually causes …", "wie funktioniert eigentlich …"): the
    // guard reads them as adding no referent, and removing them lets a question frame read the question. Only in a
    // request short enough to have its frame read, so a long prompt's scan costs what it did.
    private static readonly string[] Hedges = ["actually", "basically", "eigentlich", "lol", "lmao", "haha", "hahaha", "tbh", "umm", "uhh", "hmm", "erm", "ähm", "äh", "euh"];

    // Every courtesy at once: a prompt is scanned once for all of them, and only those that occur are searched in
    // turn (in list order, which decides what the removals leave).
    private static readonly SearchValues<string> AnyCourtesy = SearchValues.Create(Courtesies, StringComparison.Ordinal);
    private static readonly int LongestCourtesy = Longest(Courtesies);
    private static readonly SearchValues<string> AnyHedge = SearchValues.Create(Hedges, StringComparison.Ordinal);
    private static readonly int LongestHedge = Longest(Hedges);

    // Prompts up to this length have their request remembered: a repeated prompt (a retry, a popular question, the
    // same question in another partition) is stripped once.
    private const int MaxRememberedLength = 4 * 1024;
    private const int RememberedCapacity = 128;

    /// <summary>Requests of prompts already stripped, served only to a prompt equal to the remembered one character for character (the hash finds, never decides).</summary>
    private static readonly TextHashMemo<byte, Stripped> Remembered = new(RememberedCapacity);

    /// <summary>
    /// The text the semantic tier embeds: trimmed, white-space runs collapsed, Unicode form C (as
    /// <see cref="CacheKeys.NormalizeText"/>), then without its framing; the normalized text itself when there was
    /// none or nothing would remain. One pooled buffer holds the work: only the result is allocated.
    /// </summary>
    /// <param name="text">The prompt as sent.</param>
    /// <returns>The request.</returns>
    public static string NormalizeAndStrip(string text)
    {
        if (text.Length > MaxRememberedLength)
        {
            return Strip(text);
        }

        UInt128 hash = TextDigests.Hash(text);
        if (Remembered.TryGet(hash, text.Length, 0, out Stripped? known) && string.Equals(known.Prompt, text, StringComparison.Ordinal))
        {
            // A prompt that was its own request is returned as itself, as a first call would.
            return ReferenceEquals(known.Request, known.Prompt) ? text : known.Request;
        }

        string request = Strip(text);
        Remembered.Set(hash, text.Length, 0, new Stripped(text, request));
        return request;
    }

    private static string Strip(string text)
    {
        string formC = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, formC.Length * 2));
        try
        {
            Span<char> chars = buffer.AsSpan(0, CacheKeys.CollapseWhiteSpace(formC, buffer));
            ReadOnlySpan<char> request = StripInPlace(chars, buffer.AsSpan(formC.Length, chars.Length));

            if (request.Length == 0)
            {
                // Nothing would remain: the normalized text itself, which the removals overwrote, is built again.
                return CacheKeys.NormalizeText(formC);
            }

            // Collapsing and stripping remove, and a split hyphen keeps the length: the same characters mean the text was
            // already in its final form.
            return ReferenceEquals(formC, text) && request.Length == text.Length && request.SequenceEqual(text) ? text : new string(request);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Removes the framing from <paramref name="chars"/> in place, using <paramref name="lower"/> (as long) for its lowercase form.</summary>
    /// <returns>The request, a slice of <paramref name="chars"/>; empty when nothing would remain.</returns>
    private static ReadOnlySpan<char> StripInPlace(Span<char> chars, Span<char> lower)
    {
        // Invariant lowercasing maps each UTF-16 unit to one, so offsets in the lowercase form are offsets in the text.
        chars.ToLowerInvariant(lower);
        SplitWordNumberHyphens(chars, lower, chars.Length);
        int length = RemoveWords(chars, lower, DropSocialSentences(chars, lower, FoldDottedAcronyms(chars, lower, chars.Length)), Courtesies, AnyCourtesy, LongestCourtesy);
        if (length <= MaxFramedLength)
        {
            length = RemoveWords(chars, lower, length, Hedges, AnyHedge, LongestHedge);
        }

        length = RemoveTrailingFillers(chars, lower, length);
        int start = SkipOpenings(lower[..length]);
        return ((ReadOnlySpan<char>)chars[start..length]).Trim();
    }

    /// <summary>Removes each of <paramref name="words"/> (courtesies, hedges) wherever it stands as whole words.</summary>
    /// <returns>The length left.</returns>
    private static int RemoveWords(Span<char> chars, Span<char> lower, int length, string[] words, SearchValues<string> anyWord, int longest)
    {
        Span<bool> occurs = stackalloc bool[words.Length];
        if (!MarkOccurring(lower[..length], occurs, words, anyWord))
        {
            return length;
        }

        for (int c = 0; c < words.Length; c++)
        {
            if (!occurs[c])
            {
                continue;
            }

            string courtesy = words[c];
            int at = 0;
            int found;
            while ((found = lower[at..length].IndexOf(courtesy, StringComparison.Ordinal)) >= 0)
            {
                at += found;
                ReadOnlySpan<char> current = lower[..length];
                int end = at + courtesy.Length;
                if (!IsWordBoundary(current, at - 1) || !IsWordBoundary(current, end) || IsAttributiveThanks(current, at, end, courtesy) || IsMentioned(current, at))
                {
                    at = end;
                    continue;
                }

                // Take a comma right after (", please,") with it, so that no empty clause is left behind; a courtesy that
                // closes the sentence takes the comma before it ("… in French, please?").
                while (end < length && current[end] is ',' or ' ')
                {
                    end++;
                }

                if (end == length || current[end] is '?' or '.' or '!')
                {
                    while (at > 0 && current[at - 1] is ',' or ' ')
                    {
                        at--;
                    }
                }

                chars[end..length].CopyTo(chars[at..]);
                lower[end..length].CopyTo(lower[at..]);
                length -= end - at;

                // The removal joined the text on either side: a courtesy not in the prompt may span the join now.
                MarkOccurring(lower[Math.Max(0, at - longest)..Math.Min(length, at + longest)], occurs, words, anyWord);
            }
        }

        return length;
    }

    // "How do you say thank you in French?", "¿cómo se dice gracias?", "what does 'merci' mean?": a courtesy quoted, or
    // after a verb of saying or writing, is the word asked about, not said to the reader ("say please" ≠ "say thank you").
    private static bool IsMentioned(ReadOnlySpan<char> lower, int at)
    {
        if (at > 0 && lower[at - 1] is '\'' or '"' or '‘' or '“' or '„' or '«' or '‹')
        {
            return true;
        }

        ReadOnlySpan<char> before = lower[..at].TrimEnd();
        int space = before.LastIndexOf(' ');
        return before[(space + 1)..] is "say" or "says" or "said" or "saying" or "write" or "spell" or "pronounce" or "translate"
            or "word" or "sagt" or "sage" or "sagen" or "schreibt" or "schreibe" or "dice" or "digo" or "decir" or "escribe"
            or "dit" or "dire" or "écrit" or "écrire";
    }

    // "Write a thank you note", "a short thanks email": thanks inside a noun phrase, a word before it and a noun after
    // it, names a kind of thing; said to the reader it opens or closes a sentence or clause, or is followed by what it
    // is for ("thank you for your help", "thanks in advance").
    private static bool IsAttributiveThanks(ReadOnlySpan<char> lower, int at, int end, string courtesy)
    {
        if (!courtesy.StartsWith("thank", StringComparison.Ordinal) || at < 2 || lower[at - 1] != ' ' || !char.IsLetter(lower[at - 2])
            || end + 1 >= lower.Length || lower[end] != ' ' || !char.IsLetter(lower[end + 1]))
        {
            return false;
        }

        ReadOnlySpan<char> next = lower[(end + 1)..];
        int wordEnd = next.IndexOfAnyExceptInRange('a', 'z');
        next = wordEnd < 0 ? next : next[..wordEnd];
        return next is not ("for" or "in" or "so" or "very" or "again" or "anyway" or "a" or "much" or "everyone" or "all");
    }

    /// <summary>Marks each of <paramref name="words"/> that occurs in <paramref name="text"/>, word boundaries aside.</summary>
    /// <returns><see langword="true"/> when any does.</returns>
    private static bool MarkOccurring(ReadOnlySpan<char> text, Span<bool> occurs, string[] words, SearchValues<string> anyWord)
    {
        bool any = false;
        int found;
        while ((found = text.IndexOfAny(anyWord)) >= 0)
        {
            text = text[found..];
            for (int c = 0; c < words.Length; c++)
            {
                if (text.StartsWith(words[c], StringComparison.Ordinal))
                {
                    occurs[c] = true;
                    any = true;
                }
            }

            text = text[1..];
        }

        return any;
    }

    private static int Longest(string[] words)
    {
        int longest = 0;
        foreach (string word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }

    private static int SkipOpenings(ReadOnlySpan<char> lower)
    {
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

            // Discourse markers set off by one comma, alone or several in a row ("also ähm,", "bueno, a ver,").
            if (CommaOpenersEnd(lower, position) is int afterMarkers and > 0)
            {
                position = afterMarkers;
                progressed = true;
                continue;
            }

            if (MetaQuestionEnd(lower, position) is int afterMeta and > 0)
            {
                position = afterMeta;
                progressed = true;
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

    private static int SkipSeparators(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && text[position] is ' ' or ',' or '!' or '?' or '.' or '…' or '-' or '—' or '–' or ':')
        {
            position++;
        }

        return position;
    }

    // A clitic continues the word: "if you can't sleep" does not start with the wrapper "if you can".
    private static bool StartsWithWord(ReadOnlySpan<char> text, int position, string word) =>
        text[position..].StartsWith(word, StringComparison.Ordinal) && IsWordBoundary(text, position + word.Length)
        && !(position + word.Length < text.Length && text[position + word.Length] is '\'' or '’');

    private static bool IsWordBoundary(ReadOnlySpan<char> text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    /// <summary>A prompt and its request.</summary>
    private sealed record Stripped(string Prompt, string Request);
}
