using System.Collections.Frozen;

namespace Governance.AI.Redaction;

/// <summary>
/// Finds a reference-number label right in front of a number ("order 415-555-0132", "ticket #123-45-6789",
/// "Bestellnr. 0171 1234567", "numéro de commande 06 12 34 56 78"): only such a label says that a phone- or
/// SSN-shaped number is a reference number. The same words elsewhere in the sentence say nothing about it.
/// </summary>
internal static class IdentifierLabel
{
    /// <summary>The most characters of punctuation and spaces between a label and its number.</summary>
    private const int MaxGap = 4;

    /// <summary>The longest of <see cref="LinkingWords"/> ("lautet"): a longer word is not looked up.</summary>
    private const int MaxLinkingWord = 6;

    /// <summary>Words that label a reference number on their own ("part" too: "spare part 680-425-2156", "supplier part …"
    /// name an article).</summary>
    private static readonly string[] ReferenceWords =
    [
        "order", "invoice", "ticket", "tracking", "ref", "reference", "confirmation", "booking", "reservation", "serial",
        "po", "shipment", "parcel", "package", "claim", "transaction", "receipt", "rma", "incident", "batch", "lot",
        "asset", "contract", "quote", "waybill", "consignment", "awb", "voucher", "coupon", "registration", "register",
        "bestellung", "bestellnummer", "bestell", "auftrag", "auftragsnummer", "rechnung", "rechnungsnummer", "kundennummer",
        "sendung", "sendungsnummer", "vorgang", "vorgangsnummer", "vertragsnummer", "aktenzeichen", "hrb", "hra",
        "commande", "facture", "dossier", "colis", "siren", "siret", "rcs", "pedido", "factura", "albarán", "albaran",
        "expediente", "ordine", "fattura", "spedizione", "pratica", "prenotazione", "encomenda", "fatura", "protocolo",
        "bestelling", "factuur", "kvk", "bestellnr", "auftragsnr", "rechnungsnr", "kundennr", "réf", "rif", "référence", "referência",
    ];

    /// <summary>Words that name an article on their own, abbreviations too ("spare part 680-425-2156", "PN 211-547-1878",
    /// "MPN …", "Artikelnr. …"): a number after them is a part number even when it starts with "+" ("the part number
    /// +6 877 591 671"), which no other reference number does.</summary>
    private static readonly string[] ArticleWords =
    [
        "part", "pn", "mpn", "sku", "artikelnummer", "artikelnr", "artnr", "teilenr", "sachnummer", "sachnr", "materialnummer",
        "materialnr", "ersatzteil", "teilenummer", "onderdeel", "ricambio", "repuesto", "recambio",
    ];

    /// <summary>Words that label a reference number only together with a number word ("customer no.", "case #").</summary>
    private static readonly string[] ReferenceWordsWithNumberWord =
    [
        "customer", "account", "member", "membership", "refund", "case",
        "request", "job", "record", "policy", "delivery", "client", "cliente", "kunde", "kunden", "paket",
        "lieferung", "vertrag", "contrat", "contrato", "contratto", "envío", "envio", "reserva", "referencia", "riferimento",
        "bestell", "auftrags", "rechnungs",
    ];

    /// <summary>Words that name an article together with a number word ("item no.", "Art.-Nr.", "Teile-Nr.").</summary>
    private static readonly string[] ArticleWordsWithNumberWord =
        ["item", "article", "product", "model", "artikel", "art", "teile", "sach", "material", "produit", "producto", "prodotto", "produto", "articolo", "artículo", "modèle", "modelo", "modello"];

    /// <summary>A label word's kind, and whether it labels a number on its own or only with a number word.</summary>
    private readonly record struct LabelWord(ReferenceLabel Kind, bool Alone);

    /// <summary>Every label word, those that stand on their own and those that need a number word: one lookup.</summary>
    private static readonly FrozenDictionary<string, LabelWord>.AlternateLookup<ReadOnlySpan<char>> Labels = LabelKinds();

