using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Governance.AI.Tests.Shared;

/// <summary>
/// A real HTTP server on 127.0.0.1 (a free port) that records every POST body and answers through
/// <see cref="Respond"/>: the one place the test projects host an upstream (an OpenAI-compatible API, a content-safety
/// service) for real clients to call. Linked into each test project that needs it.
/// </summary>
internal sealed class LoopbackHttpStub : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _bodies = new();
    private readonly WebApplication _app;

    private LoopbackHttpStub(WebApplication app, Func<HttpContext, string, Task> respond)
    {
        _app = app;
        Respond = respond;
    }

    /// <summary>Gets or sets how the stub answers a request, given its body.</summary>
    public Func<HttpContext, string, Task> Respond { get; set; }

    /// <summary>Gets the base address to give a client as its endpoint (ending in <c>/v1</c>).</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Gets the raw request bodies, in arrival order.</summary>
    public IReadOnlyList<string> Bodies => [.. _bodies];

    /// <summary>Gets how many requests arrived.</summary>
    public int Calls => _bodies.Count;

    /// <summary>Starts a stub on a free loopback port.</summary>
    /// <param name="respond">How the stub answers a request, given its body.</param>
    /// <returns>The started stub.</returns>
    public static async Task<LoopbackHttpStub> StartAsync(Func<HttpContext, string, Task> respond)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var stub = new LoopbackHttpStub(app, respond);
        app.MapPost("/{**path}", stub.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return stub;
    }

    /// <summary>Writes a JSON answer with a status and optional headers.</summary>
    public static async Task JsonAsync(HttpContext context, int status, string json, params (string Name, string Value)[] headers)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        foreach ((string name, string value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    /// <summary>Writes server-sent events, each flushed on its own, then <c>[DONE]</c>.</summary>
    public static async Task EventsAsync(HttpContext context, params string[] events)
    {
        context.Response.ContentType = "text/event-stream";
        foreach (string data in events)
        {
            await context.Response.WriteAsync("data: " + data + "\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }

        await context.Response.WriteAsync("data: [DONE]\n\n", context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        string body = await reader.ReadToEndAsync(context.RequestAborted);
        _bodies.Enqueue(body);
        await Respond(context, body);
    }
}
