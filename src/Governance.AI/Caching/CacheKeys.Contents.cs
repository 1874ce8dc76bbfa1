using Microsoft.Extensions.AI;

namespace Governance.AI.Caching;

/// <content>
/// What a message contributes to a key: its role, author and each content part (text, data by its bytes, function
/// calls and results with their arguments), and the tools a request offers.
/// </content>
internal static partial class CacheKeys
{
    private static void AddMessage(KeyHash hash, ChatMessage message)
    {
        hash.Add(message.Role.Value);
        hash.Add(message.AuthorName);
        // By index: enumerating the IList allocates an enumerator per message.
        IList<AIContent> contents = message.Contents;
        int count = contents.Count;
        hash.AddLength(count);
        for (int i = 0; i < count; i++)
        {
            AddContent(hash, contents[i]);
        }
    }

    /// <summary>Hashes what a content part contributes to the answer: binary data by its bytes, never by serializing it.</summary>
    private static void AddContent(KeyHash hash, AIContent content)
    {
        switch (content)
        {
            case TextContent text:
                hash.Add(TextTag);
                hash.AddNormalizedText(text.Text);
                break;
            case DataContent data:
                hash.Add("data");
                hash.Add(data.MediaType);
                hash.Add(data.Name);
                hash.AddBytes(data.Data.Span);
                break;
            case UriContent uri:
                hash.Add("uri");
                hash.Add(uri.Uri.OriginalString);
                hash.Add(uri.MediaType);
                break;
            case HostedFileContent file:
                hash.Add("hosted_file");
                hash.Add(file.FileId);
                break;
            case HostedVectorStoreContent store:
                hash.Add("hosted_vector_store");
                hash.Add(store.VectorStoreId);
                break;
            case TextReasoningContent reasoning:
                hash.Add("reasoning");
                hash.Add(reasoning.Text);
                hash.Add(reasoning.ProtectedData);
                break;
            case FunctionCallContent call:
                hash.Add("function_call");
                hash.Add(call.CallId);
                hash.Add(call.Name);
                AddArguments(hash, call.Arguments);
                break;
            case FunctionResultContent result:
                hash.Add("function_result");
                hash.Add(result.CallId);
                hash.AddJson(result.Result);
                break;
            case ErrorContent error:
                hash.Add("error");
                hash.Add(error.Message);
                hash.Add(error.ErrorCode);
                hash.Add(error.Details);
                break;
            case UsageContent:
                // Usage a provider reported for an earlier turn does not change the next answer.
                hash.Add("usage");
                break;
            case not null when content.GetType().Assembly == typeof(AIContent).Assembly:
                // The library's other parts (hosted tool calls and results, approvals) by their JSON form, which
                // carries all they hold.
                hash.Add(content.GetType().FullName);
                hash.AddJson(content);
                break;
            default:
                // A custom part's JSON form need not carry what tells two of them apart: rather than letting
                // different parts collide, the request is not cached.
                hash.MarkUnhashable();
                break;
        }
    }

    private static void AddArguments(KeyHash hash, IDictionary<string, object?>? arguments)
    {
        if (arguments is null)
        {
            hash.AddLength(-1);
            return;
        }

        hash.AddLength(arguments.Count);
        foreach (KeyValuePair<string, object?> argument in arguments)
        {
            hash.Add(argument.Key);
            hash.AddJson(argument.Value);
        }
    }

    private static void AddTools(KeyHash hash, ChatOptions? options)
    {
        if (options?.Tools is not { Count: > 0 } tools)
        {
            hash.AddLength(0);
            return;
        }

        hash.AddLength(tools.Count);
        foreach (AITool tool in tools)
        {
            hash.Add(tool.GetType().FullName);
            hash.Add(tool.Name);
            hash.Add(tool.Description);
            switch (tool)
            {
                case AIFunctionDeclaration function:
                    hash.Add(function.JsonSchema.GetRawText());
                    hash.Add(function.ReturnJsonSchema?.GetRawText());
                    break;
                case HostedFileSearchTool fileSearch:
                    hash.Add(fileSearch.MaximumResultCount);
                    AddContents(hash, fileSearch.Inputs);
                    break;
                case HostedCodeInterpreterTool codeInterpreter:
                    AddContents(hash, codeInterpreter.Inputs);
                    break;
                case HostedMcpServerTool mcp:
                    hash.Add(mcp.ServerName);
                    hash.Add(mcp.ServerAddress);
                    hash.AddLength(mcp.AllowedTools?.Count ?? -1);
                    foreach (string allowed in mcp.AllowedTools ?? [])
                    {
                        hash.Add(allowed);
                    }

                    hash.AddJson(mcp.ApprovalMode);
                    AddSorted(hash, mcp.Headers);
                    break;
                case HostedImageGenerationTool image:
                    hash.AddJson(image.Options);
                    break;
            }

            AddSorted(hash, tool.AdditionalProperties);
        }
    }

    private static void AddContents(KeyHash hash, IList<AIContent>? contents)
    {
        hash.AddLength(contents?.Count ?? -1);
        foreach (AIContent content in contents ?? [])
        {
            AddContent(hash, content);
        }
    }
}
