using System.ClientModel;
using System.Net;
using System.Text;
using System.Text.Json;
using OpenAI.Chat;

namespace GatewayService.Tests;

public sealed class ChatCompletionsTests
{
    [Fact]
    public async Task The_official_OpenAI_client_gets_a_completion()
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync();

        ClientResult<ChatCompletion> result = await gateway.OpenAIChat("demo-key-contoso").CompleteChatAsync(new UserChatMessage("Hello gateway"));

        Assert.Equal("Echo: Hello gateway", result.Value.Content[0].Text);
        Assert.Equal(OpenAI.Chat.ChatFinishReason.Stop, result.Value.FinishReason);
        Assert.True(result.Value.Usage.TotalTokenCount > 0);
    }

    [Fact]
    public async Task The_official_OpenAI_client_gets_a_stream()
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync();
        var text = new StringBuilder();
        OpenAI.Chat.ChatFinishReason? finish = null;
        int updates = 0;

        await foreach (StreamingChatCompletionUpdate update in gateway.OpenAIChat("demo-key-contoso").CompleteChatStreamingAsync(new UserChatMessage("Stream this answer please")))
        {
            updates++;
            foreach (ChatMessageContentPart part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }

            finish ??= update.FinishReason;
        }

        Assert.Equal("Echo: Stream this answer please", text.ToString());
        Assert.True(updates > 2);
        Assert.Equal(OpenAI.Chat.ChatFinishReason.Stop, finish);
    }

    [Fact]
    public async Task An_unknown_api_key_is_401_problem_json()
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
        {
            Content = new StringContent("""{"model":"m","messages":[{"role":"user","content":"hi"}]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "nope");

        HttpResponseMessage response = await gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_malformed_request_is_400_with_a_reason()
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions")
        {
            Content = new StringContent("""{"model":"m","messages":[]}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "demo-key-contoso");

        HttpResponseMessage response = await gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_request", body.RootElement.GetProperty("reasonCode").GetString());
    }

    [Fact]
    public async Task Healthz_answers()
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync();
        HttpResponseMessage response = await gateway.Http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
