using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Governance.AI.Tests.Ecosystem;

/// <summary>
/// A local OpenAI-compatible chat completions server on 127.0.0.1 (a free port) that records every raw request body.
/// A request without a tool result answers with a call of <see cref="ToolName"/>; one carrying a tool result answers
/// with <see cref="FinalAnswer"/>. Both shapes are also served as server-sent events when the request asks to stream.
/// </summary>
internal sealed class OpenAiCompatibleStub : IAsyncDisposable
{
    public const string Model = "gpt-4o-mini";
    public const string ToolName = "get_weather";
    public const string FinalAnswer = "It is sunny in Paris.";
    public const int PromptTokens = 40;
    public const int CompletionTokens = 9;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();

    private OpenAiCompatibleStub(WebApplication app) => _app = app;

    /// <summary>Gets the base address to give the OpenAI client as its endpoint (ending in <c>/v1</c>).</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Gets the raw JSON bodies of the chat completion requests, in arrival order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public static async Task<OpenAiCompatibleStub> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var stub = new OpenAiCompatibleStub(app);
        app.MapPost("/v1/chat/completions", stub.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return stub;
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
        _requests.Enqueue(body);

        JsonNode request = JsonNode.Parse(body)!;
        bool hasToolResult = request["messages"]!.AsArray().Any(m => (string?)m!["role"] == "tool");
        bool stream = request["stream"] is JsonValue streamValue && streamValue.GetValue<bool>();
        string id = "chatcmpl-" + _requests.Count.ToString(CultureInfo.InvariantCulture);

        JsonObject message = hasToolResult
            ? new JsonObject { ["role"] = "assistant", ["content"] = FinalAnswer }
            : new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = ToolCalls(includeIndex: false) };
        string finishReason = hasToolResult ? "stop" : "tool_calls";

        if (!stream)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Envelope(id, "chat.completion", new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["finish_reason"] = finishReason,
            }).ToJsonString(), context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/event-stream";
        JsonObject delta = hasToolResult
            ? new JsonObject { ["role"] = "assistant", ["content"] = FinalAnswer }
            : new JsonObject { ["role"] = "assistant", ["tool_calls"] = ToolCalls(includeIndex: true) };
        JsonObject first = Envelope(id, "chat.completion.chunk", new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = null });
        first.Remove("usage");
        JsonObject last = Envelope(id, "chat.completion.chunk", new JsonObject { ["index"] = 0, ["delta"] = new JsonObject(), ["finish_reason"] = finishReason });
        await context.Response.WriteAsync($"data: {first.ToJsonString()}\n\ndata: {last.ToJsonString()}\n\ndata: [DONE]\n\n", context.RequestAborted);
    }

    private static JsonArray ToolCalls(bool includeIndex)
    {
        var call = new JsonObject
        {
            ["id"] = "call_1",
            ["type"] = "function",
            ["function"] = new JsonObject { ["name"] = ToolName, ["arguments"] = "{\"city\":\"Paris\"}" },
        };
        if (includeIndex)
        {
            call["index"] = 0;
        }

        return [call];
    }

    private static JsonObject Envelope(string id, string objectType, JsonObject choice) => new()
    {
        ["id"] = id,
        ["object"] = objectType,
        ["created"] = 1_767_225_600,
        ["model"] = Model,
        ["choices"] = new JsonArray(choice),
        ["usage"] = new JsonObject
        {
            ["prompt_tokens"] = PromptTokens,
            ["completion_tokens"] = CompletionTokens,
            ["total_tokens"] = PromptTokens + CompletionTokens,
        },
    };
}
