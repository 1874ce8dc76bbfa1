using Governance.AI.Tests.Shared;
using Microsoft.AspNetCore.Http;

namespace GatewayService.Tests;

/// <summary>The gateway's upstream (OpenAI-compatible, or any service the gateway calls) on a real loopback port: records what it receives and answers as told.</summary>
internal sealed class StubUpstream : IAsyncDisposable
{
    public const string ApiKey = "sk-upstream-secret-0123456789";

    private readonly LoopbackHttpStub _http;

    private StubUpstream(LoopbackHttpStub http) => _http = http;

    /// <summary>Gets or sets how the stub answers; by default a one-line completion with usage.</summary>
    public Func<HttpContext, Task> Respond { get; set; } = context => JsonAsync(context, 200, Completion("Hello from upstream"));

    public Uri Endpoint => _http.Endpoint;

    public int Calls => _http.Calls;

    public string LastBody => _http.Bodies[^1];

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
        StubUpstream? stub = null;
        LoopbackHttpStub http = await LoopbackHttpStub.StartAsync((context, _) => stub!.Respond(context));
        stub = new StubUpstream(http);
        return stub;
    }

    public static string Completion(string text) =>
        $$$"""{"id":"chatcmpl-up","object":"chat.completion","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":"{{{text}}}"},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":2,"total_tokens":7}}""";

    public static Task JsonAsync(HttpContext context, int status, string json, params (string Name, string Value)[] headers) =>
        LoopbackHttpStub.JsonAsync(context, status, json, headers);

    public static Task EventsAsync(HttpContext context, params string[] events) => LoopbackHttpStub.EventsAsync(context, events);

    public ValueTask DisposeAsync() => _http.DisposeAsync();
}
