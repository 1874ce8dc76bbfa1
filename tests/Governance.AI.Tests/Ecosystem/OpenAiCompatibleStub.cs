using System.Globalization;
using System.Text.Json.Nodes;
using Governance.AI.Tests.Shared;
using Microsoft.AspNetCore.Http;

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

    private static int s_responses;
    private readonly LoopbackHttpStub _http;

    private OpenAiCompatibleStub(LoopbackHttpStub http) => _http = http;

    /// <summary>Gets the base address to give the OpenAI client as its endpoint (ending in <c>/v1</c>).</summary>
    public Uri Endpoint => _http.Endpoint;

    /// <summary>Gets the raw JSON bodies of the chat completion requests, in arrival order.</summary>
    public IReadOnlyList<string> Requests => _http.Bodies;

    public static async Task<OpenAiCompatibleStub> StartAsync() =>
        new(await LoopbackHttpStub.StartAsync(AnswerAsync));

    public ValueTask DisposeAsync() => _http.DisposeAsync();

    private static async Task AnswerAsync(HttpContext context, string body)
    {
        JsonNode request = JsonNode.Parse(body)!;
        bool hasToolResult = request["messages"]!.AsArray().Any(m => (string?)m!["role"] == "tool");
        bool stream = request["stream"] is JsonValue streamValue && streamValue.GetValue<bool>();
        string id = "chatcmpl-" + Interlocked.Increment(ref s_responses).ToString(CultureInfo.InvariantCulture);

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
