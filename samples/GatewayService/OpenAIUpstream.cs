using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace GatewayService;

/// <summary>The upstream over the official OpenAI .NET client and Microsoft.Extensions.AI.OpenAI's <c>AsIChatClient()</c>.</summary>
internal static class OpenAIUpstream
{
    /// <summary>
    /// Creates the upstream client for any OpenAI-compatible endpoint (OpenAI, Azure OpenAI's v1 API, Ollama, vLLM).
    /// The OpenAI client's own retries are off: the router retries (honouring <c>Retry-After</c>) and fails over, so
    /// one request is never retried by two layers at once.
    /// </summary>
    public static IChatClient Create(Uri endpoint, string apiKey, UpstreamOptions upstream, HttpClient? transport = null)
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = upstream.NetworkTimeout,
        };
        if (transport is not null)
        {
            options.Transport = new HttpClientPipelineTransport(transport);
        }

        return new OpenAIClient(new ApiKeyCredential(apiKey), options).GetChatClient(upstream.Model).AsIChatClient();
    }
}
