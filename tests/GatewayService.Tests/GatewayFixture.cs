using System.ClientModel;
using System.ClientModel.Primitives;
using Governance.AI.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using OpenAI.Chat;

namespace GatewayService.Tests;

/// <summary>The gateway on an in-memory test server, over a fake model on a fake clock.</summary>
internal sealed class GatewayFixture : IAsyncDisposable
{
    private GatewayFixture(WebApplication app, FakeTimeProvider clock)
    {
        App = app;
        Clock = clock;
        Http = app.GetTestClient();
    }

    public WebApplication App { get; }

    public FakeTimeProvider Clock { get; }

    public HttpClient Http { get; }

    public static async Task<GatewayFixture> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider();
        WebApplication app = GatewayApp.Build([], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
            builder.Services.AddSingleton<TimeProvider>(clock);
        });
        await app.StartAsync();
        return new GatewayFixture(app, clock);
    }

    /// <summary>The official OpenAI .NET client, pointed at the gateway.</summary>
    public ChatClient OpenAIChat(string apiKey, string model = "gpt-4o-mini") =>
        new(model, new ApiKeyCredential(apiKey), new OpenAIClientOptions
        {
            Endpoint = new Uri(Http.BaseAddress!, "/v1"),
            Transport = new HttpClientPipelineTransport(Http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        });

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
