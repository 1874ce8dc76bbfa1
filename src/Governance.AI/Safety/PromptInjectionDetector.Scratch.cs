using System.Runtime.CompilerServices;

namespace Governance.AI.Safety;

/// <summary>The per-scan state: per-thread scratch buffers and the score accumulator.</summary>
public sealed partial class PromptInjectionDetector
{
    /// <summary>Per-thread, per-depth buffers, grown on demand and dropped when they would pin too much memory.</summary>
    private sealed class Scratch
    {
        private const int MaxRetained = 1 << 20;

        private char[] _folded = new char[4096];
        private SafetyToken[] _tokens = new SafetyToken[1024];
        private ulong[] _concepts = new ulong[1024];
        private ulong[] _rot13 = new ulong[1024];
        private int[] _sparse = new int[1024];

        /// <summary>Per anchor concept bit, its rules possible in the text being evaluated (see <c>Evaluate</c>).</summary>
        public AnchorRules[] PossibleRules { get; } = new AnchorRules[64];

        public char[] Folded(int length) => Ensure(ref _folded, length);

        public SafetyToken[] Tokens(int length) => Ensure(ref _tokens, length);

        public ulong[] Concepts(int length) => Ensure(ref _concepts, length);

        public ulong[] Rot13(int length) => Ensure(ref _rot13, length);

        public int[] Sparse(int length) => Ensure(ref _sparse, length);

        private static T[] Ensure<T>(ref T[] array, int length)
        {
            if (array.Length >= length)
            {
                return array;
            }

            var created = new T[Math.Max(length, array.Length * 2)];
            if (created.Length <= MaxRetained)
            {
                array = created;
            }

            return created;
        }
    }

    /// <summary>
    /// Collects the rules that fired and their scores. Rules of one group do not add up (the strongest counts); groups
    /// add up only where their evidence co-occurs: within <see cref="EvidenceSpan"/> positions of each other (the text is
    /// cut into spans, and a span counts together with the next). Weak rules of different groups far apart in a long
    /// text — a word of an override in one paragraph, an AI mentioned in another — are a document, not an attack; an
    /// attack's own parts stand together, also when it is buried in a pasted text. Evidence with no position in the text
    /// (markers, decoded payloads, rebuilt variants) counts with every span. Evidence inside a quotation given as an
    /// example (<see cref="RecordExample"/>) is held apart: groups that only examples raised count as their strongest,
    /// not as their sum, so a quoted sample of an attack is one piece of evidence however many rules its words fire.
    /// </summary>
    private struct Accumulator
    {
        // Beyond this many (span, group) scores a long text's further evidence counts with every span (as before spans).
        private const int MaxLocal = 32;

        private GroupScores _global;

        private LocalScores _local;

        private int _localCount;

        // The groups of _global raised by evidence outside example quotations.
        private ulong _globalDirect;

        public UInt128 Rules;

        public InjectionCategory Categories;

        /// <summary>The lexical model's highest window logit over the scanned segments.</summary>
        public double ModelLogit;

        /// <summary>The position of the scanned segment's first token, so that spans of different segments stay apart.</summary>
        public int PositionBase;

        /// <summary>Whether the text uses two different discussion words ("injection" and "attacker", not "attack" and "attacks").</summary>
        public bool HasTwoDiscussionWords;

        // The hash of the first discussion word without its plural ending, 0 before one is seen.
        private ulong _discussionStem;

        /// <summary>Notes a discussion word of the text (its concepts include <see cref="Concept.Meta"/>).</summary>
        public void NoteDiscussionWord(ReadOnlySpan<char> word)
        {
            // Words that discuss only as a question of meaning are ordinary vocabulary elsewhere (a "mean" of a trial,
            // a "paper", a "Satz"): they name no attack, defence or example.
            if (word is "mean" or "meaning" or "paper" or "phrase" or "satz" or "bedeutet" or "bedeutung" or "significa" or "frase" or "signifie")
            {
                return;
            }

            // A plural is the same word ("attack", "attacks"; "ataque", "ataques"; "Angriff", "Angriffe"), an agent or a
            // participle another ("attack", "attacker"; "injected", "injection"): the word is compared without a final
            // "s" and then a final "e".
            var length = word.Length;
            length -= length > 1 && word[length - 1] == 's' ? 1 : 0;
            length -= length > 1 && word[length - 1] == 'e' ? 1 : 0;
            var stem = TermTable<byte>.Hash(word[..length]) | 1;
            if (_discussionStem == 0)
            {
                _discussionStem = stem;
            }
            else if (stem != _discussionStem)
            {
                HasTwoDiscussionWords = true;
            }
        }

