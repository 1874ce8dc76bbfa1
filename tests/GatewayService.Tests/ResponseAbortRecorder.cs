using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GatewayService.Tests;

/// <summary>
/// Records, on the server, what a response had written when the endpoint aborted the connection. What the client
/// reads after an abort depends on how far it had read (the in-memory test server drops bytes not yet read), so a
/// test that must see what was sent before the abort looks here.
/// </summary>
internal sealed class ResponseAbortRecorder : IStartupFilter
{
    private readonly object _gate = new();
    private string? _writtenBeforeAbort;

    /// <summary>Gets the response text written before the first abort, or <see langword="null"/> when none aborted.</summary>
    public string? WrittenBeforeAbort
    {
        get
        {
            lock (_gate)
            {
                return _writtenBeforeAbort;
            }
        }
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var written = new MemoryStream();
            context.Response.Body = new TeeStream(context.Response.Body, written);
            IHttpRequestLifetimeFeature lifetime = context.Features.GetRequiredFeature<IHttpRequestLifetimeFeature>();
            context.Features.Set<IHttpRequestLifetimeFeature>(new RecordingLifetime(lifetime, () =>
            {
                lock (_gate)
                {
                    _writtenBeforeAbort ??= System.Text.Encoding.UTF8.GetString(written.ToArray());
                }
            }));
            await nextMiddleware(context);
        });
        next(app);
    };

    private sealed class RecordingLifetime(IHttpRequestLifetimeFeature inner, Action onAbort) : IHttpRequestLifetimeFeature
    {
        public CancellationToken RequestAborted
        {
            get => inner.RequestAborted;
            set => inner.RequestAborted = value;
        }

        public void Abort()
        {
            onAbort();
            inner.Abort();
        }
    }

    /// <summary>Writes to the response and to a copy.</summary>
    private sealed class TeeStream(Stream response, MemoryStream copy) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            copy.Write(buffer, offset, count);
            response.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            copy.Write(buffer.Span);
            await response.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => response.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => response.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
