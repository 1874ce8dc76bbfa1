using System.Buffers;

namespace Governance.AI.Redaction;

/// <content>Version and section numbers: the words that make a dotted quad a version, a section or a change's target
/// rather than an address.</content>
public sealed partial class RedactionEngine
{
    /// <summary>Whole words that, within a few words before a dotted quad, say it is a version rather than an address
    /// (whole words, so "Verbindung von 10.0.0.1" stays an address).</summary>
    private static readonly ContextMatcher VersionWords = new(
        ["version", "versions", "ver", "versión", "versione", "versão", "versie", "build", "builds", "release", "released", "releases", "firmware", "update",
         "updated", "updates", "upgrade", "upgraded", "upgrades", "patch", "patched", "sdk", "package", "install", "installed", "bootloader", "bios", "kernel",
         "driver", "revision", "rev", "bump", "bumped", "bumps", "softwarestand", "firmwarestand", "versionsstand", "softwareversion",
         "firmwareversion",

         // .NET assembly and project attributes ("[assembly: AssemblyVersion(\"2.7.0.1\")]", "<FileVersion>…"), and the
         // word in Japanese, Chinese and Korean, written without a space before the number ("バージョン1.2.3.4").
         "assemblyversion", "assemblyfileversion", "assemblyinformationalversion", "fileversion", "productversion", "versionprefix",
         "packageversion", "バージョン", "版本", "버전"],
        wholeWords: true);

    /// <summary>Verbs that move something to a version ("bumped the embedded agent to 3.9.10.69", "aktualisiert den Agenten
    /// auf …"): they label a quad after "to" further away than <see cref="VersionWords"/> are looked for.</summary>
    private static readonly ContextMatcher VersionChangeVerbs = new(
        ["bump", "bumped", "bumps", "bumping", "upgrade", "upgraded", "upgrades", "upgrading", "update", "updated", "updates", "updating", "downgrade",
         "downgraded", "downgrading", "pin", "pinned", "pinning",
         "aktualisiert", "aktualisieren", "actualizado", "actualizar", "aggiornato", "atualizado", "bijgewerkt"],
        wholeWords: true);

    /// <summary>Prepositions that end "bumped … to" before the version ("to", "auf", "vers", "a", "naar").</summary>
    private static readonly ContextMatcher VersionTargetPrepositions = new(["to", "auf", "vers", "a", "naar"], wholeWords: true);

    /// <summary>How far before a dotted quad a <see cref="VersionChangeVerbs"/> verb is looked for (three or four words).</summary>
    private const int VersionChangeWindow = 48;

    /// <summary>Whole words that, right before a dotted quad, say it numbers a part of a document ("section 4.2.1.3",
    /// "§ 3.1.2.4", "Abschnitt 3.1.4.2", "article 2.3.1.5") rather than an address; not "para" (Spanish and Portuguese
    /// "for") or "table" ("routing table 10.0.0.0/8").</summary>
    private static readonly ContextMatcher SectionWords = new(
        ["section", "sect", "sec", "clause", "chapter", "article", "paragraph", "item", "step", "figure", "fig", "appendix", "annex", "§", "nr",
         "abschnitt", "kapitel", "absatz", "artikel", "ziffer", "abbildung", "anhang", "chapitre", "paragraphe", "alinéa", "annexe",
         "sección", "apartado", "capítulo", "artículo", "anexo", "sezione", "capitolo", "articolo", "paragrafo", "allegato",
         "secção", "seção", "artigo", "hoofdstuk", "paragraaf", "bijlage"],
        wholeWords: true);

    /// <summary>Version words that name an event rather than a numbered thing: after a temporal preposition and an article
    /// ("after the update", "since the upgrade") they end a phrase, and the quad that follows starts the next one.</summary>
    private static readonly ContextMatcher EventVersionWords = new(
        ["build", "builds", "release", "released", "releases", "update", "updated", "updates", "upgrade", "upgraded", "upgrades", "patch", "patched", "install", "installed"],
        wholeWords: true);

    /// <summary>Temporal prepositions followed by an article ("after the", "since this", "nach dem", "après la").</summary>
    private static readonly ContextMatcher TemporalPrepositions = new(
        ["after", "since", "before", "during", "following", "until", "nach", "seit", "vor", "während", "après", "avant", "depuis", "pendant",
         "después", "antes", "desde", "durante", "dopo", "prima", "após", "na", "sinds", "tijdens"],
        wholeWords: true);

    /// <summary>Articles and determiners between a temporal preposition and an event word.</summary>
    private static readonly ContextMatcher Articles = new(
        ["the", "this", "that", "last", "latest", "recent", "our", "your", "der", "dem", "den", "die", "das", "la", "le", "el", "del", "il", "lo", "o", "a", "de", "het"],
        wholeWords: true);

