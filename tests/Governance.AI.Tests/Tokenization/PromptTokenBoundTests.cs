using System.Text;
using System.Text.Json;
using Governance.AI.Tokenization;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests.Tokenization;

/// <summary>
/// The prompt bound the budgets admit with (<see cref="ChatTokenFormula.Utf8UpperBound"/>) is never below the exact
/// chat count, for every kind of content the formula counts, in both encodings.
/// </summary>
public sealed class PromptTokenBoundTests
{
    private static readonly TiktokenTokenCounter[] Counters = [new(TiktokenEncoding.O200kBase), new(TiktokenEncoding.Cl100kBase)];

    public static TheoryData<string> CorpusDocuments()
    {
        var data = new TheoryData<string>();
        foreach (string name in TokenizerCorpus.Documents.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments))]
    public void The_bound_holds_for_every_document_of_the_multilingual_corpus(string name)
    {
        string text = TokenizerCorpus.Documents[name];
        List<ChatMessage> messages = [new(ChatRole.System, "You are terse."), new(ChatRole.User, text) { AuthorName = "user_1" }];
        var options = new ChatOptions { Instructions = text[..Math.Min(200, text.Length)] };
        AssertBounded(messages, options);
    }

    [Fact]
    public void The_bound_holds_for_every_kind_of_content_and_for_tools()
    {
        using JsonDocument schema = JsonDocument.Parse("""
            {
              "type": "object",
              "properties": {
                "location": { "type": "string", "description": "The city, e.g. Zürich or 東京." },
                "unit": { "type": "string", "enum": ["celsius", "fahrenheit", 3] }
              }
            }
            """);
        var options = new ChatOptions
        {
            Tools =
            [
                AIFunctionFactory.CreateDeclaration("get_weather", "Get the weather.", schema.RootElement.Clone()),
                AIFunctionFactory.CreateDeclaration("noop", null, JsonDocument.Parse("{}").RootElement.Clone()),
            ],
        };
        List<ChatMessage> messages =
        [
            new(ChatRole.User, [
                new TextContent("Emoji 👩‍👩‍👧‍👦🇩🇪 and a lone surrogate \uD800 and \uDFFF."),
                new DataContent(new byte[] { 1, 2, 3 }, "image/png"),
                new DataContent(new byte[37], "audio/wav"),
                new UriContent("https://example.com/cat.png", "image/png"),
                new UriContent("https://example.com/a/very/long/path/doc.pdf", "application/pdf"),
            ]),
            new(ChatRole.Assistant, [
                new TextReasoningContent("thinking… ถ้าฝนตก"),
                new FunctionCallContent("call_1", "get_weather", new Dictionary<string, object?> { ["location"] = "Zürich", ["days"] = 3 }),
            ]),
            new(ChatRole.Tool, [
                new FunctionResultContent("call_1", "Sunny, 23 °C"),
                new FunctionResultContent("call_2", JsonDocument.Parse("""{"temp":[1,2,3]}""").RootElement.Clone()),
                new FunctionResultContent("call_3", new Dictionary<string, int> { ["a"] = 1 }),
                new ErrorContent("tool failed: 接続できません"),
            ]),
        ];
        AssertBounded(messages, options);
    }

    [Fact]
    public void Text_that_needs_more_tokens_than_chars_stays_bounded()
    {
        // Rare three-byte characters take more tokens than UTF-16 chars: a char count is no bound, the UTF-8 byte
        // count is.
        var text = new StringBuilder();
        for (int cp = 0x2800; cp < 0x2900; cp += 5)
        {
            // Braille patterns and Vai syllables: rare three-byte characters that BPE splits below one token per char.
            text.Append((char)cp).Append((char)(0xA500 + (cp % 0x12B)));
        }

        List<ChatMessage> messages = [new(ChatRole.User, text.ToString())];
        foreach (TiktokenTokenCounter counter in Counters)
        {
            Assert.True(counter.CountTokens(text.ToString()) > text.Length, $"{counter.Encoding.Name}: more tokens than UTF-16 chars");
        }

        AssertBounded(messages, null);
    }

    private static void AssertBounded(List<ChatMessage> messages, ChatOptions? options)
    {
        foreach (TiktokenTokenCounter counter in Counters)
        {
            int exact = counter.CountTokens(messages, options);
            int bound = ((IPromptTokenBound)counter).PromptTokensUpperBound(messages, options);
            Assert.True(bound >= exact, $"{counter.Encoding.Name}: bound {bound} < count {exact}");
        }
    }
}
