using System.Security.Cryptography;
using System.Text;
using Governance.AI.Telemetry;
using Governance.AI.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Governance.AI.Tests.TelemetryPolicy;

/// <summary>
/// Audit events name users by pseudonym. An unkeyed hash of a user id can be reversed by hashing guessed ids, so the
/// pseudonym is a keyed HMAC: the configured key, else a per-process random key announced by a start-up warning.
/// </summary>
public sealed class AuditPseudonymTests
{
    private const int PseudonymKeyGeneratedEventId = 8112;

    [Fact]
    public async Task Without_a_configured_key_a_guessed_id_does_not_reproduce_the_pseudonym_and_a_warning_is_logged()
    {
        (ServiceProvider provider, InMemoryAuditSink sink) = Build();
        using (provider)
        {
            AuditEvent rejected = await RejectedEventForAsync(provider, sink, "alice@contoso.com");

            Assert.Matches("^u_[0-9a-f]{16}$", rejected.UserId);
            Assert.DoesNotContain(rejected.UserId, GuessesOf("alice@contoso.com"));
            Assert.Equal("user:" + rejected.UserId, rejected.Scope);
            FakeLogRecord warning = Assert.Single(provider.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == PseudonymKeyGeneratedEventId);
            Assert.Equal((LogLevel.Warning, AuditLog.Category), (warning.Level, warning.Category));
            Assert.Contains("PseudonymKey", warning.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task With_a_configured_key_the_pseudonym_is_the_HMAC_of_the_id_and_nothing_is_warned()
    {
        const string Key = "k3y-from-the-secret-store-0123456789";
        (ServiceProvider provider, InMemoryAuditSink sink) = Build(("AiGovernance:Telemetry:Audit:PseudonymKey", Key));
        using (provider)
        {
            AuditEvent rejected = await RejectedEventForAsync(provider, sink, "alice@contoso.com");

            string expected = "u_" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Key), "alice@contoso.com"u8)[..8]);
            Assert.Equal(expected, rejected.UserId);
            Assert.Equal("user:" + expected, rejected.Scope);
            Assert.DoesNotContain(provider.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == PseudonymKeyGeneratedEventId);
        }
    }

    [Fact]
    public void A_short_key_fails_at_start_naming_the_setting()
    {
        (ServiceProvider provider, _) = Build(("AiGovernance:Telemetry:Audit:PseudonymKey", "short"));
        using (provider)
        {
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IChatClient>());
            Assert.Contains("AiGovernance:Telemetry:Audit:PseudonymKey", string.Join("\n", error.Failures), StringComparison.Ordinal);
        }
    }

    /// <summary>What an attacker computes from a guessed id: unkeyed SHA-256 of the id, alone or as the old default formed it.</summary>
    private static string[] GuessesOf(string id) =>
    [
        "u_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id))[..8]),
        "u_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("\u001f" + id))[..8]),
    ];

    private static async Task<AuditEvent> RejectedEventForAsync(ServiceProvider provider, InMemoryAuditSink sink, string user)
    {
        IChatClient client = provider.GetRequiredService<IChatClient>();
        ChatOptions options = new ChatOptions { ModelId = "m" }.ForCaller(new CallerContext { UserId = user });
        await client.GetResponseAsync("hi", options);
        await Assert.ThrowsAsync<BudgetExceededException>(() => client.GetResponseAsync("hi", options));
        return Assert.Single(sink.Events, e => e.Decision == AuditDecision.Rejected);
    }

    private static (ServiceProvider Provider, InMemoryAuditSink Sink) Build(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["AiGovernance:Budgets:Limits:0:Scope"] = "User",
            ["AiGovernance:Budgets:Limits:0:Window"] = "Day",
            ["AiGovernance:Budgets:Limits:0:Requests"] = "1",
        };
        foreach ((string key, string value) in settings)
        {
            values[key] = value;
        }

        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var sink = new InMemoryAuditSink();
        var services = new ServiceCollection();
        services.AddFakeLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddSingleton<IAuditSink>(sink);
        services.AddAiGovernance(new FakeChatClient(), configuration).AddTelemetry().AddBudgets();
        return (services.BuildServiceProvider(), sink);
    }
}
