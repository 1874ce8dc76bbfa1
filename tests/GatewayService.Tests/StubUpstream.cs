using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GatewayService.Tests;

/// <summary>A local HTTP upstream (OpenAI-compatible, or any service the gateway calls) on a real 127.0.0.1 port that records what it receives and answers as told.</summary>
internal sealed class StubUpstream : IAsyncDisposable
{
    public const string ApiKey = "sk-upstream-secret-0123456789";

    private readonly List<string> _bodies = [];
    private WebApplication? _app;

    private StubUpstream()
    {
    }

    /// <summary>Gets or sets how the stub answers; by default a one-line completion with usage.</summary>
    public Func<HttpContext, Task> Respond { get; set; } = context => JsonAsync(context, 200, Completion("Hello from upstream"));

    public Uri Endpoint { get; private set; } = null!;

    public int Calls
    {
        get
        {
            lock (_bodies)
            {
                return _bodies.Count;
            }
        }
    }

    public string LastBody
    {
        get
        {
            lock (_bodies)
            {
                return _bodies[^1];
            }
        }
    }

    /// <summary>The gateway settings that point its upstream at this stub.</summary>
    public Dictionary<string, string?> GatewaySettings(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:Upstream:Endpoint"] = Endpoint.ToString(),
            ["Gateway:Upstream:ApiKey"] = ApiKey,
        };
        foreach ((string key, string? value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task<StubUpstream> StartAsync()
    {
        var stub = new StubUpstream();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        app.MapPost("/{**path}", async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            string body = await reader.ReadToEndAsync();
            lock (stub._bodies)
            {
                stub._bodies.Add(body);
            }

            await stub.Respond(context);
        });
        await app.StartAsync();
        stub._app = app;
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return stub;
    }

    public static string Completion(string text) =>
        $$$"""{"id":"chatcmpl-up","object":"chat.completion","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":"{{{text}}}"},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}""";

    public static async Task JsonAsync(HttpContext context, int status, string json, params (string Name, string Value)[] headers)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        foreach ((string name, string value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(json);
    }

    public static async Task EventsAsync(HttpContext context, params string[] events)
    {
        context.Response.ContentType = "text/event-stream";
        foreach (string data in events)
        {
            await context.Response.WriteAsync("data: " + data + "\n\n");
            await context.Response.Body.FlushAsync();
        }

        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
