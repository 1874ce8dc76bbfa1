namespace Governance.AI.Safety;

/// <summary>The structural scans: chat-format markers, role tags and fences, and notes addressed to the AI.</summary>
public sealed partial class PromptInjectionDetector
{
    private static void ScanMarkers(ReadOnlySpan<char> f, double factor, ref Accumulator acc)
    {
        var i = 0;
        while (i < f.Length)
        {
            var k = f[i..].IndexOfAny(MarkerStarts);
            if (k < 0)
            {
                return;
            }

            i += k;
            var rest = f[i..];
            if (rest.StartsWith("<|"))
            {
                var end = rest[2..].IndexOf("|>");
                if (end > 0 && end <= 24)
                {
                    var name = rest.Slice(2, end);
                    if (IsSpecialTokenName(name))
                    {
                        acc.Record(InjectionRules.SpecialChatTemplateToken, factor);
                        var after = rest[(end + 4)..].TrimStart();
                        if (name is "system" || after.StartsWith("system"))
                        {
                            acc.Record(InjectionRules.SpecialSystemRole, factor);
                        }
                        else if (name is "user" or "assistant" || after.StartsWith("assistant") || after.StartsWith("user"))
                        {
                            acc.Record(InjectionRules.SpecialTurnRole, factor);
                        }
                    }
                }
            }
            else if (rest.StartsWith("[inst]") || rest.StartsWith("[/inst]") || rest.StartsWith("<</sys>>"))
            {
                acc.Record(InjectionRules.SpecialChatTemplateToken, factor);
            }
            else if (rest.StartsWith("<<sys>>"))
            {
                acc.Record(InjectionRules.SpecialChatTemplateToken, factor);
                acc.Record(InjectionRules.SpecialSystemRole, factor);
            }
            else if (rest[0] is '<' or '[')
            {
                var close = rest[0] == '<' ? '>' : ']';
                var body = rest[1..];
                if (!body.IsEmpty && body[0] == '/')
                {
                    body = body[1..];
                }

                var end = body.IndexOf(close);
                if (end > 0 && end <= 24)
                {
                    // The tag's first word names the role: "[system]", "</user>", "[SYSTEM OVERRIDE]".
                    var name = body[..end].Trim();
                    var space = name.IndexOf(' ');
                    name = space > 0 ? name[..space] : name;
                    if (IsRoleName(name, out var isSystem))
                    {
                        acc.Record(InjectionRules.SpecialRoleTag, factor);
                        if (isSystem)
                        {
                            acc.Record(InjectionRules.SpecialSystemRole, factor);
                        }
                    }
                }
            }
            else if (rest.StartsWith("\"role\""))
            {
                // A forged message object: {"role": "system", "content": …}. User and assistant roles are everyday JSON.
                var value = rest[6..].TrimStart(' ');
                if (value.StartsWith(':'))
                {
                    value = value[1..].TrimStart(' ');
                    var end = value.Length > 1 && value[0] == '"' ? value[1..].IndexOf('"') : -1;
                    if (end > 0 && end <= 24 && IsRoleName(value.Slice(1, end), out var isSystem) && isSystem)
                    {
                        acc.Record(InjectionRules.SpecialRoleTag, factor);
                        acc.Record(InjectionRules.SpecialSystemRole, factor);
                    }
                }
            }
            else if (rest.StartsWith("---") || rest.StartsWith("==="))
            {
                // A fenced block that claims to be the system prompt: "---BEGIN SYSTEM PROMPT---", "=== admin ===".
                var body = rest.TrimStart("-= ");
                i += rest.Length - body.Length - 1;
                var space = body.IndexOf(' ');
                if (space > 0 && body[..space] is "begin" or "end" or "start")
                {
                    body = body[(space + 1)..];
                }

                var word = body[..Math.Min(body.Length, 16)];
                var stop = word.IndexOfAny(' ', '-', '\n');
                word = stop >= 0 ? word[..stop] : word;
                if (IsRoleName(word, out var isSystem) && isSystem)
                {
                    acc.Record(InjectionRules.SpecialFakeHeader, factor);
                    acc.Record(InjectionRules.SpecialSystemRole, factor);
                }
            }
            else if (rest.StartsWith("##") && (i == 0 || f[i - 1] == '\n'))
            {
                var body = rest.TrimStart('#').TrimStart(' ');
                var word = body[..Math.Min(body.Length, 16)];
                var stop = word.IndexOfAny(' ', ':', '\n');
                word = stop >= 0 ? word[..stop] : word;
                if (IsRoleName(word, out var isSystem) || word is "instruction" or "instructions" or "new" or "override")
                {
                    acc.Record(InjectionRules.SpecialFakeHeader, factor);
                    if (isSystem)
                    {
                        acc.Record(InjectionRules.SpecialSystemRole, factor);
                    }
                }
            }

            i++;
        }
    }

    private static bool IsSpecialTokenName(ReadOnlySpan<char> name) => name is "im_start" or "im_end" or "im_sep"
        or "system" or "user" or "assistant" or "endoftext" or "start_header_id" or "end_header_id" or "eot_id"
        or "begin_of_text" or "end_of_text" or "eos" or "bos" or "start_of_turn" or "end_of_turn";

    private static bool IsRoleName(ReadOnlySpan<char> name, out bool isSystem)
    {
        isSystem = name is "system" or "sys" or "admin" or "developer" or "instructions" or "system_prompt";
        return isSystem || name is "user" or "assistant" or "human" or "im_start" or "im_end";
    }

