using System.Buffers;

namespace Governance.AI.Caching;

/// <content>
/// The request key's hash object, reused by the thread that made it: every cache lookup computes a request key, and a
/// new object rents its field buffer and its deferred-text array from the shared pools and gives them back at the end;
/// the reused one keeps both (texts cleared, so no prompt stays reachable), and is given out again only once disposed.
/// </content>
internal sealed partial class KeyHash
{
    // A buffer grown past this size (large binary parts, long conversations) goes back to the pool instead of being kept.
    private const int MaxKeptBuffer = 16 * 1024;

    [ThreadStatic]
    private static KeyHash? t_request;

    private bool _reusable;

    /// <summary>
    /// Gets a hash for a request key (<see cref="FinishRequest"/>), texts deferred: this thread's kept one when it is
    /// free, else a new one. Dispose it when done; it is handed out again only then.
    /// </summary>
    public static KeyHash ForRequest()
    {
        KeyHash? kept = t_request;
        if (kept is null)
        {
            return new KeyHash(defersTexts: true) { _reusable = true };
        }

        t_request = null;
        return kept;
    }

    /// <summary>Clears the state of the key just made and keeps the object for this thread's next request; false when it cannot be kept.</summary>
    private bool TryKeepForReuse()
    {
        if (_buffer.Length > MaxKeptBuffer || (_deferred is { } deferred && deferred.Length > 64) || t_request is not null)
        {
            return false;
        }

        _streamed?.Dispose();
        _streamed = null;
        if (_fixedFields is not null)
        {
            ArrayPool<byte>.Shared.Return(_fixedFields);
            _fixedFields = null;
        }

        if (_deferred is not null)
        {
            // The texts are the request's strings: not kept alive by a thread's idle object.
            Array.Clear(_deferred);
        }

        _length = 0;
        _unhashable = false;
        _deferredCount = 0;
        _deferredChars = 0;
        _materializing = false;
        _fixedLength = 0;
        _fixedTexts = 0;
        _partitionEndBeforeTexts = -1;
        _partitionEnd = -1;
        _partitionTexts = 0;
        _partitionStreamed = false;
        _partitionKeyBeforeStreaming = null;
        t_request = this;
        return true;
    }
}