    /// <summary>What between a version word and a dotted quad says the word does not label the quad: a clause break.</summary>
    private static readonly SearchValues<char> VersionGapBreaks = SearchValues.Create(",;!?)]\n\r");

    /// <summary>Whether a version word within a few words before the dotted quad at <paramref name="start"/> labels it
    /// ("version 1.2.3.4", "build: 4.2.1.3", "upgraded to 5.1.0.3", "version 1.2.3.4 to 1.2.3.5"). It does not when
    /// another number stands between them (the word labels that one: "deploy of build 20260306.7 to 10.1.2.3"), when a
    /// clause breaks between them, or when it ends a temporal phrase ("after the update 10.0.0.7 failed").</summary>
    private bool IsVersionWordFor(ReadOnlySpan<char> text, int start)
    {
        ReadOnlySpan<char> window = WindowBefore(text, start, 24);
        int end = VersionWords.LastMatchEnd(window);
        if (end < 0)
        {
            return IsVersionChangeTarget(text, start) || IsVersionPredicate(text, start);
        }

        ReadOnlySpan<char> gap = window[end..];
        int digit = gap.IndexOfAnyInRange('0', '9');
        if (gap.IndexOfAny(VersionGapBreaks) >= 0 || (digit >= 0 && !IsVersionRangeStart(gap[digit..])))
        {
            return false;
        }

        // The version word and the two words before it: "after the update".
        int wordStart = end;
        while (wordStart > 0 && char.IsLetter(window[wordStart - 1]))
        {
            wordStart--;
        }

        int wordAt = start - window.Length + wordStart;
        if (!EventVersionWords.Matches(window[wordStart..end]))
        {
            return true;
        }

        ReadOnlySpan<char> article = PreviousWord(text, wordAt, out int articleAt);
        return article.IsEmpty || !Articles.Matches(article) || !TemporalPrepositions.Matches(PreviousWord(text, articleAt, out _));
    }

    /// <summary>Whether the dotted quad at <paramref name="start"/> is where a version change goes ("bumped the embedded agent
    /// to 3.9.10.69"): "to" right before it, a version-change verb a few words before that, and between them no number, no
    /// clause break and no address word ("updated the gateway to 10.0.0.1" moves an address).</summary>
    private bool IsVersionChangeTarget(ReadOnlySpan<char> text, int start)
    {
        ReadOnlySpan<char> preposition = PreviousWord(text, start, out int prepositionAt);
        if (preposition.IsEmpty || !VersionTargetPrepositions.Matches(preposition))
        {
            return false;
        }

        ReadOnlySpan<char> window = WindowBefore(text, prepositionAt, VersionChangeWindow);
        int end = VersionChangeVerbs.LastMatchEnd(window);
        if (end < 0)
        {
            return false;
        }

        ReadOnlySpan<char> gap = window[end..];
        return gap.IndexOfAnyInRange('0', '9') < 0 && gap.IndexOfAny(VersionGapBreaks) < 0 &&
            !(_contextWords.TryGetValue(RedactionEntityTypes.IPAddress, out ContextMatcher? addressWords) && addressWords.Matches(gap));
    }

    /// <summary>Whether a gap after a version word starts with another dotted quad, the lower end of a range
    /// ("version 1.2.3.4 to 1.2.3.5", "1.2.3.4 → 1.2.3.5").</summary>
    private static bool IsVersionRangeStart(ReadOnlySpan<char> gap)
    {
        int dots = 0;
        int p = 0;
        while (p < gap.Length && (char.IsAsciiDigit(gap[p]) || gap[p] == '.'))
        {
            dots += gap[p] == '.' ? 1 : 0;
            p++;
        }

        return dots == 3 && gap[p..].IndexOfAnyInRange('0', '9') < 0;
    }

