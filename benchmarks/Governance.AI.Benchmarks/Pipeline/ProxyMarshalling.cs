using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.AI.Benchmarks.Pipeline;

/// <summary>
/// The peer of the full-pipeline benchmark: what an out-of-process AI gateway (a proxy) pays per call before any
/// policy runs. It deserializes the client's OpenAI chat-completions request body into typed objects (as a gateway
/// must, to read the model, messages and limits), serializes it again for the provider, deserializes the provider's
/// response body into typed objects (to read usage and the answer) and serializes it for the client. Both JSON
/// documents are the shapes the OpenAI API uses today (the response with <c>usage</c> and its token details,
/// <c>choices[].finish_reason</c>, <c>logprobs</c>, <c>refusal</c>, <c>annotations</c>, <c>service_tier</c> and
/// <c>system_fingerprint</c>); serialization uses System.Text.Json source generation, the fastest it offers. Written
/// JSON goes into a reused buffer, as a proxy writes into its pooled response pipe, so the floor counts no output
/// copies. Not counted, in the proxy's favour: HTTP parsing, sockets, TLS and the second network hop.
/// </summary>
internal sealed class ProxyMarshalling
{
    private readonly byte[] _requestJson;
    private readonly byte[] _responseJson;
    private readonly ArrayBufferWriter<byte> _output = new(8192);
    private readonly Utf8JsonWriter _writer;

    public ProxyMarshalling(byte[] requestJson, byte[] responseJson)
    {
        _requestJson = requestJson;
        _responseJson = responseJson;
        _writer = new Utf8JsonWriter(_output);
    }

    /// <summary>One proxied call's marshalling; returns the bytes written (forwarded request plus returned response).</summary>
    public int Run()
    {
        ChatCompletionRequest request = JsonSerializer.Deserialize(_requestJson, ProxyJsonContext.Default.ChatCompletionRequest)!;
        int forwarded = Write(request, ProxyJsonContext.Default.ChatCompletionRequest);
        ChatCompletionResponse response = JsonSerializer.Deserialize(_responseJson, ProxyJsonContext.Default.ChatCompletionResponse)!;
        return forwarded + Write(response, ProxyJsonContext.Default.ChatCompletionResponse);
    }

    /// <summary>The request the benchmark's prompt becomes on the wire.</summary>
    public static byte[] RequestJson(string systemPrompt, string userPrompt) => JsonSerializer.SerializeToUtf8Bytes(
        new ChatCompletionRequest
        {
            Model = "gpt-4o",
            Messages = [new() { Role = "system", Content = systemPrompt }, new() { Role = "user", Content = userPrompt }],
            Temperature = 0.2,
            MaxCompletionTokens = 4096,
        },
        ProxyJsonContext.Default.ChatCompletionRequest);

    /// <summary>The response the benchmark's fixed reply is on the wire, with every field OpenAI sends today.</summary>
    public static byte[] ResponseJson(string reply) => JsonSerializer.SerializeToUtf8Bytes(
        new ChatCompletionResponse
        {
            Id = "chatcmpl-BXk2pV1b0d9Qe8Yt3rLmN4sK7wZaH",
            Object = "chat.completion",
            Created = 1733300000,
            Model = "gpt-4o-2024-08-06",
            Choices =
            [
                new()
                {
                    Index = 0,
                    Message = new() { Role = "assistant", Content = reply, Annotations = [] },
                    FinishReason = "stop",
                },
            ],
            Usage = new()
            {
                PromptTokens = 250,
                CompletionTokens = 40,
                TotalTokens = 290,
                PromptTokensDetails = new() { CachedTokens = 0, AudioTokens = 0 },
                CompletionTokensDetails = new() { ReasoningTokens = 0, AudioTokens = 0, AcceptedPredictionTokens = 0, RejectedPredictionTokens = 0 },
            },
            ServiceTier = "default",
            SystemFingerprint = "fp_f33640a400",
        },
        ProxyJsonContext.Default.ChatCompletionResponse);

    private int Write<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        _output.ResetWrittenCount();
        _writer.Reset(_output);
        JsonSerializer.Serialize(_writer, value, type);
        return _output.WrittenCount;
    }
}

/// <summary>An OpenAI chat-completions request: the fields clients send (absent ones stay null and are not written).</summary>
internal sealed class ChatCompletionRequest
{
    public string? Model { get; set; }

    public List<RequestMessage>? Messages { get; set; }

    public double? Temperature { get; set; }

    public double? TopP { get; set; }

    public int? MaxCompletionTokens { get; set; }

    public int? MaxTokens { get; set; }

    public bool? Stream { get; set; }

    public StreamOptions? StreamOptions { get; set; }

    public List<ToolDefinition>? Tools { get; set; }

    public JsonElement? ToolChoice { get; set; }

    public JsonElement? ResponseFormat { get; set; }

    public List<string>? Stop { get; set; }

    public double? PresencePenalty { get; set; }

    public double? FrequencyPenalty { get; set; }

    public long? Seed { get; set; }

    public string? User { get; set; }

    public Dictionary<string, string>? Metadata { get; set; }
}

internal sealed class RequestMessage
{
    public string? Role { get; set; }

    public string? Content { get; set; }

    public string? Name { get; set; }

    public string? ToolCallId { get; set; }

    public List<ToolCall>? ToolCalls { get; set; }
}

internal sealed class StreamOptions
{
    public bool? IncludeUsage { get; set; }
}

internal sealed class ToolDefinition
{
    public string? Type { get; set; }

    public JsonElement? Function { get; set; }
}

internal sealed class ToolCall
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public JsonElement? Function { get; set; }
}

/// <summary>An OpenAI chat-completions response.</summary>
internal sealed class ChatCompletionResponse
{
    public string? Id { get; set; }

    public string? Object { get; set; }

    public long Created { get; set; }

    public string? Model { get; set; }

    public List<Choice>? Choices { get; set; }

    public Usage? Usage { get; set; }

    public string? ServiceTier { get; set; }

    public string? SystemFingerprint { get; set; }
}

internal sealed class Choice
{
    public int Index { get; set; }

    public ResponseMessage? Message { get; set; }

    public JsonElement? Logprobs { get; set; }

    public string? FinishReason { get; set; }
}

internal sealed class ResponseMessage
{
    public string? Role { get; set; }

    public string? Content { get; set; }

    public string? Refusal { get; set; }

    public List<JsonElement>? Annotations { get; set; }

    public List<ToolCall>? ToolCalls { get; set; }
}

internal sealed class Usage
{
    public int PromptTokens { get; set; }

    public int CompletionTokens { get; set; }

    public int TotalTokens { get; set; }

    public PromptTokensDetails? PromptTokensDetails { get; set; }

    public CompletionTokensDetails? CompletionTokensDetails { get; set; }
}

internal sealed class PromptTokensDetails
{
    public int CachedTokens { get; set; }

    public int AudioTokens { get; set; }
}

internal sealed class CompletionTokensDetails
{
    public int ReasoningTokens { get; set; }

    public int AudioTokens { get; set; }

    public int AcceptedPredictionTokens { get; set; }

    public int RejectedPredictionTokens { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChatCompletionRequest))]
[JsonSerializable(typeof(ChatCompletionResponse))]
internal sealed partial class ProxyJsonContext : JsonSerializerContext;
