using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using OpenAI.Chat;

namespace GatewayService.Tests;

/// <summary>How a test reaches the gateway: the in-memory test server, or Kestrel on a real 127.0.0.1 port.</summary>
public enum GatewayHost
{
    /// <summary>ASP.NET Core's in-memory test server.</summary>
    TestServer,

    /// <summary>Kestrel on a free 127.0.0.1 port, over real sockets.</summary>
    Kestrel,
}

/// <summary>The gateway over a fake clock; the upstream is the simulated model unless the settings point it at a stub.</summary>
internal sealed class GatewayFixture : IAsyncDisposable
{
    private GatewayFixture(WebApplication app, FakeTimeProvider clock, HttpClient http)
    {
        App = app;
        Clock = clock;
        Http = http;
    }

    public WebApplication App { get; }

    public FakeTimeProvider Clock { get; }

    public HttpClient Http { get; }

    public static async Task<GatewayFixture> StartAsync(
        IDictionary<string, string?>? settings = null,
        GatewayHost host = GatewayHost.TestServer,
        Action<WebApplicationBuilder>? configure = null,
        string[]? args = null)
    {
        var clock = new FakeTimeProvider();

        // Command-line arguments, unlike settings, are seen by what GatewayApp.Build reads before `configure` (Redis).
        WebApplication app = GatewayApp.Build(args ?? [], builder =>
        {
            if (host == GatewayHost.TestServer)
            {
                builder.WebHost.UseTestServer();
            }
            else
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
            }

            builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
            builder.Services.AddSingleton<TimeProvider>(clock);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        HttpClient http = host == GatewayHost.TestServer
            ? app.GetTestClient()
            : new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        return new GatewayFixture(app, clock, http);
    }

    /// <summary>The official OpenAI .NET client, pointed at the gateway, without retries of its own.</summary>
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
