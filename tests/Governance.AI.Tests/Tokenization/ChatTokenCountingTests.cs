using System.Text.Json;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Tokenization;

public sealed class ChatTokenCountingTests
{
    private static readonly TiktokenTokenCounter O200k = new(TiktokenEncoding.O200kBase);
    private static readonly TiktokenTokenCounter Cl100k = new(TiktokenEncoding.Cl100kBase);

    // The OpenAI cookbook's "How to count tokens with tiktoken" example conversation.
    private static List<ChatMessage> CookbookMessages() =>
    [
        new(ChatRole.System, "You are a helpful, pattern-following assistant that translates corporate jargon into plain English."),
        new(ChatRole.System, "New synergies will help drive top-line growth.") { AuthorName = "example_user" },
        new(ChatRole.System, "Things working well together will increase revenue.") { AuthorName = "example_assistant" },
        new(ChatRole.System, "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage.") { AuthorName = "example_user" },
        new(ChatRole.System, "Let's talk later when we're less busy about how to do better.") { AuthorName = "example_assistant" },
        new(ChatRole.User, "This late pivot means we don't have time to boil the ocean for the client deliverable."),
    ];

    private static ChatOptions WeatherTool()
    {
        using JsonDocument schema = JsonDocument.Parse("""
            {
              "type": "object",
              "properties": {
                "location": { "type": "string", "description": "The city and state, e.g. San Francisco, CA" },
                "unit": { "type": "string", "description": "The unit of temperature to return", "enum": ["celsius", "fahrenheit"] }
              },
              "required": ["location"]
            }
            """);
        return new ChatOptions
        {
            Tools = [AIFunctionFactory.CreateDeclaration("get_current_weather", "Get the current weather in a given location", schema.RootElement.Clone())],
        };
    }

    private static List<ChatMessage> WeatherMessages() =>
    [
        new(ChatRole.System, "You are a helpful assistant that can answer to questions about the weather."),
        new(ChatRole.User, "What's the weather like in San Francisco?"),
    ];

    [Fact]
    public void Message_formula_is_overhead_plus_role_name_and_content_tokens()
    {
        // 3 per message + role + content (+ name + 1), plus 3 for the reply priming.
        foreach (TiktokenTokenCounter counter in new[] { O200k, Cl100k })
        {
            List<ChatMessage> messages = CookbookMessages();
            int expected = 3;
            foreach (ChatMessage m in messages)
            {
                expected += 3 + counter.CountTokens(m.Role.Value) + counter.CountTokens(m.Text);
                if (m.AuthorName is not null)
                {
                    expected += counter.CountTokens(m.AuthorName) + 1;
                }
            }

            Assert.Equal(expected, counter.CountTokens(messages));
        }
    }

    [Fact]
    public void Cookbook_conversation_matches_the_published_api_counts()
    {
        // The cookbook reports these prompt tokens from the API: 129 for gpt-3.5-turbo / gpt-4, 124 for gpt-4o(-mini).
        Assert.Equal(129, Cl100k.CountTokens(CookbookMessages()));
        Assert.Equal(124, O200k.CountTokens(CookbookMessages()));
    }

    [Fact]
    public void Tool_definitions_follow_the_documented_formula()
    {
        // 12 + F + "get_current_weather:Get the current weather in a given location"
        //    + 3 + (3 + "location:string:The city and state, e.g. San Francisco, CA")
        //        + (3 - 3 + (3 + "celsius") + (3 + "fahrenheit") + "unit:string:The unit of temperature to return")
        foreach ((TiktokenTokenCounter counter, int functionInit) in new[] { (O200k, 7), (Cl100k, 10) })
        {
            int tools = 12 + functionInit
                + counter.CountTokens("get_current_weather:Get the current weather in a given location")
                + 3
                + 3 + counter.CountTokens("location:string:The city and state, e.g. San Francisco, CA")
                + 3 - 3 + 3 + counter.CountTokens("celsius") + 3 + counter.CountTokens("fahrenheit")
                + counter.CountTokens("unit:string:The unit of temperature to return");

            Assert.Equal(counter.CountTokens(WeatherMessages()) + tools, counter.CountTokens(WeatherMessages(), WeatherTool()));
        }
    }

