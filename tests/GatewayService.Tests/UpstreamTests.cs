using System.ClientModel;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenAI.Chat;

namespace GatewayService.Tests;

/// <summary>The gateway in front of a real OpenAI-compatible upstream (a local stub on 127.0.0.1), through the official OpenAI client.</summary>
public sealed class UpstreamTests
{
    private const string RichRequest = """
        {
          "model": "gpt-4o",
          "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "name": "ana", "content": [
              {"type": "text", "text": "What is in this picture and this sound?"},
              {"type": "image_url", "image_url": {"url": "https://example.com/cat.png", "detail": "low"}},
              {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}}
            ]},
            {"role": "assistant", "content": null, "tool_calls": [
              {"id": "call_42", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}}
            ]},
            {"role": "tool", "tool_call_id": "call_42", "content": "sunny, 21 C"}
          ],
          "tools": [{"type": "function", "function": {"name": "get_weather", "description": "Weather by city",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}],
          "tool_choice": "required",
          "parallel_tool_calls": false,
          "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "schema": {"type": "object", "properties": {"text": {"type": "string"}}}}},
          "seed": 7,
          "user": "end-user-9",
          "stop": ["END"],
          "temperature": 0.5,
          "max_tokens": 50
        }
        """;

    [Fact]
    public async Task Everything_the_request_says_reaches_the_upstream()
    {
        await using StubUpstream upstream = await StubUpstream.StartAsync();
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(upstream.GatewaySettings());

        HttpResponseMessage response = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", RichRequest));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, upstream.Calls);
        using JsonDocument sent = JsonDocument.Parse(upstream.LastBody);
        JsonElement root = sent.RootElement;
        Assert.Equal("gpt-4o", root.GetProperty("model").GetString());
        Assert.Equal(7, root.GetProperty("seed").GetInt64());
        Assert.Equal("end-user-9", root.GetProperty("user").GetString());
        Assert.Equal("END", root.GetProperty("stop")[0].GetString());
        Assert.Equal("required", root.GetProperty("tool_choice").GetString());
        Assert.False(root.GetProperty("parallel_tool_calls").GetBoolean());
        Assert.Equal("json_schema", root.GetProperty("response_format").GetProperty("type").GetString());
        Assert.Equal("answer", root.GetProperty("response_format").GetProperty("json_schema").GetProperty("name").GetString());
        JsonElement tool = root.GetProperty("tools")[0].GetProperty("function");
        Assert.Equal("get_weather", tool.GetProperty("name").GetString());
        Assert.Equal("city", tool.GetProperty("parameters").GetProperty("required")[0].GetString());

        JsonElement messages = root.GetProperty("messages");
        Assert.Equal(4, messages.GetArrayLength());
        JsonElement user = messages[1];
        Assert.Equal("ana", user.GetProperty("name").GetString());
        string userParts = user.GetProperty("content").GetRawText();
        Assert.Contains("image_url", userParts, StringComparison.Ordinal);
        Assert.Contains("https://example.com/cat.png", userParts, StringComparison.Ordinal);
        Assert.Contains("\"low\"", userParts, StringComparison.Ordinal);
        Assert.Contains("input_audio", userParts, StringComparison.Ordinal);
        JsonElement call = messages[2].GetProperty("tool_calls")[0];
        Assert.Equal("call_42", call.GetProperty("id").GetString());
        Assert.Equal("get_weather", call.GetProperty("function").GetProperty("name").GetString());
        Assert.Equal("Paris", JsonDocument.Parse(call.GetProperty("function").GetProperty("arguments").GetString()!).RootElement.GetProperty("city").GetString());
        Assert.Equal("tool", messages[3].GetProperty("role").GetString());
        Assert.Equal("call_42", messages[3].GetProperty("tool_call_id").GetString());
        Assert.Contains("sunny, 21 C", messages[3].GetProperty("content").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_official_OpenAI_client_streams_tool_calls_and_usage_through_the_gateway_on_Kestrel()
    {
        await using StubUpstream upstream = await StubUpstream.StartAsync();
        upstream.Respond = context => StubUpstream.EventsAsync(
            context,
            """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_7","type":"function","function":{"name":"get_weather","arguments":""}}]},"finish_reason":null}]}""",
            """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"city\":"}}]},"finish_reason":null}]}""",
            """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"Paris\"}"}}]},"finish_reason":null}]}""",
            """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}""",
            """{"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[],"usage":{"prompt_tokens":20,"completion_tokens":10,"total_tokens":30}}""");
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(upstream.GatewaySettings(), GatewayHost.Kestrel);
        var options = new ChatCompletionOptions { Tools = { ChatTool.CreateFunctionTool("get_weather", "Weather by city", BinaryData.FromString("""{"type":"object","properties":{"city":{"type":"string"}}}""")) } };

        var arguments = new StringBuilder();
        string? toolName = null, toolCallId = null;
        ChatTokenUsage? usage = null;
        OpenAI.Chat.ChatFinishReason? finish = null;
        await foreach (StreamingChatCompletionUpdate update in gateway.OpenAIChat("demo-key-contoso").CompleteChatStreamingAsync([new UserChatMessage("Weather in Paris?")], options))
        {
            foreach (StreamingChatToolCallUpdate call in update.ToolCallUpdates)
            {
                toolName ??= call.FunctionName;
                toolCallId ??= call.ToolCallId;
                arguments.Append(call.FunctionArgumentsUpdate?.ToString());
            }

            finish ??= update.FinishReason;
            usage ??= update.Usage;
        }

        Assert.Equal("get_weather", toolName);
        Assert.Equal("call_7", toolCallId);
        Assert.Equal("Paris", JsonDocument.Parse(arguments.ToString()).RootElement.GetProperty("city").GetString());
        Assert.Equal(OpenAI.Chat.ChatFinishReason.ToolCalls, finish);
        Assert.NotNull(usage);
        Assert.Equal(30, usage!.TotalTokenCount);
        Assert.Contains("\"stream_options\"", upstream.LastBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_upstream_key_is_a_502_that_does_not_leak_the_key_and_is_not_retried()
    {
        await using StubUpstream upstream = await StubUpstream.StartAsync();
        upstream.Respond = context => StubUpstream.JsonAsync(context, 401, $$$"""{"error":{"message":"Incorrect API key provided: {{{StubUpstream.ApiKey}}}.","type":"invalid_request_error","code":"invalid_api_key"}}""");
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(upstream.GatewaySettings());

        HttpResponseMessage response = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", """{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}"""));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        string body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(StubUpstream.ApiKey, body, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-", body, StringComparison.Ordinal);
        Assert.Equal("upstream_auth_failed", JsonDocument.Parse(body).RootElement.GetProperty("reasonCode").GetString());
        Assert.Equal(1, upstream.Calls);
    }

    [Fact]
    public async Task An_upstream_400_is_a_400_with_the_upstreams_reason()
    {
        await using StubUpstream upstream = await StubUpstream.StartAsync();
        upstream.Respond = context => StubUpstream.JsonAsync(context, 400, """{"error":{"message":"Invalid schema for function 'get_weather'.","type":"invalid_request_error"}}""");
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(upstream.GatewaySettings());

        HttpResponseMessage response = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", """{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Invalid schema for function", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, upstream.Calls);
    }

    [Fact]
    public async Task An_upstream_429_longer_than_the_routers_wait_is_a_429_with_its_Retry_After_after_one_call()
    {
        await using StubUpstream upstream = await StubUpstream.StartAsync();
        upstream.Respond = context => StubUpstream.JsonAsync(context, 429, """{"error":{"message":"Rate limit reached","type":"requests"}}""", ("retry-after", "120"));
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(upstream.GatewaySettings());

        ClientResultException error = await Assert.ThrowsAsync<ClientResultException>(() => gateway.OpenAIChat("demo-key-contoso").CompleteChatAsync(new UserChatMessage("hi")));

        Assert.Equal(429, error.Status);
        Assert.True(error.GetRawResponse()!.Headers.TryGetValue("Retry-After", out string? retryAfter));
        Assert.Equal("120", retryAfter);
        Assert.Equal(1, upstream.Calls);
    }

    [Fact]
    public async Task An_upstream_429_is_retried_only_within_the_routers_budget_then_a_429_reaches_the_client()
    {
        await using StubUpstream upstream = await StubUpstream.StartAsync();
        upstream.Respond = context => StubUpstream.JsonAsync(context, 429, """{"error":{"message":"Rate limit reached","type":"requests"}}""", ("retry-after", "0"));
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(upstream.GatewaySettings(("AiGovernance:Routing:Resilience:Retry:BaseDelay", "00:00:00")));

        HttpResponseMessage response = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", """{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}"""));

        // The invariant: one client request costs at most 1 + Routing:Resilience:Retry:MaxRetries (2) upstream calls —
        // the OpenAI client's own retries are off, so the layers do not multiply.
        Assert.Equal((HttpStatusCode)429, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Equal(3, upstream.Calls);
    }

    [Fact]
    public async Task An_upstream_stream_that_breaks_off_is_never_a_500_nor_a_clean_end()
    {
        await using StubUpstream upstream = await StubUpstream.StartAsync();
        upstream.Respond = async context =>
        {
            context.Response.ContentType = "text/event-stream";
            await context.Response.WriteAsync("""data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"role":"assistant","content":"Half an ans"},"finish_reason":null}]}""" + "\n\n");
            await context.Response.Body.FlushAsync();
            context.Abort();
        };
        var aborts = new ResponseAbortRecorder();
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(
            upstream.GatewaySettings(("AiGovernance:Routing:Resilience:Retry:MaxRetries", "0")),
            configure: builder => builder.Services.AddSingleton<IStartupFilter>(aborts));

        HttpResponseMessage response = await gateway.Http.SendAsync(
            ChatCompletionsTests.Post("demo-key-contoso", """{"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user","content":"hi"}]}"""), HttpCompletionOption.ResponseHeadersRead);
        (string body, bool brokeOff) = await ChatCompletionsTests.ReadUntilClosedAsync(response);

        // Before the first chunk reached the client the failure is an HTTP error; after it, an SSE error event, then a
        // connection that breaks off — in no case a 500 or a clean end (a [DONE], or a body that just ends) that would
        // pass the half answer off as complete. The client may not have read the event when the abort lands (the test
        // server then drops it), so the event is checked in what the gateway had written when it aborted.
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("[DONE]", body, StringComparison.Ordinal);
        if (response.IsSuccessStatusCode)
        {
            Assert.True(brokeOff, $"{(int)response.StatusCode}, ended cleanly: {body}");
            string sent = Assert.IsType<string>(aborts.WrittenBeforeAbort);
            Assert.Contains("\"error\"", sent, StringComparison.Ordinal);
            Assert.DoesNotContain("internal_error", sent, StringComparison.Ordinal);
            Assert.DoesNotContain("[DONE]", sent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_same_text_with_another_image_is_not_served_from_the_cache()
    {
        await using StubUpstream upstream = await StubUpstream.StartAsync();
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(upstream.GatewaySettings());
        static string WithImage(string url) => $$$"""{"model":"gpt-4o-mini","messages":[{"role":"user","content":[{"type":"text","text":"What is in this picture?"},{"type":"image_url","image_url":{"url":"{{{url}}}"}}]}]}""";

        HttpResponseMessage first = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", WithImage("https://example.com/cat.png")));
        HttpResponseMessage again = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", WithImage("https://example.com/cat.png")));
        HttpResponseMessage other = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", WithImage("https://example.com/dog.png")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(2, upstream.Calls);
        Assert.Contains("dog.png", upstream.LastBody, StringComparison.Ordinal);
    }
}
