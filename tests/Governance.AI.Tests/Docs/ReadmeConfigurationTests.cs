using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Governance.AI.Tests.Docs;

/// <summary>The README's configuration example must bind and validate with every policy, so the docs cannot rot.</summary>
public sealed class ReadmeConfigurationTests
{
    [Fact]
    public async Task The_readme_appsettings_example_binds_and_validates_for_every_policy()
    {
        string json = ReadmeJsonExample();
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var model = new FakeChatClient();
        builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(new FakeEmbeddingGenerator());
        builder.Services
            .AddAiGovernance(model)
            .AddTelemetry()
            .AddSafety()
            .AddRedaction()
            .AddSemanticCache()
            .AddBudgets()
            .AddRouting(r => r
                .AddBackend("eastus", new FakeChatClient(), "gpt-4o")
                .AddBackend("westeu", new FakeChatClient(), "gpt-4o", b => b.Priority = 1));
        using IHost host = builder.Build();

        await host.StartAsync();
        ChatResponse response = await host.Services.GetRequiredService<IChatClient>()
            .GetResponseAsync("hello", new ChatOptions { ModelId = "gpt-4o" }.ForCaller("contoso", "alice"));
        await host.StopAsync();

        Assert.StartsWith("Echo: hello", response.Text, StringComparison.Ordinal);
    }

    private static string ReadmeJsonExample([CallerFilePath] string thisFile = "")
    {
        string readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "README.md"));
        Match block = Regex.Match(readme, "```json\\s*\\n(.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, "README.md has no ```json block");
        return block.Groups[1].Value;
    }
}