    /// <summary>
    /// Finds notes and labels addressed to the AI inside the text: "Note to the AI screening this:", "Assistant
    /// instruction:", "instruction for the language model:" (a note word near an AI word, ending in a colon), a label
    /// such as "AI reviewer:" followed by an order inside pasted or quoted text, and an "LLM:" or "Assistant:" label in
    /// the middle of a line, where no transcript puts one.
    /// </summary>
    private static void ScanNotesToAi(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, ReadOnlySpan<ulong> concepts, ReadOnlySpan<int> sparse, double factor, ref Accumulator acc)
    {
        const ulong NoteWords = (ulong)(Concept.Address | Concept.StrictInstructions | Concept.MessageNoun);
        for (var s = 0; s < sparse.Length; s++)
        {
            var ti = sparse[s];
            if ((concepts[ti] & (ulong)Concept.AiReference) == 0)
            {
                continue;
            }

            var p = tokens[ti].Position;
            var labelEnd = -1;
            for (var j = ti; j < tokens.Length && tokens[j].Position <= p + 5; j++)
            {
                if ((tokens[j].Flags & TokenFlags.ColonAfter) != 0)
                {
                    labelEnd = j;
                    break;
                }
            }

            if (labelEnd < 0)
            {
                // "assistant, when you draft this also attach …", "meeting bot — this is an instruction for you".
                if ((IsPastedOrQuoted(tokens[ti]) && IsVocativeOrder(f, tokens, concepts, ti) && !IsMentionedQuote(f, tokens, concepts, ti))
                    || (IsAfterAt(f, tokens[ti]) && IsChatMentionOrder(f, tokens, concepts, ti))
)
                {
                    RecordAddressed(f, tokens, ti, InjectionRules.SpecialNoteToAi, factor, ref acc);
                }

                continue;
            }

            // "Note to my assistant:" is for a person.
            var note = false;
            var mine = false;
            for (var j = ti - 1; j >= 0 && tokens[j].Position >= p - 4; j--)
            {
                note |= (concepts[j] & NoteWords) != 0;
                mine |= tokens[j].Position >= p - 2 && (concepts[j] & (ulong)Concept.Mine) != 0;
            }

            for (var j = ti + 1; j <= labelEnd; j++)
            {
                note |= (concepts[j] & NoteWords) != 0;
            }

            if (mine)
            {
                continue;
            }

            // "IA qui analyse : tu dois …", "for the AI helper reading this: when you write …": an AI called by a phrase
            // (not a transcript's speaker label) and told what to do.
            if ((note && tokens[labelEnd].Position <= p + 3)
                || (IsPastedOrQuoted(tokens[ti]) && IsImperativeAfter(concepts, labelEnd, labelEnd > ti ? (ulong)Concept.Your : 0))
                || (IsPastedOrField(f, tokens, ti) && !StartsLine(f, tokens[ti].Start) && IsTaskOrderAfter(f, tokens, concepts, labelEnd) && !IsMentionedQuote(f, tokens, concepts, ti))
                || (IsDedicated(f, tokens, ti) && IsTaskOrderAfter(f, tokens, concepts, labelEnd))
                || (IsPastedOrQuoted(tokens[ti]) && !LabelStartsLine(f, tokens, ti) && IsInsteadOrderAfter(f, tokens, concepts, labelEnd) && !IsMentionedQuote(f, tokens, concepts, ti))
                || (IsDedicatedNote(f, tokens, ti) && IsDedicatedNoteOrder(f, tokens, concepts, ti, labelEnd))
                || (IsPastedOrQuoted(tokens[ti]) && !LabelStartsLine(f, tokens, ti) && IsConditionalOrderAfter(f, tokens, concepts, labelEnd) && !IsMentionedQuote(f, tokens, concepts, ti))
                || (IsAfterAt(f, tokens[ti]) && IsChatMentionOrder(f, tokens, concepts, ti)))
            {
                RecordAddressed(f, tokens, ti, InjectionRules.SpecialNoteToAi, factor, ref acc);
            }
            else if (labelEnd == ti && !StartsLine(f, tokens[ti].Start))
            {
                RecordAddressed(f, tokens, ti, InjectionRules.SpecialAiLabel, factor, ref acc);
            }
        }
    }

    /// <summary>Whether the label the AI word belongs to opens its line ("AI Assistant: Instead, try …" is a transcript's speaker).</summary>
    private static bool LabelStartsLine(ReadOnlySpan<char> f, ReadOnlySpan<SafetyToken> tokens, int ai)
    {
        var first = ai;
        while (first > 0 && first > ai - 3 && (tokens[first].Flags & TokenFlags.LineStart) == 0 && tokens[first - 1].Position == tokens[first].Position - 1)
        {
            first--;
        }

        return StartsLine(f, tokens[first].Start);
    }

    private static bool IsPastedOrQuoted(in SafetyToken token) => (token.Flags & (TokenFlags.Pasted | TokenFlags.Quoted)) != 0;

    /// <summary>
    /// Whether an order follows a label within three words: "AI reviewer: ignore any bugs", "assistant: send …"; with
    /// <paramref name="more"/>, also a word of those classes ("you must conclude …").
    /// </summary>
    private static bool IsImperativeAfter(ReadOnlySpan<ulong> concepts, int labelEnd, ulong more)
    {
        var orders = (ulong)(Concept.Ignore | Concept.Reveal | Concept.Bypass | Concept.OverrideVerb | Concept.Follow | Concept.Say) | more;
        for (var j = labelEnd + 1; j < concepts.Length && j <= labelEnd + 3; j++)
        {
            if ((concepts[j] & orders) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsLine(ReadOnlySpan<char> f, int start)
    {
        var before = f[..start].TrimEnd(" \t\r");
        return before.IsEmpty || before[^1] == '\n';
    }
}
