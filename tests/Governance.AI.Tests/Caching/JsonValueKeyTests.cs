using System.Text.Json;
using Governance.AI.Caching;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Tool arguments and results are keyed by their JSON values: a JSON string and a value of another kind whose JSON
/// text reads the same (the string "5" and the number 5, "true" and true) are different values, so they key apart;
/// a string keys alike whether it comes as a .NET string or as a JSON string element.
/// </summary>
public sealed class JsonValueKeyTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static string Key(object? value)
    {
        using var hash = new KeyHash();
        hash.AddJson(value);
        return hash.Finish()!;
    }

    public static TheoryData<object?, object?> StringsAndLookalikes => new()
    {
        { "5", Json("5") },
        { Json("\"5\""), Json("5") },
        { "5", 5 },
        { "true", true },
        { Json("\"true\""), Json("true") },
        { "null", Json("null") },
        { "1.5", 1.5 },
    };

    [Theory]
    [MemberData(nameof(StringsAndLookalikes))]
    public void A_json_string_and_a_value_of_another_kind_with_the_same_text_key_apart(object? text, object? other) =>
        Assert.NotEqual(Key(text), Key(other));

    [Theory]
    [InlineData("5")]
    [InlineData("alice@contoso.com")]
    [InlineData("")]
    public void A_string_keys_alike_as_a_dotnet_string_and_as_a_json_string_element(string text) =>
        Assert.Equal(Key(text), Key(Json(JsonSerializer.Serialize(text))));

    [Fact]
    public void A_tool_call_with_the_string_5_and_one_with_the_number_5_get_different_request_keys()
    {
        // Invariant: two requests whose tool call differs only in an argument's kind are different requests.
        string? asString = RequestKey(new Dictionary<string, object?> { ["count"] = "5" });
        string? asNumber = RequestKey(new Dictionary<string, object?> { ["count"] = Json("5") });
        string? asStringElement = RequestKey(new Dictionary<string, object?> { ["count"] = Json("\"5\"") });

        Assert.NotEqual(asString, asNumber);
        Assert.Equal(asString, asStringElement);
    }

    private static string? RequestKey(Dictionary<string, object?> arguments)
    {
        List<ChatMessage> messages =
        [
            new(ChatRole.User, "How many open orders?"),
            new(ChatRole.Assistant, [new FunctionCallContent("call-1", "count_orders", arguments)]),
            new(ChatRole.Tool, [new FunctionResultContent("call-1", "2")]),
        ];
        var fields = new PartitionFields("t:contoso", CallerContext.ForTenant("contoso"), messages, null, new SemanticCacheOptions(), 0);
        return CacheKeys.Request(fields, "test:", out _);
    }
}