    /// <summary>The word (letters and apostrophes) that ends before <paramref name="end"/> after spaces, and where it starts.</summary>
    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> text, int end, out int wordStart)
    {
        int e = end;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }

        wordStart = e;
        while (wordStart > 0 && end - wordStart < 16 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '\''))
        {
            wordStart--;
        }

        return text[wordStart..e];
    }

    /// <summary>How far before a dotted quad a version word that is the subject of "is" is looked for ("The firmware on
    /// the controller is 10.4.2.117").</summary>
    private const int VersionPredicateWindow = 56;

    /// <summary>The most words between such a version word and the quad, its qualifier and the linking word included.</summary>
    private const int VersionPredicateWords = 6;

    /// <summary>Prepositions that open the qualifier in "the firmware on the controller is …", "die Version des Treibers ist …".</summary>
    private static readonly ContextMatcher VersionQualifierPrepositions = new(
        ["on", "of", "for", "in", "auf", "von", "des", "der", "du", "de", "del", "della", "di", "do", "da", "van", "op"], wholeWords: true);

    /// <summary>Linking words that end "the firmware on the controller is …".</summary>
    private static readonly ContextMatcher VersionLinkingWords = new(["is", "was", "ist", "war", "est", "es", "era", "è", "é", "are"], wholeWords: true);

    /// <summary>Whether the dotted quad at <paramref name="start"/> is what a version word is said to be ("The firmware on
    /// the controller is 10.4.2.117", "die Version des Treibers ist 4.12.0.3"): the version word a few words before, then
    /// a linking word right before the quad, and between them no number, no clause break and no address word ("the update
    /// server on our LAN is 10.0.0.5" names a host).</summary>
    private bool IsVersionPredicate(ReadOnlySpan<char> text, int start)
    {
        ReadOnlySpan<char> linking = PreviousWord(text, start, out int linkingAt);
        if (linking.IsEmpty || !VersionLinkingWords.Matches(linking))
        {
            return false;
        }

        ReadOnlySpan<char> window = WindowBefore(text, linkingAt, VersionPredicateWindow);
        int end = VersionWords.LastMatchEnd(window);
        if (end < 0)
        {
            return false;
        }

        // The qualifier starts with a preposition: "The build agent is 10.1.2.3" names a machine, not the build's version.
        ReadOnlySpan<char> gap = window[end..];
        ReadOnlySpan<char> qualifier = gap.TrimStart(' ');
        int space = qualifier.IndexOf(' ');
        return space > 0 && VersionQualifierPrepositions.Matches(qualifier[..space]) &&
            gap.IndexOfAnyInRange('0', '9') < 0 && gap.IndexOfAny(VersionGapBreaks) < 0 && gap.Count(' ') < VersionPredicateWords &&
            !(_contextWords.TryGetValue(RedactionEntityTypes.IPAddress, out ContextMatcher? addressWords) && addressWords.Matches(gap));
    }

    /// <summary>How far back in its sentence a dotted quad looks for a version it is compared with.</summary>
    private const int VersionComparisonWindow = 96;

    /// <summary>Whether the dotted quad at <paramref name="start"/> is compared with a version earlier in its sentence ("Version
    /// 4.12.0.3 des Druckertreibers verursacht den Absturz, mit 4.11.9.8 läuft alles stabil"): an earlier quad of the same
    /// major number is labelled a version, and no address word stands between them or right before this one.</summary>
    private bool IsComparedWithVersion(ReadOnlySpan<char> text, int start)
    {
        // The sentence so far (vectorized searches: this runs for every dotted quad that is not certain).
        ReadOnlySpan<char> sentence = text[Math.Max(0, start - VersionComparisonWindow)..start];
        sentence = sentence[(sentence.LastIndexOfAny(SentenceBreaks) + 1)..];
        sentence = sentence[(sentence.LastIndexOf(". ") + 1)..];
        int offset = start - sentence.Length;

        // An earlier quad with the same major number: "4." where this quad starts "4.".
        int majorLength = SkipAsciiDigits(text, start) - start;
        if (majorLength is 0 or > 3)
        {
            return false;
        }

        Span<char> major = stackalloc char[majorLength + 1];
        text.Slice(start, majorLength).CopyTo(major);
        major[majorLength] = '.';
        int end = sentence.Length;
        while (end > 0 && sentence[..end].LastIndexOf(major) is int q and >= 0)
        {
            end = q;
            int at = offset + q;
            if ((at > 0 && (char.IsAsciiDigit(text[at - 1]) || text[at - 1] == '.')) || !IsDottedQuadAt(text, at, out int quadEnd) || quadEnd > start)
            {
                continue;
            }

            return IsVersionWordFor(text, at) &&
                !(_contextWords.TryGetValue(RedactionEntityTypes.IPAddress, out ContextMatcher? addressWords) && addressWords.Matches(text[quadEnd..start]));
        }

        return false;
    }

    /// <summary>Line breaks and sentence marks that end the sentence a quad is compared in (a full stop only with a space).</summary>
    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create("!?\n\r");

    /// <summary>Whether four dot-separated runs of digits start at <paramref name="at"/>; <paramref name="end"/> is where they end.</summary>
    private static bool IsDottedQuadAt(ReadOnlySpan<char> text, int at, out int end)
    {
        end = at;
        for (int part = 0; part < 4; part++)
        {
            int digits = SkipAsciiDigits(text, end) - end;
            if (digits is 0 or > 3)
            {
                return false;
            }

            end += digits;
            if (part < 3)
            {
                if (end >= text.Length || text[end] != '.')
                {
                    return false;
                }

                end++;
            }
        }

        return true;
    }

    private static int SkipAsciiDigits(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        return p;
    }
}
