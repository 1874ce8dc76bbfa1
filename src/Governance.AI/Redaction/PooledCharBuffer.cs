using System.Buffers;

namespace Governance.AI.Redaction;

/// <summary>A growable character buffer on pooled arrays, so redacting a large text does not allocate a large
/// intermediate builder; only the final string is allocated.</summary>
internal struct PooledCharBuffer : IDisposable
{
    private char[] _array;
    private int _length;

    public PooledCharBuffer(int capacity)
    {
        _array = ArrayPool<char>.Shared.Rent(Math.Max(16, capacity));
        _length = 0;
    }

    public readonly int Length => _length;

    public void Append(char c)
    {
        if (_length == _array.Length)
        {
            Grow(1);
        }

        _array[_length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _array.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_array.AsSpan(_length));
        _length += text.Length;
    }

    public override readonly string ToString() => new(_array, 0, _length);

    public void Dispose()
    {
        char[] array = _array;
        _array = [];
        if (array.Length > 0)
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }

    private void Grow(int needed)
    {
        char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(_array.Length * 2, _length + needed));
        _array.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_array);
        _array = larger;
    }
}
