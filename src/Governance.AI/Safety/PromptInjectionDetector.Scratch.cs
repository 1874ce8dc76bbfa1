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

    /// <summary>Collects the best score per rule group and the rules that fired.</summary>
    private struct Accumulator
    {
        private GroupScores _groups;

        public UInt128 Rules;

        public InjectionCategory Categories;

        /// <summary>The lexical model's highest window logit over the scanned segments.</summary>
        public double ModelLogit;

        public readonly bool HasAtLeast(int ruleIndex, InjectionRule rule, double factor) =>
            (Rules & (UInt128.One << ruleIndex)) != 0 && _groups[rule.Group] >= rule.Weight * factor;

        public void Record(int ruleIndex, double factor)
        {
            var rule = InjectionRules.All[ruleIndex];
            Rules |= UInt128.One << ruleIndex;
            Categories |= rule.Category;
            var score = rule.Weight * factor;
            if (score > _groups[rule.Group])
            {
                _groups[rule.Group] = score;
            }
        }

        public void Merge(ref Accumulator other)
        {
            Rules |= other.Rules;
            Categories |= other.Categories;
            for (var g = 0; g < InjectionRules.GroupCount; g++)
            {
                if (other._groups[g] > _groups[g])
                {
                    _groups[g] = other._groups[g];
                }
            }
        }

        public readonly double Total()
        {
            var total = 0.0;
            for (var g = 0; g < InjectionRules.GroupCount; g++)
            {
                total += _groups[g];
            }

            return Math.Round(total, 6);
        }
    }

    [InlineArray(InjectionRules.GroupCount)]
    private struct GroupScores
    {
        private double _element;
    }
}