    [Fact]
    public void Cookbook_tool_example_matches_the_published_api_counts()
    {
        // The cookbook reports 101 (gpt-4o, gpt-4o-mini) and 105 (gpt-3.5-turbo, gpt-4) prompt tokens from the API.
        Assert.Equal(101, O200k.CountTokens(WeatherMessages(), WeatherTool()));
        Assert.Equal(105, Cl100k.CountTokens(WeatherMessages(), WeatherTool()));
    }

    [Fact]
    public void Instructions_count_as_a_system_message()
    {
        var messages = new List<ChatMessage> { new(ChatRole.User, "Hi") };
        var options = new ChatOptions { Instructions = "Answer in German." };

        int expected = O200k.CountTokens(messages) + 3 + O200k.CountTokens("system") + O200k.CountTokens("Answer in German.");

        Assert.Equal(expected, O200k.CountTokens(messages, options));
    }

    [Fact]
    public void Non_text_contents_use_the_documented_estimates()
    {
        var image = new DataContent(new byte[] { 1, 2, 3 }, "image/png");
        var audio = new DataContent(new byte[10], "audio/wav");
        var imageUri = new UriContent("https://example.com/cat.png", "image/png");
        var call = new FunctionCallContent("call_1", "get_weather", new Dictionary<string, object?> { ["city"] = "Berlin" });
        var result = new FunctionResultContent("call_1", "sunny, 21 °C");
        int baseline = O200k.CountTokens([new ChatMessage(ChatRole.User, [])]);

        Assert.Equal(baseline + 765, O200k.CountTokens([new ChatMessage(ChatRole.User, [image])]));
        Assert.Equal(baseline + 765, O200k.CountTokens([new ChatMessage(ChatRole.User, [imageUri])]));
        Assert.Equal(baseline + 3, O200k.CountTokens([new ChatMessage(ChatRole.User, [audio])]));
        Assert.Equal(
            baseline + 3 + O200k.CountTokens("get_weather") + O200k.CountTokens("""{"city":"Berlin"}"""),
            O200k.CountTokens([new ChatMessage(ChatRole.Assistant, [call])]) - O200k.CountTokens("assistant") + O200k.CountTokens("user"));
        Assert.Equal(
            baseline + O200k.CountTokens("sunny, 21 °C") - O200k.CountTokens("user") + O200k.CountTokens("tool"),
            O200k.CountTokens([new ChatMessage(ChatRole.Tool, [result])]));
    }

    [Fact]
    public void Structured_function_results_count_their_compact_json()
    {
        var result = new FunctionResultContent("call_1", new Dictionary<string, object?> { ["temperature"] = 21, ["unit"] = "C" });
        int baseline = O200k.CountTokens([new ChatMessage(ChatRole.Tool, [])]);

        Assert.Equal(
            baseline + O200k.CountTokens("{\"temperature\":21,\"unit\":\"C\"}"),
            O200k.CountTokens([new ChatMessage(ChatRole.Tool, [result])]));
    }

    [Fact]
    public void Custom_counters_reuse_the_formula_and_only_count_text()
    {
        // One token per character: the formula's overhead is what remains.
        var counter = new CharacterCounter();
        var messages = new List<ChatMessage> { new(ChatRole.User, "abc") { AuthorName = "bob" } };

        Assert.Equal(3 + 3 + "user".Length + 3 + "bob".Length + 1, counter.CountTokens(messages));
    }

    private sealed class CharacterCounter : ITokenCounter
    {
        public bool IsExact => false;

        public int CountTokens(ReadOnlySpan<char> text) => text.Length;

        public int CountTokens(IEnumerable<ChatMessage> messages, ChatOptions? options = null) =>
            ChatTokenFormula.Count(this, messages, options, ChatTokenFormula.FunctionInitO200k);
    }

    [Fact]
    public void Caller_messages_and_options_are_not_mutated()
    {
        List<ChatMessage> messages = WeatherMessages();
        ChatOptions options = WeatherTool();

        O200k.CountTokens(messages, options);

        Assert.Equal(2, messages.Count);
        Assert.Single(options.Tools!);
        Assert.Null(options.Instructions);
    }
}
