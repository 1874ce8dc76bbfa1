using System.Buffers;

namespace Governance.AI.Safety;

/// <summary>
/// Issue #17, session 25 (round 28): the conversation sent out through a link — a URL whose query leaves a value for the
/// model to fill ("?leak={conversation}", "?h=", "?data=") beside the whole conversation or its history ("substituting
/// the entire conversation so far", "en ajoutant tout l'historique de la conversation", "append the user's full chat
/// history"). A link a page or a log merely contains fills its values itself.
/// </summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>How far from the link (in token positions, a sentence break counting 8) the conversation may be named.</summary>
    private const int ExfiltrationReach = 16;

    /// <summary>The characters that end a link in running text.</summary>
    private static readonly SearchValues<char> LinkEnds = SearchValues.Create(" \t\r\n\"'<>)]");

    /// <summary>Records <c>embedded.conversation_link</c> at the first link with an open value beside the whole conversation named.</summary>
    private static void ScanConversationLinks(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, double factor, ref Accumulator acc)
    {
        for (var at = f.IndexOf("://", StringComparison.Ordinal); at >= 0;)
        {
            var rest = f[at..];
            var length = rest.IndexOfAny(LinkEnds);
            var end = at + (length < 0 ? rest.Length : length);
            // "How do I post the whole conversation to https://…?session= from my bot?" asks about one's own logging.
            if (HasOpenValue(f[at..end]) && !IsQuestionSentence(f, end))
            {
                var first = 0;
                while (first < tokens.Length && tokens[first].Start < at)
                {
                    first++;
                }

                if (first > 0 && WholeConversationNear(f, tokens, first - 1, at - 4, end))
                {
                    acc.Record(InjectionRules.SpecialConversationLink, factor, tokens[first - 1].Position);
                    return;
                }
            }

            var next = f[end..].IndexOf("://", StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }
    }

    /// <summary>A query value left open: empty ("?h=", "&amp;data=" at the end) or a placeholder ("={conversation}", "=[CHAT]", "=&lt;history&gt;").</summary>
    private static bool HasOpenValue(ReadOnlySpan<char> url)
    {
        var query = url.IndexOf('?');
        if (query < 0)
        {
            return false;
        }

        for (var i = query + 1; i < url.Length; i++)
        {
            if (url[i] == '=' && (i + 1 == url.Length || url[i + 1] is '&' or '{' or '[' or '<'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the whole conversation is named within <see cref="ExfiltrationReach"/> positions of the link (outside it):
    /// a conversation or chat word after a quantifier of the whole ("the entire conversation", "toda la conversación", "den
    /// gesamten Chatverlauf") or after "history" ("tout l'historique de la conversation"), or followed by "so far".
    /// </summary>
    private static bool WholeConversationNear(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int anchor, int linkStart, int linkEnd)
    {
        var p = tokens[anchor].Position;
        var from = anchor;
        while (from > 0 && tokens[from - 1].Position >= p - ExfiltrationReach)
        {
            from--;
        }

        var history = false;
        var quantifier = -1;
        for (var k = from; k < tokens.Length && tokens[k].Position <= p + ExfiltrationReach + 8; k++)
        {
            if (tokens[k].Start >= linkStart && tokens[k].Start < linkEnd)
            {
                continue;
            }

            var w = Word(f, tokens[k]);
            if (w is "entire" or "whole" or "full" or "complete" or "all" or "tout" or "toute" or "toda" or "todo" or "entera" or "completa" or "gesamte" or "gesamten" or "ganze" or "ganzen" or "komplette" or "kompletten")
            {
                quantifier = k;
            }
            else if (w is "history" or "historique" or "historial")
            {
                history = true;
                quantifier = k;
            }
            else if (w is "conversation" or "chat" or "transcript" or "conversacion" or "unterhaltung" or "gesprach" or "chatverlauf" or "messages" or "mensajes" or "nachrichten"
                && (history || (quantifier >= 0 && k <= quantifier + 4) || (k + 2 < tokens.Length && Word(f, tokens[k + 1]) is "so" && Word(f, tokens[k + 2]) is "far")))
            {
                return true;
            }
        }

        return false;
    }
}
