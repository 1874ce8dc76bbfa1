namespace Governance.AI.Caching;

/// <summary>How the semantic index stores its vectors.</summary>
public enum VectorPrecision
{
    /// <summary>Normalized float32 vectors, scanned with SIMD dot products. Exact.</summary>
    Float32 = 0,

    /// <summary>
    /// Int8 scalar-quantized vectors with a per-vector scale: a quarter of the bytes to scan. The best candidates
    /// are rescored against the float32 vectors, so the answer is the float32 answer except in rare near-ties.
    /// </summary>
    Int8 = 1,
}