        /// <summary>Gets a value indicating whether any evidence lies outside quotations given as examples.</summary>
        public readonly bool HasDirectEvidence => _globalDirect != 0 || HasDirectLocal();

        /// <summary>Whether the rule already fired in this span at this score or more (for evidence outside examples, there too).</summary>
        public readonly bool HasAtLeast(int ruleIndex, InjectionRule rule, double factor, int position, bool example)
        {
            if ((Rules & (UInt128.One << ruleIndex)) == 0)
            {
                return false;
            }

            var score = rule.Weight * factor;
            if (_global[rule.Group] >= score && (example || (_globalDirect & (1UL << rule.Group)) != 0))
            {
                return true;
            }

            var span = SpanOf(position);
            for (var i = 0; i < _localCount; i++)
            {
                ref readonly var e = ref _local[i];
                if (e.Span == span && e.Group == rule.Group)
                {
                    return e.Score >= score && (example || e.Direct);
                }
            }

            return false;
        }

        /// <summary>Records a rule with no position in the text: it counts with every span.</summary>
        public void Record(int ruleIndex, double factor)
        {
            var rule = Mark(ruleIndex);
            var score = rule.Weight * factor;
            _globalDirect |= 1UL << rule.Group;
            if (score > _global[rule.Group])
            {
                _global[rule.Group] = score;
            }
        }

        /// <summary>Records a rule that fired at a token position of the scanned segment.</summary>
        public void Record(int ruleIndex, double factor, int position) => RecordAt(ruleIndex, factor, position, true);

        /// <summary>Records a rule that fired inside a quotation given as an example ("messages like '…'").</summary>
        public void RecordExample(int ruleIndex, double factor, int position) => RecordAt(ruleIndex, factor, position, false);

        private void RecordAt(int ruleIndex, double factor, int position, bool direct)
        {
            var rule = Mark(ruleIndex);
            var score = rule.Weight * factor;
            var span = SpanOf(position);
            for (var i = 0; i < _localCount; i++)
            {
                ref var e = ref _local[i];
                if (e.Span == span && e.Group == rule.Group)
                {
                    e.Score = Math.Max(e.Score, score);
                    e.Direct |= direct;
                    return;
                }
            }

            if (_localCount == MaxLocal)
            {
                _global[rule.Group] = Math.Max(_global[rule.Group], score);
                _globalDirect |= direct ? 1UL << rule.Group : 0;
                return;
            }

            _local[_localCount++] = new LocalScore(span, rule.Group, score, direct);
        }

