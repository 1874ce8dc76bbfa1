using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace GatewayService.Tests;

/// <summary>Every malformed request is a 400 problem+json naming the field — never a 500 — and the server stays up.</summary>
public sealed class RequestValidationTests
{
    private const string User = """{"role":"user","content":"hi"}""";

    /// <summary>(name, body, field named in the answer).</summary>
    public static readonly TheoryData<string, string, string> BadRequests = new()
    {
        { "messages is a number", """{"model":"m","messages":42}""", "messages" },
        { "messages is a string", """{"model":"m","messages":"hi"}""", "messages" },
        { "messages is null", """{"model":"m","messages":null}""", "messages" },
        { "a message is a number", """{"model":"m","messages":[42]}""", "messages[0]" },
        { "a message is a string", """{"model":"m","messages":["hi"]}""", "messages[0]" },
        { "a message is null", """{"model":"m","messages":[null]}""", "messages[0]" },
        { "role is a number", """{"model":"m","messages":[{"role":5,"content":"hi"}]}""", "messages[0].role" },
        { "role is empty", """{"model":"m","messages":[{"role":"","content":"hi"}]}""", "messages[0].role" },
        { "role is whitespace", """{"model":"m","messages":[{"role":"  ","content":"hi"}]}""", "messages[0].role" },
        { "role is unknown", """{"model":"m","messages":[{"role":"wizard","content":"hi"}]}""", "messages[0].role" },
        { "a content part is a number", """{"model":"m","messages":[{"role":"user","content":[42]}]}""", "messages[0].content[0]" },
        { "a part's text is a number", """{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":42}]}]}""", "messages[0].content[0].text" },
        { "a part's type is a number", """{"model":"m","messages":[{"role":"user","content":[{"type":42,"text":"hi"}]}]}""", "messages[0].content[0].type" },
        { "model is a number", """{"model":42,"messages":[""" + User + "]}", "model" },
        { "model is an object", """{"model":{},"messages":[""" + User + "]}", "model" },
        { "stop holds numbers", """{"model":"m","stop":[1,2],"messages":[""" + User + "]}", "stop[0]" },
        { "lone high surrogate in content", """{"model":"m","messages":[{"role":"user","content":"a\ud800b"}]}""", "messages[0].content" },
        { "lone low surrogate in content", """{"model":"m","messages":[{"role":"user","content":"\udfff"}]}""", "messages[0].content" },
        { "lone surrogate in model", """{"model":"\ud800","messages":[""" + User + "]}", "model" },
        { "lone surrogate in role", """{"model":"m","messages":[{"role":"\ud800","content":"hi"}]}""", "messages[0].role" },
        { "lone surrogate in a streamed request", """{"model":"m","stream":true,"messages":[{"role":"user","content":"x\udfff"}]}""", "messages[0].content" },
        { "max_tokens is 0", """{"model":"m","max_tokens":0,"messages":[""" + User + "]}", "max_tokens" },
        { "max_tokens is -1", """{"model":"m","max_tokens":-1,"messages":[""" + User + "]}", "max_tokens" },
        { "stream is a string", """{"model":"m","stream":"yes","messages":[""" + User + "]}", "stream" },
        { "temperature is a string", """{"model":"m","temperature":"hot","messages":[""" + User + "]}", "temperature" },
        { "n is above 1", """{"model":"m","n":3,"messages":[""" + User + "]}", "n" },
        { "an unknown field", """{"model":"m","tempreature":1,"messages":[""" + User + "]}", "tempreature" },
        { "a tool message without its call id", """{"model":"m","messages":[""" + User + """,{"role":"tool","content":"42"}]}""", "messages[1].tool_call_id" },
        { "a tool without a name", """{"model":"m","tools":[{"type":"function","function":{}}],"messages":[""" + User + "]}", "tools[0].function.name" },
        { "tool call arguments that are not JSON", """{"model":"m","messages":[{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{oops"}}]}]}""", "messages[0].tool_calls[0].function.arguments" },
        { "an image URL that is not a URL", """{"model":"m","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"nope"}}]}]}""", "messages[0].content[0].image_url.url" },
        { "logprobs", """{"model":"m","logprobs":true,"messages":[""" + User + "]}", "logprobs" },
        { "the body is an array", """[1,2]""", "body" },
        { "the body is not JSON", """{"model":""", "body" },
    };

    [Theory]
    [InlineData(GatewayHost.TestServer)]
    [InlineData(GatewayHost.Kestrel)]
    public async Task Every_bad_input_is_a_400_problem_naming_the_field_and_the_server_stays_up(GatewayHost host)
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(host: host);

        foreach (object[] row in BadRequests)
        {
            (string name, string body, string field) = ((string)row[0], (string)row[1], (string)row[2]);
            await AssertBadRequestAsync(gateway, name, new StringContent(body, Encoding.UTF8, "application/json"), field);
        }

        await AssertServedAsync(gateway);
    }

    [Theory]
    [InlineData(GatewayHost.TestServer)]
    [InlineData(GatewayHost.Kestrel)]
    public async Task Invalid_UTF8_is_a_400_and_the_server_stays_up(GatewayHost host)
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(host: host);
        byte[] prefix = Encoding.UTF8.GetBytes("""{"model":"m","messages":[{"role":"user","content":"a""");
        byte[] suffix = Encoding.UTF8.GetBytes("""b"}]}""");
        byte[] body = [.. prefix, 0xFF, 0xC3, 0x28, .. suffix];
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        await AssertBadRequestAsync(gateway, "invalid UTF-8", content, expectedField: null);
        await AssertServedAsync(gateway);
    }

    [Fact]
    public async Task A_bug_is_a_500_problem_without_internals_logged_with_its_correlation_id()
    {
        await using GatewayFixture gateway = await GatewayFixture.StartAsync(configure: builder =>
        {
            builder.Services.AddFakeLogging();
            builder.Services.AddSingleton<IChatClient>(new BrokenChatClient());
        });

        HttpResponseMessage response = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", """{"model":"m","messages":[{"role":"user","content":"hi"}]}"""));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        string text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(BrokenChatClient.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        using JsonDocument problem = JsonDocument.Parse(text);
        string correlationId = problem.RootElement.GetProperty("correlationId").GetString()!;
        Assert.Equal(correlationId, response.Headers.GetValues("x-correlation-id").Single());

        FakeLogRecord logged = Assert.Single(gateway.App.Services.GetFakeLogCollector().GetSnapshot(), r => r.Exception is InvalidOperationException);
        Assert.Contains(correlationId, logged.Message, StringComparison.Ordinal);
    }

    private static async Task AssertBadRequestAsync(GatewayFixture gateway, string name, HttpContent content, string? expectedField)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "demo-key-contoso");
        HttpResponseMessage response = await gateway.Http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument problem = JsonDocument.Parse(text);
        Assert.Equal("invalid_request_error", problem.RootElement.GetProperty("error").GetProperty("type").GetString());
        if (expectedField is not null)
        {
            Assert.True(expectedField == problem.RootElement.GetProperty("param").GetString(), $"{name}: named {text}");
        }
    }

    private static async Task AssertServedAsync(GatewayFixture gateway)
    {
        HttpResponseMessage health = await gateway.Http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        HttpResponseMessage ok = await gateway.Http.SendAsync(ChatCompletionsTests.Post("demo-key-contoso", """{"model":"gpt-4o-mini","messages":[{"role":"user","content":"still there?"}]}"""));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    private sealed class BrokenChatClient : IChatClient
    {
        public const string Secret = "internal detail 7f3a";

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(Secret);

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException(Secret);

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
