using System.Buffers;
using System.Runtime.CompilerServices;

namespace Governance.AI.Caching;

/// <content>
/// Requests recalled by identity: with deferral on, normalized texts are kept by reference and written into the
/// buffer only when the fields are needed as bytes. A request whose texts are the very string instances of an earlier
/// one (the same messages sent again, a conversation's history kept by the application) gets its keys after the other
/// fields are compared byte for byte and each text by reference: a string never changes, so the same instance is the
/// same text, and nothing is normalized, encoded or hashed again. The keys stay the SHA-256 of the whole fields.
/// </content>
internal sealed partial class KeyHash
{
    // Requests recalled by identity hold their texts alive: at most MaxRememberedBytes characters of them each.
    private const int RecalledCapacity = 256;

    // A content sent again in new string instances each time (a request deserialized anew) would make a new identity
    // entry per call: each content makes at most this many.
    private const int IdentityStoresPerContent = 2;

    /// <summary>
    /// Request keys by identity. Entries are made only for fields the content memo (<see cref="RememberedKeys"/>)
    /// already held, at most <see cref="IdentityStoresPerContent"/> per content, so a request that never repeats
    /// allocates nothing here.
    /// </summary>
    private static readonly TextHashMemo<string?, RecalledRequest> RecalledByIdentity = new(RecalledCapacity);

    private bool _defersTexts;

    // The texts added by reference, in order, each with the buffer offset it belongs at.
    private DeferredText[]? _deferred;
    private int _deferredCount;
    private int _deferredChars;
    private bool _materializing;

    // The buffer as it was before the deferred texts were written in: what an identity entry compares.
    private byte[]? _fixedFields;
    private int _fixedLength;
    private int _fixedTexts;
    private int _partitionEndBeforeTexts = -1;

    // Where the partition's fields end (MarkPartitionEnd), in the buffer and among the deferred texts.
    private int _partitionEnd = -1;
    private int _partitionTexts;
    private bool _partitionStreamed;
    private string? _partitionKeyBeforeStreaming;

    /// <summary>
    /// Marks the end of the partition's fields, which lead a request's: <see cref="FinishRequest"/> gives the key
    /// <see cref="Finish()"/> would have given here, unless these fields were already streamed out of the buffer.
    /// </summary>
    public void MarkPartitionEnd()
    {
        _partitionEnd = _length;
        _partitionTexts = _deferredCount;
        _partitionStreamed = _streamed is not null;
    }

    /// <summary>
    /// Gets the request key (<paramref name="prefix"/>, then the whole digest in hex) and the key of the partition's
    /// fields (before <see cref="MarkPartitionEnd"/>): recalled by identity for a request sent again in the same
    /// instances, else from the fields' bytes (remembered keys, then SHA-256).
    /// </summary>
    /// <param name="prefix">What the request key starts with.</param>
    /// <param name="partition">The partition key; <see langword="null"/> when its fields were streamed out of the buffer (large binary parts) or a field had no stable form.</param>
    /// <returns>The request key, or <see langword="null"/> when a field had no stable form.</returns>
    public string? FinishRequest(string prefix, out string? partition)
    {
        partition = null;
        if (_unhashable)
        {
            return null;
        }

        bool byIdentity = _deferredCount > 0 && _streamed is null;
        UInt128 identity = default;
        if (byIdentity)
        {
            identity = IdentityHash();
            if (RecalledByIdentity.TryGet(identity, _length, prefix, out RecalledRequest? recalled)
                && recalled.Matches(_buffer.AsSpan(0, _length), _deferred.AsSpan(0, _deferredCount), _partitionEnd, _partitionTexts))
            {
                partition = recalled.Partition;
                return recalled.Key;
            }
        }

        Materialize();
        if (_streamed is not null)
        {
            partition = _partitionStreamed ? null : _partitionKeyBeforeStreaming;
            return Key(prefix);
        }

        string key = RequestKey(_buffer.AsSpan(0, _length), prefix, _partitionEnd, out string partitionKey, out RememberedKey? content);
        partition = partitionKey;
        if (byIdentity && content is not null && content.TryTakeIdentityStore())
        {
            RecalledByIdentity.Set(identity, _fixedLength, prefix, new RecalledRequest(
                _fixedFields.AsSpan(0, _fixedLength).ToArray(), _deferred.AsSpan(0, _fixedTexts).ToArray(), _partitionEndBeforeTexts, _partitionTexts, key, partitionKey));
        }

        return key;
    }

