using System.Buffers;
using System.Text.Json;
using Governance.AI;
using Governance.AI.Idempotency;
using Microsoft.Extensions.AI;

namespace GatewayService;

/// <summary>Writes OpenAI chat completion JSON: the whole completion, stream chunks, the usage object and stream errors.</summary>
internal static class ChatCompletionWriter
{
    public static void WriteCompletion(Utf8JsonWriter writer, ChatResponse response, string? requestedModel, long created)
    {
        writer.WriteStartObject();
        writer.WriteString("id", response.ResponseId ?? "chatcmpl-" + Guid.NewGuid().ToString("N"));
        writer.WriteString("object", "chat.completion");
        writer.WriteNumber("created", created);
        writer.WriteString("model", response.ModelId ?? requestedModel);
        writer.WriteStartArray("choices");
        writer.WriteStartObject();
        writer.WriteNumber("index", 0);
        writer.WriteStartObject("message");
        writer.WriteString("role", "assistant");
        string text = response.Text;
        if (text.Length > 0)
        {
            writer.WriteString("content", text);
        }
        else
        {
            writer.WriteNull("content");
        }

        bool toolCalls = false;
        int index = 0;
        foreach (ChatMessage message in response.Messages)
        {
            foreach (AIContent content in message.Contents)
            {
                if (content is FunctionCallContent call)
                {
                    if (!toolCalls)
                    {
                        writer.WriteStartArray("tool_calls");
                        toolCalls = true;
                    }

                    WriteToolCall(writer, call, index++, withIndex: false);
                }
            }
        }

        if (toolCalls)
        {
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteString("finish_reason", FinishReason(response.FinishReason) ?? (toolCalls ? "tool_calls" : "stop"));
        writer.WriteNull("logprobs");
        writer.WriteEndObject();
        writer.WriteEndArray();
        WriteUsage(writer, response.Usage, response.AdditionalProperties);
        writer.WriteEndObject();
    }

    /// <summary>Writes the chunks one update makes (role, content, tool calls); holds its finish reason and usage for the end.</summary>
    public static void WriteUpdate(IBufferWriter<byte> events, ChatResponseUpdate update, StreamState state)
    {
        state.Model ??= update.ModelId;
        if (update.FinishReason is { } finish)
        {
            state.FinishReason = finish;
        }

        if (update.AdditionalProperties is { Count: > 0 } properties)
        {
            state.Properties ??= [];
            foreach (KeyValuePair<string, object?> property in properties)
            {
                state.Properties[property.Key] = property.Value;
            }
        }

        string text = "";
        foreach (AIContent content in update.Contents)
        {
            switch (content)
            {
                case UsageContent usage:
                    state.Usage = usage.Details;
                    break;
                case TextContent t:
                    text += t.Text;
                    break;
                case FunctionCallContent call:
                    WriteToolCallChunk(events, state, call);
                    break;
            }
        }

        if (text.Length > 0 || !state.RoleSent)
        {
            using var writer = StartChunk(events, state);
            writer.WriteStartObject("delta");
            WriteRole(writer, state);
            if (text.Length > 0)
            {
                writer.WriteString("content", text);
            }

            writer.WriteEndObject();
            EndChunk(events, writer, finishReason: null);
        }
    }

    /// <summary>Writes the finish chunk, the usage chunk (<c>choices: []</c>) if asked for, and <c>[DONE]</c>.</summary>
    public static void WriteEnd(IBufferWriter<byte> events, StreamState state, bool includeUsage)
    {
        using (var writer = StartChunk(events, state))
        {
            writer.WriteStartObject("delta");
            WriteRole(writer, state);
            writer.WriteEndObject();
            EndChunk(events, writer, FinishReason(state.FinishReason) ?? (state.ToolCalls > 0 ? "tool_calls" : "stop"));
        }

        if (includeUsage)
        {
            events.Write("data: "u8);
            using (var writer = new Utf8JsonWriter(events))
            {
                WriteChunkHeader(writer, state);
                writer.WriteStartArray("choices");
                writer.WriteEndArray();
                WriteUsage(writer, state.Usage, state.Properties);
                writer.WriteEndObject();
            }

            events.Write("\n\n"u8);
        }

        events.Write("data: [DONE]\n\n"u8);
    }

    public static void WriteStreamError(IBufferWriter<byte> events, ErrorDescription error)
    {
        events.Write("data: "u8);
        using (var writer = new Utf8JsonWriter(events))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("message", error.Message);
            writer.WriteString("type", error.Type);
            writer.WriteString("code", error.Code);
            writer.WriteNumber("status", error.Status);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        events.Write("\n\n"u8);
    }

    /// <summary>
    /// Writes <c>usage</c>. A cache hit billed nothing: zero tokens, and what the cached answer cost originally under
    /// <c>governance</c>, so a client can still see the size of what it got. An idempotent retry answered from the
    /// first request billed nothing either: zero tokens, and the first request's under <c>governance</c>, so a client
    /// that bills from <c>usage</c> does not charge a retry twice.
    /// </summary>
    private static void WriteUsage(Utf8JsonWriter writer, UsageDetails? usage, IReadOnlyDictionary<string, object?>? properties)
    {
        bool cacheHit = properties is not null && properties.TryGetValue(GovernanceProperties.CacheStatus, out object? status) && status is "hit";
        bool replayed = properties is not null && properties.TryGetValue(IdempotencyChatOptionsExtensions.ReplayedProperty, out object? replay) && replay is true;
        if (usage is null && !cacheHit)
        {
            return;
        }

        long input = usage?.InputTokenCount ?? 0;
        long output = usage?.OutputTokenCount ?? 0;
        long total = usage?.TotalTokenCount ?? (input + output);
        writer.WriteStartObject("usage");
        writer.WriteNumber("prompt_tokens", replayed ? 0 : input);
        writer.WriteNumber("completion_tokens", replayed ? 0 : output);
        writer.WriteNumber("total_tokens", replayed ? 0 : total);
        if (usage?.CachedInputTokenCount is { } cached && !replayed)
        {
            writer.WriteStartObject("prompt_tokens_details");
            writer.WriteNumber("cached_tokens", cached);
            writer.WriteEndObject();
        }

        if (cacheHit || replayed)
        {
            writer.WriteStartObject("governance");
            if (cacheHit)
            {
                writer.WriteString("cache_status", "hit");
                if (properties!.TryGetValue(GovernanceProperties.CacheTokensSaved, out object? saved) && saved is long tokens)
                {
                    writer.WriteNumber("cached_total_tokens", tokens);
                }
            }

            if (replayed)
            {
                writer.WriteBoolean("idempotency_replayed", true);
                writer.WriteNumber("replayed_total_tokens", total);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteToolCallChunk(IBufferWriter<byte> events, StreamState state, FunctionCallContent call)
    {
        using var writer = StartChunk(events, state);
        writer.WriteStartObject("delta");
        WriteRole(writer, state);
        writer.WriteStartArray("tool_calls");
        WriteToolCall(writer, call, state.ToolCalls++, withIndex: true);
        writer.WriteEndArray();
        writer.WriteEndObject();
        EndChunk(events, writer, finishReason: null);
    }

    private static void WriteToolCall(Utf8JsonWriter writer, FunctionCallContent call, int index, bool withIndex)
    {
        writer.WriteStartObject();
        if (withIndex)
        {
            writer.WriteNumber("index", index);
        }

        writer.WriteString("id", call.CallId);
        writer.WriteString("type", "function");
        writer.WriteStartObject("function");
        writer.WriteString("name", call.Name);
        writer.WriteString("arguments", call.Arguments is null ? "{}" : JsonSerializer.Serialize(call.Arguments, AIJsonUtilities.DefaultOptions));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRole(Utf8JsonWriter writer, StreamState state)
    {
        if (!state.RoleSent)
        {
            writer.WriteString("role", "assistant");
            state.RoleSent = true;
        }
    }

    private static Utf8JsonWriter StartChunk(IBufferWriter<byte> events, StreamState state)
    {
        events.Write("data: "u8);
        var writer = new Utf8JsonWriter(events);
        WriteChunkHeader(writer, state);
        writer.WriteStartArray("choices");
        writer.WriteStartObject();
        writer.WriteNumber("index", 0);
        return writer;
    }

    private static void EndChunk(IBufferWriter<byte> events, Utf8JsonWriter writer, string? finishReason)
    {
        if (finishReason is null)
        {
            writer.WriteNull("finish_reason");
        }
        else
        {
            writer.WriteString("finish_reason", finishReason);
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        events.Write("\n\n"u8);
    }

    private static void WriteChunkHeader(Utf8JsonWriter writer, StreamState state)
    {
        writer.WriteStartObject();
        writer.WriteString("id", state.Id);
        writer.WriteString("object", "chat.completion.chunk");
        writer.WriteNumber("created", state.Created);
        writer.WriteString("model", state.Model);
    }

    private static string? FinishReason(ChatFinishReason? reason) =>
        reason is null ? null
        : reason == ChatFinishReason.Length ? "length"
        : reason == ChatFinishReason.ToolCalls ? "tool_calls"
        : reason == ChatFinishReason.ContentFilter ? "content_filter"
        : "stop";

    /// <summary>What a stream has said so far that belongs at its end.</summary>
    internal sealed class StreamState(string id, string? model, long created)
    {
        public string Id { get; } = id;

        public string? Model { get; set; } = model;

        public long Created { get; } = created;

        public bool RoleSent { get; set; }

        public int ToolCalls { get; set; }

        public ChatFinishReason? FinishReason { get; set; }

        public UsageDetails? Usage { get; set; }

        public AdditionalPropertiesDictionary? Properties { get; set; }
    }
}
