using System.ClientModel;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;
using AI = Microsoft.Extensions.AI;
using OpenAIChat = OpenAI.Chat;

namespace GatewayService;

/// <summary>
/// An <see cref="IChatClient"/> over the official OpenAI .NET client, for any OpenAI-compatible upstream
/// (OpenAI, Azure OpenAI's v1 API, Ollama, vLLM). Text, usage, finish reasons and streaming are mapped.
/// </summary>
internal sealed class OpenAIUpstreamChatClient : IChatClient
{
    private readonly OpenAIClient _client;
    private readonly string _defaultModel;
    private readonly ChatClientMetadata _metadata;

    public OpenAIUpstreamChatClient(Uri endpoint, string apiKey, string defaultModel)
    {
        _client = new OpenAIClient(new ApiKeyCredential(apiKey), new OpenAIClientOptions { Endpoint = endpoint });
        _defaultModel = defaultModel;
        _metadata = new ChatClientMetadata("openai", endpoint, defaultModel);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AI.ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ClientResult<ChatCompletion> result = await _client.GetChatClient(options?.ModelId ?? _defaultModel)
            .CompleteChatAsync(ToOpenAI(messages), ToOpenAI(options), cancellationToken).ConfigureAwait(false);
        ChatCompletion completion = result.Value;
        return new ChatResponse(new AI.ChatMessage(ChatRole.Assistant, string.Concat(completion.Content.Select(p => p.Text))))
        {
            ResponseId = completion.Id,
            ModelId = completion.Model,
            FinishReason = ToFinishReason(completion.FinishReason),
            Usage = ToUsage(completion.Usage),
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AI.ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (StreamingChatCompletionUpdate update in _client.GetChatClient(options?.ModelId ?? _defaultModel)
            .CompleteChatStreamingAsync(ToOpenAI(messages), ToOpenAI(options), cancellationToken).ConfigureAwait(false))
        {
            var mapped = new ChatResponseUpdate(ChatRole.Assistant, string.Concat(update.ContentUpdate.Select(p => p.Text)))
            {
                ResponseId = update.CompletionId,
                MessageId = update.CompletionId,
                ModelId = update.Model,
                FinishReason = update.FinishReason is { } reason ? ToFinishReason(reason) : null,
            };
            if (ToUsage(update.Usage) is { } usage)
            {
                mapped.Contents.Add(new UsageContent(usage));
            }

            yield return mapped;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? _metadata
        : serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    private static List<OpenAIChat.ChatMessage> ToOpenAI(IEnumerable<AI.ChatMessage> messages)
    {
        var result = new List<OpenAIChat.ChatMessage>();
        foreach (AI.ChatMessage message in messages)
        {
            string text = message.Text;
            if (message.Role == ChatRole.System)
            {
                result.Add(new SystemChatMessage(text));
            }
            else if (message.Role == ChatRole.Assistant)
            {
                result.Add(new AssistantChatMessage(text));
            }
            else if (message.Role == ChatRole.Tool)
            {
                string callId = message.Contents.OfType<FunctionResultContent>().FirstOrDefault()?.CallId ?? "";
                result.Add(new ToolChatMessage(callId, text));
            }
            else
            {
                result.Add(new UserChatMessage(text));
            }
        }

        return result;
    }

    private static ChatCompletionOptions ToOpenAI(ChatOptions? options)
    {
        var mapped = new ChatCompletionOptions();
        if (options is null)
        {
            return mapped;
        }

        mapped.Temperature = options.Temperature;
        mapped.TopP = options.TopP;
        mapped.MaxOutputTokenCount = options.MaxOutputTokens;
        mapped.FrequencyPenalty = options.FrequencyPenalty;
        mapped.PresencePenalty = options.PresencePenalty;
        if (options.StopSequences is { } stops)
        {
            foreach (string stop in stops)
            {
                mapped.StopSequences.Add(stop);
            }
        }

        return mapped;
    }

    private static AI.ChatFinishReason ToFinishReason(OpenAIChat.ChatFinishReason reason) => reason switch
    {
        OpenAIChat.ChatFinishReason.Length => AI.ChatFinishReason.Length,
        OpenAIChat.ChatFinishReason.ContentFilter => AI.ChatFinishReason.ContentFilter,
        OpenAIChat.ChatFinishReason.ToolCalls or OpenAIChat.ChatFinishReason.FunctionCall => AI.ChatFinishReason.ToolCalls,
        _ => AI.ChatFinishReason.Stop,
    };

    private static UsageDetails? ToUsage(ChatTokenUsage? usage) => usage is null ? null : new UsageDetails
    {
        InputTokenCount = usage.InputTokenCount,
        OutputTokenCount = usage.OutputTokenCount,
        TotalTokenCount = usage.TotalTokenCount,
        CachedInputTokenCount = usage.InputTokenDetails?.CachedTokenCount,
    };
}