    /// <summary>Keeps a text by reference when deferral is on and the texts kept stay small enough to be recalled.</summary>
    private bool TryDefer(string text)
    {
        if (!_defersTexts || _streamed is not null || _deferredChars + text.Length > MaxRememberedBytes)
        {
            return false;
        }

        DeferredText[] deferred = _deferred ??= ArrayPool<DeferredText>.Shared.Rent(8);
        if (_deferredCount == deferred.Length)
        {
            DeferredText[] larger = ArrayPool<DeferredText>.Shared.Rent(deferred.Length * 2);
            deferred.AsSpan().CopyTo(larger);
            ArrayPool<DeferredText>.Shared.Return(deferred, clearArray: true);
            _deferred = deferred = larger;
        }

        deferred[_deferredCount++] = new DeferredText(_length, text);
        _deferredChars += text.Length;
        return true;
    }

    /// <summary>The identity of the fields: the buffer without the texts, and each text's place and instance.</summary>
    private UInt128 IdentityHash()
    {
        ulong mix = (ulong)(uint)_partitionEnd << 32 | (uint)_partitionTexts;
        for (int i = 0; i < _deferredCount; i++)
        {
            DeferredText text = _deferred![i];
            mix = (mix ^ ((ulong)(uint)text.Offset << 32) ^ (uint)RuntimeHelpers.GetHashCode(text.Text)) * 0x9E3779B97F4A7C15UL;
        }

        return TextDigests.HashBytes(_buffer.AsSpan(0, _length)) ^ mix;
    }

    /// <summary>Writes the deferred texts into the buffer at their places, keeping the buffer without them for an identity entry.</summary>
    private void Materialize()
    {
        int count = _deferredCount;
        if (count == 0)
        {
            return;
        }

        DeferredText[] deferred = _deferred!;
        byte[] fixedFields = _buffer;
        int fixedLength = _length;
        _fixedFields = fixedFields;
        _fixedLength = fixedLength;
        _fixedTexts = count;
        _partitionEndBeforeTexts = _partitionEnd;
        _buffer = ArrayPool<byte>.Shared.Rent(fixedLength + (2 * _deferredChars) + (count * sizeof(long)) + 64);
        _length = 0;
        _deferredCount = 0;
        _materializing = true;
        int copied = 0;
        int partitionShift = 0;
        for (int i = 0; i < count; i++)
        {
            DeferredText text = deferred[i];
            AppendFixed(fixedFields.AsSpan(copied, text.Offset - copied));
            copied = text.Offset;
            int before = _length;
            WriteNormalizedText(text.Text);
            if (i < _partitionTexts)
            {
                partitionShift += _length - before;
            }
        }

        AppendFixed(fixedFields.AsSpan(copied, fixedLength - copied));
        _materializing = false;
        if (_partitionEnd >= 0)
        {
            _partitionEnd += partitionShift;
        }
    }

    private void AppendFixed(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
    }

    /// <summary>Before the buffer is first streamed: the partition's key, if its fields are all still in the buffer.</summary>
    private void TakePartitionKeyBeforeStreaming()
    {
        if (_partitionEnd >= 0 && !_unhashable && _partitionKeyBeforeStreaming is null)
        {
            _partitionKeyBeforeStreaming = Key(_buffer.AsSpan(0, _partitionEnd), null);
        }
    }

    private void ReturnDeferred()
    {
        if (_deferred is not null)
        {
            ArrayPool<DeferredText>.Shared.Return(_deferred, clearArray: true);
            _deferred = null;
        }

        if (_fixedFields is not null)
        {
            ArrayPool<byte>.Shared.Return(_fixedFields);
            _fixedFields = null;
        }
    }

    /// <summary>A text added by reference and the buffer offset it belongs at.</summary>
    private readonly record struct DeferredText(int Offset, string Text);

    /// <summary>A request's keys and what identifies its fields: the bytes without the texts, and each text's place and instance.</summary>
    private sealed class RecalledRequest(byte[] fields, DeferredText[] texts, int partitionEnd, int partitionTexts, string key, string partition)
    {
        public string Key => key;

        public string Partition => partition;

        public bool Matches(ReadOnlySpan<byte> otherFields, ReadOnlySpan<DeferredText> otherTexts, int otherPartitionEnd, int otherPartitionTexts)
        {
            if (otherTexts.Length != texts.Length || otherPartitionEnd != partitionEnd || otherPartitionTexts != partitionTexts
                || !otherFields.SequenceEqual(fields))
            {
                return false;
            }

            for (int i = 0; i < texts.Length; i++)
            {
                // By reference: the same string instance is the same text, compared in full at no cost.
                if (otherTexts[i].Offset != texts[i].Offset || !ReferenceEquals(otherTexts[i].Text, texts[i].Text))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
