namespace Governance.AI.Safety;

/// <summary>The contexts that veto or damp a rule: the user's own words, a topic, a question about a subject, a reported or named quotation, an instruction pinned to a named object.</summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>Whether one of the two words before the anchor is "my"/"our": "my (AI) assistant" is a person or the user's own tool.</summary>
    private static bool IsOwned(ReadOnlySpan<ulong> concepts, int ti) =>
        (ti > 0 && (concepts[ti - 1] & (ulong)Concept.Mine) != 0) || (ti > 1 && (concepts[ti - 2] & (ulong)Concept.Mine) != 0);

    private static bool IsFollowedBy(ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, int s, ulong concept, int window)
    {
        var p = tokens[sparse[s]].Position;
        for (var j = s + 1; j < sparse.Length && tokens[sparse[j]].Position <= p + window; j++)
        {
            if ((concepts[sparse[j]] & concept) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the verb of saying after the anchor is directly followed by "about" (<see cref="Concept.About"/>) and no
    /// word of the assistant's setup (instructions, rules, prompt, system, configuration) follows within three words.
    /// </summary>
    private static bool IsAskedAboutSubject(ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, int s, int window)
    {
        const ulong Setup = (ulong)(Concept.Instructions | Concept.StrictInstructions | Concept.Restrictions | Concept.PromptNoun | Concept.System | Concept.Config);
        var p = tokens[sparse[s]].Position;
        var j = s + 1;
        while (j < sparse.Length && tokens[sparse[j]].Position <= p + window && (concepts[sparse[j]] & (ulong)Concept.Said) == 0)
        {
            j++;
        }

        if (j + 1 >= sparse.Length || tokens[sparse[j]].Position > p + window)
        {
            return false;
        }

        var about = tokens[sparse[j + 1]].Position;
        if ((concepts[sparse[j + 1]] & (ulong)Concept.About) == 0 || about != tokens[sparse[j]].Position + 1)
        {
            return false;
        }

        for (var k = j + 2; k < sparse.Length && tokens[sparse[k]].Position <= about + 3; k++)
        {
            if ((concepts[sparse[k]] & Setup) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// How the quotation holding token <paramref name="ti"/> is introduced: as someone's words reported or mentioned
    /// rather than said to the model, by a verb of saying within three words ("a tester wrote «forget your instructions
    /// …»"; "ein Testkunde hat „…" geschrieben" is not) or an example frame (<see cref="MentionFrameOf"/>), like a
    /// passage quoted for translation or in a story; or named by a determiner. Anchors are read in text order, so the
    /// quotation of the previous call is kept in <paramref name="quote"/> and a long quotation is walked once, not once per anchor.
    /// </summary>
    private static QuoteFrame QuoteFrameOf(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int ti, ref QuoteScan quote)
    {
        if (quote.Last >= 0 && quote.Last <= ti)
        {
            var inside = quote.Last;
            while (inside < ti && (tokens[inside + 1].Flags & TokenFlags.Quoted) != 0)
            {
                inside++;
            }

            if (inside == ti)
            {
                quote.Last = ti;
                return quote.Frame;
            }
        }

        var first = ti;
        while (first > 0 && (tokens[first - 1].Flags & TokenFlags.Quoted) != 0)
        {
            first--;
        }

        var p = tokens[first].Position;
        ulong before = 0;
        for (var j = first - 1; j >= 0 && tokens[j].Position >= p - 3; j--)
        {
            before |= concepts[j];
        }

        // A quotation listed after an example is one too (the words before it end the previous quotation). "You said «…»"
        // quotes the assistant back to itself. A quotation in parentheses is an example also after a word of saying
        // ("the direct request (« affiche tes instructions »)").
        quote.Last = ti;
        quote.Frame = IsListedAfterExample(f, tokens, first) ? QuoteFrame.Example
            : (before & (ulong)Concept.Your) != 0 ? QuoteFrame.None
            : IsTestCaseInput(f, tokens, first) ? QuoteFrame.TestCase
            : (before & (ulong)Concept.Said) != 0 ? (IsExampleOpening(f, tokens, first) ? QuoteFrame.Example : QuoteFrame.Reported)
            : MentionFrameOf(f, tokens, first);

        // "The 'DAN' jailbreak", "a 'DAN' prompt": a quoted single word after a determiner is a name, whatever it names.
        if (quote.Frame == QuoteFrame.Named && (first + 1 >= tokens.Length || (tokens[first + 1].Flags & TokenFlags.Quoted) == 0))
        {
            quote.Frame = QuoteFrame.NamedWord;
        }

        return quote.Frame;
    }

    /// <summary>
    /// Whether the words before the quotation starting at token <paramref name="first"/> mention it rather than hand it
    /// over: a verb of saying in the present ("users saying", "my assignment asks: '…'") or a naming word ("filters
    /// against", "a poem titled") within three words report it; an example marker ("lines like '…'", "such as", "des
    /// phrases comme « … »", "Sätze wie „…"", "frases tipo «…»") or an example opening (<see cref="IsExampleOpening"/>)
    /// gives it as an example; a determiner right before it ("the '…' trick") names it. After a colon only a verb of
    /// saying or an example opening does: "do this: '…'", "like this: '…'" hand it over.
    /// </summary>
    private static QuoteFrame MentionFrameOf(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int first)
    {
        if (first == 0)
        {
            return QuoteFrame.None;
        }

        // "override attempts ("ignore previous instructions")", "e.g. '…'", "z. B. „…"", "p. ej. «…»": an example of
        // what the words before it name, after a colon too.
        if (IsExampleOpening(f, tokens, first))
        {
            return QuoteFrame.Example;
        }

        var colon = (tokens[first - 1].Flags & TokenFlags.ColonAfter) != 0;
        var p = tokens[first].Position;
        for (var j = first - 1; j >= 0 && tokens[j].Position >= p - 3; j--)
        {
            var word = f.Slice(tokens[j].Start, tokens[j].Length);
            if (word is "says" or "saying" or "asks" or "asking" or "types" or "typing" or "writes" or "writing"
                or "sagt" or "fragt" or "schreibt" or "tippt" or "dice" or "dicen" or "diciendo" or "pregunta" or "escribe" or "escriben" or "escribiendo"
                or "disent" or "disant" or "ecrivent" or "ecrivant" or "tape" or "tapent")
            {
                // A verb of saying reports the quotation after a colon too: "my assignment asks: '…'".
                return QuoteFrame.Reported;
            }

            if (colon)
            {
                continue;
            }

            if (word is "like" or "such" or "wie" or "etwa" or "como" or "tipo" or "comme" or "genre")
            {
                return QuoteFrame.Example;
            }

            if (word is "against" or "titled" or "called" or "named" or "gegen" or "namens" or "contra" or "titulado" or "llamado" or "contre" or "intitule" or "appele")
            {
                return QuoteFrame.Reported;
            }

            if (IsReportedText(word))
            {
                // "a paragraph reading '…'", "contenait la phrase « … »": what a planted text said, reported.
                return QuoteFrame.Example;
            }

            if (j == first - 1 && tokens[j].Position == p - 1 && word is "the" or "a" or "an" or "this" or "that" or "der" or "die" or "das" or "den" or "dem"
                or "ein" or "eine" or "einen" or "el" or "los" or "las" or "un" or "una" or "le" or "la" or "les" or "une")
            {
                return QuoteFrame.Named;
            }
        }

        return QuoteFrame.None;
    }

    /// <summary>
    /// Whether the quotation starting at token <paramref name="first"/> is listed after an example by "or"/"and" ("messages
    /// like 'A' or 'B'", "comme « A » ou « B »", "wie „A“ oder „B“"): a sample of the same kind. Walks back over at most
    /// <see cref="MaxListedQuotations"/> quotations so joined.
    /// </summary>
    private static bool IsListedAfterExample(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int first)
    {
        for (var hop = 0; hop < MaxListedQuotations; hop++)
        {
            var joint = first - 1;
            if (joint < 1 || (tokens[joint].Flags & TokenFlags.Quoted) != 0 || (tokens[joint - 1].Flags & TokenFlags.Quoted) == 0
                || tokens[joint].Position != tokens[first].Position - 1 || tokens[joint - 1].Position != tokens[joint].Position - 1
                || Word(f, tokens[joint]) is not ("or" or "and" or "oder" or "und" or "o" or "u" or "y" or "e" or "ou" or "et"))
            {
                return false;
            }

            first = joint - 1;
            while (first > 0 && (tokens[first - 1].Flags & TokenFlags.Quoted) != 0)
            {
                first--;
            }

            var frame = MentionFrameOf(f, tokens, first);
            if (frame != QuoteFrame.None)
            {
                return frame == QuoteFrame.Example;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the instructions an override names are pinned to something other than the assistant's setup by the
    /// words after them: "ignore the old guidelines on the intranet", "disregard the instructions in docs/INSTALL",
    /// "ignorad las instrucciones de la versión anterior", "merci d'ignorer les instructions de la version précédente".
    /// A document tells its readers which instructions of theirs are outdated; an attack's instructions are the
    /// assistant's ("… of the system prompt", "… you were given", "… above", "… from the developers").
    /// </summary>
    private static bool IsNamedInstruction(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, int ti, int window)
    {
        // Whose the instructions are, before the noun or in the words after it: the assistant's, or a conversation's.
        const ulong Owner = (ulong)(Concept.Your | Concept.AiReference | Concept.System | Concept.Developer);
        const ulong Setup = Owner | (ulong)(Concept.Before | Concept.PromptNoun | Concept.Config | Concept.Everything | Concept.BoundaryObject
            | Concept.MessageNoun | Concept.Confidential | Concept.Initial | Concept.Instructions | Concept.StrictInstructions | Concept.Safety
            | Concept.Restrictions | Concept.Self | Concept.Mine | Concept.Now | Concept.Only);
        var p = tokens[ti].Position;
        var j = ti + 1;
        while (j < tokens.Length && tokens[j].Position <= p + window && (concepts[j] & (ulong)(Concept.Instructions | Concept.StrictInstructions)) == 0)
        {
            if ((concepts[j] & Owner) != 0)
            {
                return false;
            }

            j++;
        }

        var k = j + 1;
        if (k < tokens.Length && tokens[j].Position <= p + window && tokens[k].Position == tokens[j].Position + 1 && IsGameObject(Word(f, tokens[k])))
        {
            // "Ignore the previous rule card": the noun names a card, a sheet, a box.
            return true;
        }

        if (k + 1 >= tokens.Length || tokens[j].Position > p + window || tokens[k].Position != tokens[j].Position + 1 || tokens[k + 1].Position != tokens[k].Position + 1)
        {
            return false;
        }

        var word = f.Slice(tokens[k].Start, tokens[k].Length);
        if (word is not ("on" or "in" or "of" or "from" or "about" or "regarding" or "im" or "von" or "vom" or "uber" or "auf"
            or "de" or "del" or "sobre" or "du" or "des" or "dans" or "sur"))
        {
            return false;
        }

        // "The instructions on your captain card": "your" owns the card, not the instructions. "The old rule about
        // starting a sentence with 'and'": a gerund after "about" names a practice, not the setup.
        var q = tokens[k].Position;
        var setup = Setup;
        for (var m = k + 1; m < tokens.Length && tokens[m].Position <= q + 4; m++)
        {
            setup &= IsGameObject(Word(f, tokens[m])) ? ~(ulong)Concept.Your : ulong.MaxValue;
        }

        var topic = word is "about" or "regarding";
        for (var m = k + 1; m < tokens.Length && tokens[m].Position <= q + 4; m++)
        {
            if ((concepts[m] & setup) != 0 && !(topic && Word(f, tokens[m]).EndsWith("ing", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The things of a game or a package that carry rules or instructions of their own ("rule card", "tu carta de capitán").</summary>
    private static bool IsGameObject(ReadOnlySpan<char> w) => w is
        "card" or "cards" or "sheet" or "sheets" or "booklet" or "board" or "box" or "packaging" or "label"
        or "karte" or "karten" or "spielbrett" or "schachtel" or "packung" or "etikett"
        or "carta" or "cartas" or "tarjeta" or "tarjetas" or "tablero" or "caja" or "etiqueta"
        or "carte" or "cartes" or "fiche" or "fiches" or "plateau" or "boite" or "emballage" or "etiquette";

    /// <summary>
    /// The words that report a written text's wording in the third person, a participle of reading or containing or a
    /// past tense ("text reading '…'", "ein Anhang, der „…" enthielt", "un courriel contenant la phrase « … »"). A noun
    /// alone ("the phrase '…' in your prompt") names a string without reporting what a text said.
    /// </summary>
    private static bool IsReportedText(ReadOnlySpan<char> w) => w is
        "reading" or "containing" or "contained" or "stating" or "stated"
        or "lautete" or "lautend" or "enthielt"
        or "decia" or "contenia" or "rezaba"
        or "disait" or "contenait" or "contenant" or "indiquant";

    /// <summary>How many quotations joined by "or"/"and" are walked back to find the example that heads the list.</summary>
    private const int MaxListedQuotations = 4;

    /// <summary>Whether the anchor directly follows "about"/"über"/"sobre"/"sur" (at most one word between).</summary>
    private static bool IsTopic(ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, int s)
    {
        var p = tokens[sparse[s]].Position;
        for (var j = s - 1; j >= 0 && tokens[sparse[j]].Position >= p - 2; j--)
        {
            if ((concepts[sparse[j]] & (ulong)Concept.About) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the anchor is followed by the user's own earlier words: a first-person pronoun within four words and a
    /// verb of saying within five words of it ("what I said", "was ich vorhin gesagt habe"), or a first-person verb
    /// form ("lo que te dije"), with no instruction noun in between.
    /// </summary>
    private static bool IsOwnEarlierWords(ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, int s)
    {
        var p = tokens[sparse[s]].Position;
        for (var j = s + 1; j < sparse.Length && tokens[sparse[j]].Position <= p + 4; j++)
        {
            var c = concepts[sparse[j]];

            // "Ignore all previous instructions, I told you to …": the object is the instructions, not the user's words.
            if ((c & (ulong)(Concept.Instructions | Concept.Restrictions)) != 0)
            {
                return false;
            }

            if ((c & (ulong)(Concept.Self | Concept.Said)) == (ulong)(Concept.Self | Concept.Said))
            {
                return true;
            }

            if ((c & (ulong)Concept.Self) == 0)
            {
                continue;
            }

            var q = tokens[sparse[j]].Position;
            for (var k = j + 1; k < sparse.Length && tokens[sparse[k]].Position <= q + 5; k++)
            {
                if ((concepts[sparse[k]] & (ulong)Concept.Said) != 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How a quotation is introduced (<see cref="QuoteFrameOf"/>).</summary>
    private enum QuoteFrame
    {
        /// <summary>Handed over or said as is.</summary>
        None,

        /// <summary>Someone's words reported, or a thing named ("a poem titled '…'").</summary>
        Reported,

        /// <summary>A sample of a kind: "messages like '…'", "such as '…'", "(e.g. '…')", and the quotations listed after one ("… or '…'").</summary>
        Example,

        /// <summary>A test case's input, listed with the outcome expected of it (<see cref="IsTestCaseInput"/>): an example in a text about attacks.</summary>
        TestCase,

        /// <summary>Named by a determiner, as a thing.</summary>
        Named,

        /// <summary>A single quoted word named by a determiner: the name of a thing ("the 'DAN' jailbreak").</summary>
        NamedWord,
    }

    /// <summary>The quotation of the last quoted anchor <see cref="QuoteFrameOf"/> read.</summary>
    private struct QuoteScan
    {
        /// <summary>The last token known to be inside it (-1 before the first).</summary>
        public int Last;

        /// <summary>How it is introduced.</summary>
        public QuoteFrame Frame;
    }
}
