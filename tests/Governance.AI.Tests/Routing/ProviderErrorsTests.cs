using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using Azure;
using Azure.Core;
using Governance.AI.Routing;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using static Governance.AI.Tests.Routing.RoutingTestKit;

namespace Governance.AI.Tests.Routing;

/// <summary>The router reads the exceptions real provider SDKs throw: OpenAI's, Azure's and HttpClient's.</summary>
public sealed class ProviderErrorsTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void OpenAIs_ClientResultException_gives_its_status_and_the_raw_responses_Retry_After()
    {
        ProviderError error = ProviderErrors.Inspect(OpenAIError(HttpStatusCode.TooManyRequests, ("Retry-After", "7")), Now);

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public void Azures_RequestFailedException_gives_its_status_and_the_raw_responses_retry_after_ms()
    {
        var exception = new RequestFailedException(new AzureResponse(503, ("x-ms-retry-after-ms", "1500")));

        ProviderError error = ProviderErrors.Inspect(exception, Now);

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), error.RetryAfter);
    }

    [Fact]
    public void An_HttpRequestException_gives_its_status_and_no_retry_after()
    {
        ProviderError error = ProviderErrors.Inspect(new HttpRequestException("throttled", null, HttpStatusCode.TooManyRequests), Now);

        Assert.Equal(429, error.StatusCode);
        Assert.Null(error.RetryAfter);
    }

    [Fact]
    public async Task The_router_waits_exactly_the_Retry_After_of_an_OpenAI_429_on_the_clock()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock);
        model.Enqueue(FakeReply.Throw(OpenAIError(HttpStatusCode.TooManyRequests, ("Retry-After", "7"))), FakeReply.Text("ok"));
        using ModelRouterChatClient router = Router(clock, o => o.AddBackend("only", model));

        Task<ChatResponse> call = router.GetResponseAsync("hi");
        clock.Advance(TimeSpan.FromSeconds(7) - TimeSpan.FromTicks(1));
        Assert.Equal(1, model.CallCount);
        Assert.False(call.IsCompleted);
        clock.Advance(TimeSpan.FromTicks(1));

        Assert.Equal("ok", (await call.WaitAsync(TimeSpan.FromSeconds(30))).Text);
        Assert.Equal(2, model.CallCount);
    }

    [Fact]
    public async Task The_router_waits_exactly_the_Retry_After_of_an_Azure_503_on_the_clock()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock);
        model.Enqueue(FakeReply.Throw(new RequestFailedException(new AzureResponse(503, ("Retry-After", "5")))), FakeReply.Text("ok"));
        using ModelRouterChatClient router = Router(clock, o => o.AddBackend("only", model));

        Task<ChatResponse> call = router.GetResponseAsync("hi");
        clock.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromTicks(1));
        Assert.Equal(1, model.CallCount);
        clock.Advance(TimeSpan.FromTicks(1));

        Assert.Equal("ok", (await call.WaitAsync(TimeSpan.FromSeconds(30))).Text);
    }

    [Fact]
    public async Task An_OpenAI_429_asking_for_longer_than_MaxRetryAfter_fails_at_once_with_that_Retry_After()
    {
        var clock = new FakeTimeProvider();
        var model = new FakeChatClient(clock);
        model.Responder = _ => FakeReply.Throw(OpenAIError(HttpStatusCode.TooManyRequests, ("Retry-After", "120")));
        using ModelRouterChatClient router = Router(clock, o => o.AddBackend("only", model));

        var error = await Assert.ThrowsAsync<NoHealthyBackendException>(() => router.GetResponseAsync("hi"));

        Assert.Equal(1, model.CallCount);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.IsType<ClientResultException>(error.InnerException);
    }

    [Fact]
    public async Task An_OpenAI_401_is_neither_retried_nor_failed_over()
    {
        var clock = new FakeTimeProvider();
        var first = new FakeChatClient(clock);
        var second = new FakeChatClient(clock);
        first.Responder = _ => FakeReply.Throw(OpenAIError(HttpStatusCode.Unauthorized));
        second.Responder = first.Responder;
        using ModelRouterChatClient router = Router(clock, o => o.AddBackend("first", first).AddBackend("second", second));

        var error = await Assert.ThrowsAsync<ClientResultException>(() => router.GetResponseAsync("hi"));

        Assert.Equal(401, error.Status);
        Assert.Equal(1, first.CallCount + second.CallCount);
    }

    /// <summary>A real <see cref="ClientResultException"/> over a real raw response, as the OpenAI SDK throws it.</summary>
    private static ClientResultException OpenAIError(HttpStatusCode status, params (string Name, string Value)[] headers)
    {
        var transport = new HttpClientPipelineTransport(new HttpClient(new StatusHandler(status, headers)));
        PipelineMessage message = transport.CreateMessage();
        message.Request.Method = "POST";
        message.Request.Uri = new Uri("http://127.0.0.1/v1/chat/completions");
        transport.Process(message);
        return new ClientResultException(message.Response!);
    }

    private sealed class StatusHandler(HttpStatusCode status, (string Name, string Value)[] headers) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Send(request, cancellationToken));

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent("""{"error":{"message":"no"}}""") };
            foreach ((string name, string value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        }
    }

    /// <summary>An Azure.Core response (the SDK's own types are internal), for a real <see cref="RequestFailedException"/>.</summary>
    private sealed class AzureResponse(int status, params (string Name, string Value)[] headers) : Response
    {
        public override int Status => status;

        public override string ReasonPhrase => "error";

        public override Stream? ContentStream { get; set; }

        public override string ClientRequestId { get; set; } = "test";

        public override void Dispose()
        {
        }

        protected override bool ContainsHeader(string name) => TryGetHeader(name, out _);

        protected override IEnumerable<HttpHeader> EnumerateHeaders() => headers.Select(h => new HttpHeader(h.Name, h.Value));

        protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
        {
            value = headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
            return value is not null;
        }

        protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
        {
            values = TryGetHeader(name, out string? value) ? [value] : null;
            return values is not null;
        }
    }
}
