using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Governance.AI.Caching;

/// <summary>SIMD kernels for the vector index: float32 and int8 dot products and scalar quantization.</summary>
internal static class VectorKernels
{
    /// <summary>The largest magnitude of a quantized component.</summary>
    public const float QuantizationLevels = 127f;

    /// <summary>Normalizes <paramref name="source"/> to unit length into <paramref name="destination"/>.</summary>
    /// <returns><see langword="false"/> when the vector has no length (all zeros) or is not finite.</returns>
    public static bool TryNormalize(ReadOnlySpan<float> source, Span<float> destination)
    {
        float norm = TensorPrimitives.Norm(source);
        if (!(norm > 0f) || !float.IsFinite(norm))
        {
            return false;
        }

        TensorPrimitives.Divide(source, norm, destination);
        return true;
    }

    /// <summary>Quantizes a vector to int8 with a per-vector scale: <c>x ≈ scale × q</c>.</summary>
    /// <returns>The scale; 0 for an all-zero vector.</returns>
    public static float Quantize(ReadOnlySpan<float> source, Span<sbyte> destination)
    {
        float max = TensorPrimitives.MaxMagnitude(source);
        max = MathF.Abs(max);
        if (!(max > 0f))
        {
            destination[..source.Length].Clear();
            return 0f;
        }

        float inverse = QuantizationLevels / max;
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = (sbyte)Math.Clamp(MathF.Round(source[i] * inverse), -QuantizationLevels, QuantizationLevels);
        }

        return max / QuantizationLevels;
    }

    /// <summary>The float32 dot product of two vectors of the same length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        if (Vector512.IsHardwareAccelerated && x.Length >= 64 && (x.Length & 15) == 0)
        {
            return Dot512(ref MemoryMarshal.GetReference(x), ref MemoryMarshal.GetReference(y), x.Length);
        }

        return TensorPrimitives.Dot(x, y);
    }

    private static float Dot512(ref float x, ref float y, int length)
    {
        Vector512<float> a0 = Vector512<float>.Zero;
        Vector512<float> a1 = Vector512<float>.Zero;
        Vector512<float> a2 = Vector512<float>.Zero;
        Vector512<float> a3 = Vector512<float>.Zero;
        int i = 0;
        for (; i <= length - 64; i += 64)
        {
            a0 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref x, (nuint)i), Vector512.LoadUnsafe(ref y, (nuint)i), a0);
            a1 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref x, (nuint)(i + 16)), Vector512.LoadUnsafe(ref y, (nuint)(i + 16)), a1);
            a2 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref x, (nuint)(i + 32)), Vector512.LoadUnsafe(ref y, (nuint)(i + 32)), a2);
            a3 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref x, (nuint)(i + 48)), Vector512.LoadUnsafe(ref y, (nuint)(i + 48)), a3);
        }

        for (; i < length; i += 16)
        {
            a0 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref x, (nuint)i), Vector512.LoadUnsafe(ref y, (nuint)i), a0);
        }

        return Vector512.Sum((a0 + a1) + (a2 + a3));
    }

    /// <summary>Widens an int8 query once so that <see cref="DotInt8"/> reads it as int16 lanes.</summary>
    public static void Widen(ReadOnlySpan<sbyte> source, Span<short> destination)
    {
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = source[i];
        }
    }

    /// <summary>The integer dot product of an int8 vector with a query widened to int16.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DotInt8(ReadOnlySpan<sbyte> x, ReadOnlySpan<short> query)
    {
        int length = x.Length;
        if (Avx512BW.IsSupported && (length & 63) == 0)
        {
            return DotInt8Avx512(ref MemoryMarshal.GetReference(x), ref MemoryMarshal.GetReference(query), length);
        }

        if (Avx2.IsSupported && (length & 31) == 0)
        {
            return DotInt8Avx2(ref MemoryMarshal.GetReference(x), ref MemoryMarshal.GetReference(query), length);
        }

        int sum = 0;
        for (int i = 0; i < length; i++)
        {
            sum += x[i] * query[i];
        }

        return sum;
    }

    private static int DotInt8Avx512(ref sbyte x, ref short q, int length)
    {
        Vector512<int> a0 = Vector512<int>.Zero;
        Vector512<int> a1 = Vector512<int>.Zero;
        for (int i = 0; i < length; i += 64)
        {
            (Vector512<short> lo, Vector512<short> hi) = Vector512.Widen(Vector512.LoadUnsafe(ref x, (nuint)i));
            a0 = Avx512BW.Add(a0, Avx512BW.MultiplyAddAdjacent(lo, Vector512.LoadUnsafe(ref q, (nuint)i)));
            a1 = Avx512BW.Add(a1, Avx512BW.MultiplyAddAdjacent(hi, Vector512.LoadUnsafe(ref q, (nuint)(i + 32))));
        }

        return Vector512.Sum(a0 + a1);
    }

    private static int DotInt8Avx2(ref sbyte x, ref short q, int length)
    {
        Vector256<int> a0 = Vector256<int>.Zero;
        Vector256<int> a1 = Vector256<int>.Zero;
        for (int i = 0; i < length; i += 32)
        {
            (Vector256<short> lo, Vector256<short> hi) = Vector256.Widen(Vector256.LoadUnsafe(ref x, (nuint)i));
            a0 = Avx2.Add(a0, Avx2.MultiplyAddAdjacent(lo, Vector256.LoadUnsafe(ref q, (nuint)i)));
            a1 = Avx2.Add(a1, Avx2.MultiplyAddAdjacent(hi, Vector256.LoadUnsafe(ref q, (nuint)(i + 16))));
        }

        return Vector256.Sum(a0 + a1);
    }
}