        private readonly bool HasDirectLocal()
        {
            for (var i = 0; i < _localCount; i++)
            {
                if (_local[i].Direct)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Adds what a rescan of another text (decoded, rebuilt) found: its best co-occurring evidence, as evidence with no position.</summary>
        public void Merge(ref Accumulator other)
        {
            Rules |= other.Rules;
            Categories |= other.Categories;
            var best = other.BestSpan(out _);
            for (var g = 0; g < InjectionRules.GroupCount; g++)
            {
                if (best[g] > _global[g])
                {
                    _global[g] = best[g];
                    _globalDirect |= 1UL << g;
                }
            }
        }

        public readonly double Total()
        {
            BestSpan(out var total);
            return Math.Round(total, 6);
        }

        private readonly int SpanOf(int position) => (PositionBase + position) / EvidenceSpan;

        private InjectionRule Mark(int ruleIndex)
        {
            var rule = InjectionRules.All[ruleIndex];
            Rules |= UInt128.One << ruleIndex;
            Categories |= rule.Category;
            return rule;
        }

        /// <summary>The group scores of the span (with the next) whose groups add up to the most, and that sum.</summary>
        /// <remarks>
        /// Sums run over the groups in order, as a sum over all of them would, but leave out the groups at zero: adding
        /// zero changes no sum (none is -0), so each sum, and so the verdict, is bit for bit the full sum's. A span's
        /// scores are not copied: the groups it raises above <c>_global</c> are kept apart, and only the best span's
        /// scores are written out. (The full sums were a chain of 34 dependent additions and a 272-byte copy per span.)
        /// The groups are bits of a ulong: at most 64 (a test checks it).
        /// </remarks>
        private readonly GroupScores BestSpan(out double total)
        {
            ulong nonZero = 0;
            for (var g = 0; g < InjectionRules.GroupCount; g++)
            {
                nonZero |= _global[g] != 0 ? 1UL << g : 0;
            }

            GroupScores raised = default;
            total = SumOf(nonZero, 0, raised, _globalDirect);
            var bestSpan = -1;
            for (var i = 0; i < _localCount; i++)
            {
                var span = _local[i].Span;
                var raisedMask = Raise(span, ref raised, out var direct);
                var sum = SumOf(nonZero | raisedMask, raisedMask, raised, _globalDirect | direct);
                if (sum > total)
                {
                    total = sum;
                    bestSpan = i;
                }
            }

            var best = _global;
            if (bestSpan >= 0)
            {
                var mask = Raise(_local[bestSpan].Span, ref raised, out _);
                for (; mask != 0; mask &= mask - 1)
                {
                    var g = System.Numerics.BitOperations.TrailingZeroCount(mask);
                    best[g] = raised[g];
                }
            }

            return best;
        }

        /// <summary>
        /// The groups whose best score within <paramref name="span"/> and the next is above <c>_global</c>'s, with those
        /// scores in <paramref name="raised"/> (its other entries are left as they were), and in <paramref name="direct"/>
        /// the groups with evidence there outside example quotations.
        /// </summary>
        private readonly ulong Raise(int span, ref GroupScores raised, out ulong direct)
        {
            ulong mask = 0;
            direct = 0;
            for (var j = 0; j < _localCount; j++)
            {
                ref readonly var e = ref _local[j];
                if (e.Span == span || e.Span == span + 1)
                {
                    var bit = 1UL << e.Group;
                    direct |= e.Direct ? bit : 0;
                    if (e.Score > ((mask & bit) != 0 ? raised[e.Group] : _global[e.Group]))
                    {
                        raised[e.Group] = e.Score;
                        mask |= bit;
                    }
                }
            }

            return mask;
        }

        /// <summary>
        /// The sum, in group order, of the groups of <paramref name="groups"/> in <paramref name="direct"/>, plus the
        /// strongest of the others (raised only by examples): those of <paramref name="raisedMask"/> from
        /// <paramref name="raised"/>, the others from <c>_global</c>.
        /// </summary>
        private readonly double SumOf(ulong groups, ulong raisedMask, in GroupScores raised, ulong direct)
        {
            var total = 0.0;
            var example = 0.0;
            for (; groups != 0; groups &= groups - 1)
            {
                var g = System.Numerics.BitOperations.TrailingZeroCount(groups);
                var score = (raisedMask & (1UL << g)) != 0 ? raised[g] : _global[g];
                if ((direct & (1UL << g)) != 0)
                {
                    total += score;
                }
                else
                {
                    example = Math.Max(example, score);
                }
            }

            return total + example;
        }
    }

    /// <summary>The best score of one rule group within one span of positions.</summary>
    private record struct LocalScore(int Span, int Group, double Score, bool Direct);

    [InlineArray(32)]
    private struct LocalScores
    {
        private LocalScore _element;
    }

    [InlineArray(InjectionRules.GroupCount)]
    private struct GroupScores
    {
        private double _element;
    }
}