    /// <summary>Words that say "number" ("no", "nr", "nº", "id", "nummer", "numéro"…).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords = Lookup(
        "no", "nr", "nº", "n°", "num", "number", "nummer", "numéro", "numero", "número", "id", "code");

    /// <summary>Words that count goods ("40 units of …", "200 pcs of …"): what follows "of" is an article number.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuantityUnits = Lookup(
        "units", "unit", "pieces", "piece", "pcs", "pc", "boxes", "cases", "packs", "pallets", "cartons", "rolls", "sets", "kits",
        "stück", "stk", "unidades", "pièces", "pezzi", "unità", "peças", "stuks");

    /// <summary>"Of" in the languages we claim ("units of", "unidades de", "pezzi di", "stuks van").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OfWords = Lookup("of", "de", "di", "van", "von");

    /// <summary>Words that say one article replaces another ("part 123 replaces 856-984-9078", "superseded by …"): what
    /// follows is likely another article number, unless a word of the value's type says otherwise ("my new cell replaces
    /// 415-555-0199").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReplacementWords = Lookup(
        "replaces", "replaced", "supersedes", "superseded", "successor", "predecessor", "ersetzt", "remplace", "remplacé",
        "sustituye", "reemplaza", "sostituisce", "substitui", "vervangt");

    /// <summary>"By" after a replacement word ("superseded by", "ersetzt durch", "remplacé par").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ByWords = Lookup("by", "durch", "par", "por", "da", "door", "of");

    /// <summary>Whether the number that starts at <paramref name="start"/> is directly labelled as a reference number.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the number starts.</param>
    /// <param name="yields">Whether the label yields to a word of the value's type nearby: a colon stands between the
    /// label and the number ("SSN for the booking: …", the end of a longer phrase rather than the number's own name), or
    /// the label only says one article replaces another.</param>
    public static bool IsDirectlyBefore(ReadOnlySpan<char> text, int start, out bool yields) =>
        LabelKindBefore(text, start, out yields) != ReferenceLabel.None;

    /// <summary>Whether the number that starts at <paramref name="start"/> is directly labelled as an article's number
    /// ("part number", "PN", "P/N", "Art.-Nr.", "40 units of").</summary>
    public static bool IsArticleDirectlyBefore(ReadOnlySpan<char> text, int start, out bool yields) =>
        LabelKindBefore(text, start, out yields) == ReferenceLabel.Article;

    private enum ReferenceLabel
    {
        None,
        Reference,
        Article,
    }

    /// <summary>The kind of label right before the number at <paramref name="start"/>; an article's label also across a
    /// linking word ("the part number is 842-407-1034"), as a part number is never someone's number.</summary>
    private static ReferenceLabel LabelKindBefore(ReadOnlySpan<char> text, int start, out bool yields)
    {
        int p = SkipGap(text, start, out bool hash);
        yields = text[p..start].Contains(':');
        ReadOnlySpan<char> word = WordBefore(text, p);
        ReferenceLabel kind = LabelKindOf(text, word, p, hash, ref yields);
        int q = p - word.Length;
        if (kind != ReferenceLabel.None || word.Length > MaxLinkingWord || q == 0 || text[q - 1] != ' ' || !LinkingWords.Contains(word))
        {
            return kind;
        }

        p = SkipGap(text, q, out hash);
        yields = text[p..q].Contains(':');
        return LabelKindOf(text, WordBefore(text, p), p, hash, ref yields) == ReferenceLabel.Article ? ReferenceLabel.Article : ReferenceLabel.None;
    }

    /// <summary>The kind of label <paramref name="word"/> (ending at <paramref name="p"/>) is, with a number word or
    /// <paramref name="hash"/> after it, or a quantity or replacement word.</summary>
    private static ReferenceLabel LabelKindOf(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int p, bool hash, ref bool yields)
    {
        if (word.IsEmpty)
        {
            return ReferenceLabel.None;
        }

        if (IsArticleNumberAfter(text, word, p, out bool replacement))
        {
            yields |= replacement;
            return ReferenceLabel.Article;
        }

        bool numberWord = hash;
        if (NumberWords.Contains(word) && !IsPreposition(text, word, p))
        {
            numberWord = true;
            p = SkipGap(text, p - word.Length, out _);
            word = WordBefore(text, p);
        }

        if (Labels.TryGetValue(word, out LabelWord label))
        {
            if (label.Alone || numberWord)
            {
                return label.Kind;
            }

            // Romance languages write the number word or label first and what it numbers after it: "référence produit …",
            // "numéro client …", "código producto …".
            ReadOnlySpan<char> before = WordBefore(text, SkipGap(text, p - word.Length, out _));
            if (!before.IsEmpty && (NumberWords.Contains(before) || (Labels.TryGetValue(before, out LabelWord first) && first.Alone) || CodeLabels.Contains(before)))
            {
                return label.Kind;
            }
        }

        return IsSlashedPartLabel(text, word, p) ? ReferenceLabel.Article : ReferenceLabel.None;
    }

    /// <summary>Whether <paramref name="word"/>, ending at <paramref name="end"/>, is the "N" of "P/N" (a part number) or
    /// "S/N" (a serial number), written as a label of its own.</summary>
    private static bool IsSlashedPartLabel(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int end)
    {
        int slash = end - 2;
        return word.Length == 1 && word[0] is 'N' or 'n' && slash >= 1 && text[slash] == '/' && text[slash - 1] is 'P' or 'p' or 'S' or 's' &&
            (slash == 1 || !char.IsLetterOrDigit(text[slash - 2]));
    }

    /// <summary>Whether <paramref name="word"/>, ending at <paramref name="end"/> right before a number, says the number is
    /// an article number: "units of", or a replacement word (<paramref name="replacement"/>: "replaces", "superseded by").</summary>
    private static bool IsArticleNumberAfter(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int end, out bool replacement)
    {
        replacement = false;
        bool of = OfWords.Contains(word);
        ReadOnlySpan<char> previous = of || ByWords.Contains(word) ? WordBefore(text, SkipGap(text, end - word.Length, out _)) : word;
        if (of && QuantityUnits.Contains(previous))
        {
            return true;
        }

        replacement = ReplacementWords.Contains(previous);
        return replacement;
    }

    /// <summary>Whether a number word is the Portuguese, Spanish or Italian preposition "no" ("ligue para o cliente no
    /// 00351 …"): lower case and followed by a space, where the abbreviation of "number" is "No", "no." or "no:".</summary>
    private static bool IsPreposition(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int wordEnd) =>
        word.SequenceEqual("no") && wordEnd < text.Length && text[wordEnd] == ' ';

    /// <summary>Words that label a code, PIN or meeting id: a number after them is not a phone number even when a phone
    /// word is nearby ("dial-in code 4155550132", "PIN 555-0132", "Einwahlcode …").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeLabels = Lookup(
        "code", "pin", "passcode", "passcodes", "otp", "einwahlcode", "zugangscode", "pincode", "código", "codigo", "codice",
        "toegangscode", "zugangsnummer");

    /// <summary>Words that make "code" part of a phone number ("area code", "country code").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhoneCodeQualifiers = Lookup(
        "area", "country", "dialing", "dialling", "calling", "trunk", "city", "zip", "postal", "post");

    /// <summary>Words that make "id" a meeting or call id ("meeting ID 845 2231 9087", "call id 0123-4567").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MeetingWords = Lookup(
        "meeting", "conference", "webinar", "room", "session", "call", "konferenz", "besprechung", "réunion", "reunión", "riunione");

    /// <summary>Linking words between a code label and its number ("the access code is 555-0132").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkingWords = Lookup(
        "is", "ist", "lautet", "est", "es", "è", "é", "was");

    /// <summary>
    /// The word that labels the number at <paramref name="start"/>: the word before it, or the one before a linking word
    /// ("the access code is 555-0132"); <paramref name="end"/> is where that word ends.
    /// </summary>
    private static ReadOnlySpan<char> LabelBefore(ReadOnlySpan<char> text, int start, out int end)
    {
        end = SkipGap(text, start, out _);
        ReadOnlySpan<char> word = WordBefore(text, end);
        if (LinkingWords.Contains(word))
        {
            end = SkipGap(text, end - word.Length, out _);
            word = WordBefore(text, end);
        }

        return word;
    }

    /// <summary>Whether the number that starts at <paramref name="start"/> is directly labelled as a code, PIN or
    /// meeting id: such a label wins over a phone word nearby ("dial-in code" holds "dial").</summary>
    public static bool IsCodeDirectlyBefore(ReadOnlySpan<char> text, int start)
    {
        ReadOnlySpan<char> word = LabelBefore(text, start, out int p);

        bool id = word.Equals("id", StringComparison.OrdinalIgnoreCase);
        if (!id && !CodeLabels.Contains(word))
        {
            return false;
        }

        ReadOnlySpan<char> previous = WordBefore(text, SkipGap(text, p - word.Length, out _));
        return id ? MeetingWords.Contains(previous) : !PhoneCodeQualifiers.Contains(previous);
    }

    /// <summary>Words that own a number: possessive pronouns in the languages we claim ("my", "ihre", "mon", "mi", "il mio"…).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Possessives = Lookup(
        "my", "your", "his", "her", "our", "their", "mein", "meine", "dein", "deine", "sein", "seine", "ihr", "ihre", "unsere",
        "mon", "ton", "son", "notre", "votre", "leur", "mi", "tu", "su", "nuestro", "mio", "tuo", "suo", "nostro", "meu", "teu",
        "seu", "nosso", "mijn", "jouw", "zijn", "haar", "uw", "onze");

    /// <summary>Words that say "number" when it is someone's number ("my number is …", "the buyer's number: …").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonalNumberWords = Lookup(
        "number", "nummer", "numéro", "numero", "número");

    /// <summary>Whether the number that starts at <paramref name="start"/> is directly called someone's number ("my number
    /// is 5037094256", "the buyer's number is …", "meine Nummer: …", "mi número es …"): a person's number is a phone
    /// number, as a label is what makes an order number.</summary>
    public static bool IsPersonalNumberDirectlyBefore(ReadOnlySpan<char> text, int start)
    {
        ReadOnlySpan<char> word = LabelBefore(text, start, out int p);

        if (!PersonalNumberWords.Contains(word))
        {
            return false;
        }

        p -= word.Length;
        while (p > 0 && text[p - 1] == ' ')
        {
            p--;
        }

        // "the buyer's number", "Anna’s number", "the customers' number".
        if (p >= 2 && text[p - 1] is 's' or 'S' && text[p - 2] is '\'' or '’')
        {
            return true;
        }

        if (p >= 2 && text[p - 1] is '\'' or '’' && text[p - 2] is 's' or 'S')
        {
            return true;
        }

        return Possessives.Contains(WordBefore(text, p));
    }

    /// <summary>Words that name an identifier ("the database id is …", "identifiant : …").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IdWords = Lookup(
        "id", "ids", "identifier", "identifiant", "identificador", "identificativo", "identificatore", "kennung");

    /// <summary>Whether the value at <paramref name="start"/> is directly labelled as an id, after at most a linking word
    /// ("the database id is db205b…", "page_id=…", "objectId: …", "数据库ID：…"): what an id names is a record, not a
    /// secret, even in a sentence about keys.</summary>
    public static bool IsIdDirectlyBefore(ReadOnlySpan<char> text, int start)
    {
        int p = SkipIdGap(text, start);
        ReadOnlySpan<char> word = IdWordBefore(text, p);
        if (LinkingWords.Contains(word))
        {
            p = SkipIdGap(text, p - word.Length);
            word = IdWordBefore(text, p);
        }

        if (word.Length < 2)
        {
            return false;
        }

        // "page_id", "object-id", "objectId", "databaseID", "数据库ID"; not "paid" or "valid".
        char before = word.Length > 2 ? word[^3] : ' ';
        return IdWords.Contains(word) ||
            (word[^2] is 'i' or 'I' && word[^1] is 'd' or 'D' && (before is '_' or '-' || (word[^2] == 'I' && (char.IsAsciiLetterLower(before) || before > '\u007F'))));
    }

    /// <summary>Moves back over the spaces, quotes and marks between an id's label and its value (": ", "=", "\"", "：").</summary>
    private static int SkipIdGap(ReadOnlySpan<char> text, int p)
    {
        int limit = Math.Max(0, p - MaxGap);
        while (p > limit && text[p - 1] is ' ' or ':' or '=' or '"' or '\'' or '`' or '：' or '\u00A0')
        {
            p--;
        }

        return p;
    }

    /// <summary>The word that ends at <paramref name="end"/>, with the underscores and dashes of a key name.</summary>
    private static ReadOnlySpan<char> IdWordBefore(ReadOnlySpan<char> text, int end)
    {
        int s = end;
        while (s > 0 && end - s < 32 && (char.IsLetter(text[s - 1]) || text[s - 1] is '_' or '-'))
        {
            s--;
        }

        return text[s..end];
    }

    /// <summary>Moves back over spaces and label punctuation ("#", ":", ".", "-", "(") before <paramref name="p"/>.</summary>
    private static int SkipGap(ReadOnlySpan<char> text, int p, out bool hash)
    {
        hash = false;
        int limit = Math.Max(0, p - MaxGap);
        while (p > limit && text[p - 1] is ' ' or '#' or ':' or '.' or '-' or '(' or '\u00A0' or '№')
        {
            hash |= text[p - 1] is '#' or '№';
            p--;
        }

        return p;
    }

    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int end)
    {
        int s = end;
        while (s > 0 && end - s < 32 && (char.IsLetter(text[s - 1]) || text[s - 1] is 'º' or '°'))
        {
            s--;
        }

        return s > 0 && char.IsLetterOrDigit(text[s - 1]) ? [] : text[s..end];
    }

    private static FrozenDictionary<string, LabelWord>.AlternateLookup<ReadOnlySpan<char>> LabelKinds()
    {
        // Words that stand on their own first: a word in both lists ("bestell") needs no number word.
        var kinds = new Dictionary<string, LabelWord>(StringComparer.OrdinalIgnoreCase);
        Add(kinds, ReferenceWords, new LabelWord(ReferenceLabel.Reference, Alone: true));
        Add(kinds, ArticleWords, new LabelWord(ReferenceLabel.Article, Alone: true));
        Add(kinds, ReferenceWordsWithNumberWord, new LabelWord(ReferenceLabel.Reference, Alone: false));
        Add(kinds, ArticleWordsWithNumberWord, new LabelWord(ReferenceLabel.Article, Alone: false));
        return kinds.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        static void Add(Dictionary<string, LabelWord> kinds, string[] words, LabelWord label)
        {
            foreach (string word in words)
            {
                kinds.TryAdd(word, label);
            }
        }
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        FrozenSet.ToFrozenSet(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
