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
        HttpResponseMessage response = await gateway.Http.SendAsync(Post("demo-key-contoso", """{"model":"m","messages":[]}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_request", body.RootElement.GetProperty("reasonCode").GetString());
    }

    [Fact]
    public async Task A_stream_ends_with_the_finish_chunk_then_usage_on_a_chunk_without_choices_then_done()
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync();

        HttpResponseMessage response = await gateway.Http.SendAsync(Post("demo-key-contoso", """{"model":"gpt-4o-mini","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"Stream this answer please"}]}"""));
        List<string> events = await ReadEventsAsync(response);

        Assert.Equal("[DONE]", events[^1]);
        using JsonDocument usageChunk = JsonDocument.Parse(events[^2]);
        Assert.Equal(0, usageChunk.RootElement.GetProperty("choices").GetArrayLength());
        Assert.True(usageChunk.RootElement.GetProperty("usage").GetProperty("total_tokens").GetInt32() > 0);
        int finishAt = events.FindIndex(e => e != "[DONE]" && JsonDocument.Parse(e).RootElement.GetProperty("choices") is { } c && c.GetArrayLength() > 0 && c[0].GetProperty("finish_reason").ValueKind == JsonValueKind.String);
        Assert.Equal(events.Count - 3, finishAt);
        var text = new StringBuilder();
        foreach (string data in events.Take(finishAt + 1))
        {
            JsonElement delta = JsonDocument.Parse(data).RootElement.GetProperty("choices")[0].GetProperty("delta");
            if (delta.TryGetProperty("content", out JsonElement content))
            {
                text.Append(content.GetString());
            }
        }

        Assert.Equal("Echo: Stream this answer please", text.ToString());
    }

    [Fact]
    public async Task A_stream_without_include_usage_has_no_usage_chunk()
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync();

        List<string> events = await ReadEventsAsync(await gateway.Http.SendAsync(Post("demo-key-contoso", """{"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user","content":"hello"}]}""")));

        Assert.DoesNotContain(events, e => e.Contains("\"usage\"", StringComparison.Ordinal));
        Assert.Equal("stop", JsonDocument.Parse(events[^2]).RootElement.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
    }

    [Fact]
    public async Task A_cache_hit_reports_zero_billed_tokens_and_the_cached_usage_under_governance()
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync();
        const string body = """{"model":"gpt-4o-mini","messages":[{"role":"user","content":"What is the capital of France?"}]}""";

        using JsonDocument first = JsonDocument.Parse(await (await gateway.Http.SendAsync(Post("demo-key-contoso", body))).Content.ReadAsStringAsync());
        using JsonDocument second = JsonDocument.Parse(await (await gateway.Http.SendAsync(Post("demo-key-contoso", body))).Content.ReadAsStringAsync());

        JsonElement billed = first.RootElement.GetProperty("usage");
        Assert.True(billed.GetProperty("total_tokens").GetInt32() > 0);
        Assert.False(billed.TryGetProperty("governance", out _));
        JsonElement hit = second.RootElement.GetProperty("usage");
        Assert.Equal(0, hit.GetProperty("total_tokens").GetInt32());
        Assert.Equal("hit", hit.GetProperty("governance").GetProperty("cache_status").GetString());
        Assert.Equal(billed.GetProperty("total_tokens").GetInt32(), hit.GetProperty("governance").GetProperty("cached_total_tokens").GetInt32());
    }

    [Fact]
    public async Task A_streamed_cache_hit_reports_usage_too()
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync();
        const string body = """{"model":"gpt-4o-mini","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"What is the capital of Spain?"}]}""";

        await ReadEventsAsync(await gateway.Http.SendAsync(Post("demo-key-contoso", body)));
        List<string> replay = await ReadEventsAsync(await gateway.Http.SendAsync(Post("demo-key-contoso", body)));

        JsonElement usage = JsonDocument.Parse(replay[^2]).RootElement.GetProperty("usage");
        Assert.Equal(0, usage.GetProperty("total_tokens").GetInt32());
        Assert.Equal("hit", usage.GetProperty("governance").GetProperty("cache_status").GetString());
    }

    [Fact]
    public async Task A_retry_with_the_same_Idempotency_Key_gets_the_first_answer_and_another_key_does_not()
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync();

        async Task<string?> AskAsync(string key, string prompt)
        {
            HttpRequestMessage request = Post("demo-key-contoso", $$"""{"model":"gpt-4o-mini","messages":[{"role":"user","content":"{{prompt}}"}]}""");
            request.Headers.Add("Idempotency-Key", key);
            using JsonDocument body = JsonDocument.Parse(await (await gateway.Http.SendAsync(request)).Content.ReadAsStringAsync());
            return body.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
        }

        string? first = await AskAsync("order-42", "Name three rivers in Europe.");

        // A retry of the same body is answered from the first request; the same key on another body is another
        // request (a key never answers another question with the first one's answer), and so is another key.
        Assert.Equal(first, await AskAsync("order-42", "Name three rivers in Europe."));
        Assert.Equal("Echo: Name three mountains in Asia.", await AskAsync("order-42", "Name three mountains in Asia."));
        Assert.NotEqual(first, await AskAsync("order-43", "Name three mountains in Asia."));
    }

    [Fact]
    public async Task Healthz_answers()
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync();
        HttpResponseMessage response = await gateway.Http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    internal static HttpRequestMessage Post(string apiKey, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        return request;
    }

    /// <summary>What arrived of a response body before it ended or broke off (a stream cut after an error event breaks off).</summary>
    internal static async Task<string> ReadUntilClosedAsync(HttpResponseMessage response)
    {
        var text = new StringBuilder();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        try
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                text.Append(line).Append('\n');
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // The gateway closed the connection after the error event: what arrived before it is the body.
        }

        return text.ToString();
    }

    /// <summary>The <c>data:</c> payloads of a server-sent event stream, in order.</summary>
    internal static async Task<List<string>> ReadEventsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = new List<string>();
        foreach (string line in (await response.Content.ReadAsStringAsync()).Split('\n'))
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add(line["data: ".Length..]);
            }
        }

        return events;
    }
}
