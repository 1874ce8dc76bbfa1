using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Governance.AI.Caching;

/// <summary>Computes the partition key and the exact request key: SHA-256 over length-prefixed canonical fields.</summary>
internal static class CacheKeys
{
    private const string TagPrefix = "tag:";
    private const string PropertyPrefix = "property:";
    private static readonly ChatOptions EmptyOptions = new();

    /// <summary>Gets a value indicating whether a vary-by entry has a known form.</summary>
    public static bool IsValidVaryBy(string? value) =>
        value is "user" or "application" or "cost_center"
        || (value is not null && value.StartsWith(TagPrefix, StringComparison.Ordinal) && value.Length > TagPrefix.Length)
        || (value is not null && value.StartsWith(PropertyPrefix, StringComparison.Ordinal) && value.Length > PropertyPrefix.Length);

    /// <summary>
    /// The partition: tenant (unless shared), model, system prompt and instructions, tools, response format,
    /// vary-by values, and the conversation around the embedded text (so a semantic hit never crosses histories).
    /// </summary>
    public static string Partition(
        CallerContext caller,
        IReadOnlyList<ChatMessage> messages,
        ChatOptions? options,
        SemanticCacheOptions settings,
        int embeddedMessage)
    {
        using var hash = new KeyHash();
        hash.Add("partition/v1");
        hash.Add(settings.ShareAcrossTenants ? "*" : caller.TenantId is null ? "\0anonymous" : "t:" + caller.TenantId);
        hash.Add(options?.ModelId);
        hash.Add(options?.Instructions is { } instructions ? NormalizeText(instructions) : null);
        for (int i = 0; i < messages.Count; i++)
        {
            ChatMessage message = messages[i];
            if (message.Role == ChatRole.System)
            {
                hash.Add("system");
                AddMessage(hash, message);
            }
            else if (embeddedMessage >= 0 && i != embeddedMessage)
            {
                hash.Add("history");
                AddMessage(hash, message);
            }
        }

        AddTools(hash, options);
        AddResponseFormat(hash, options?.ResponseFormat);

        // Sampling and length settings change the answer too: a semantic hit must not cross them either.
        AddGenerationSettings(hash, options);
        foreach (string varyBy in settings.VaryBy)
        {
            hash.Add(varyBy);
            hash.Add(VaryByValue(varyBy, caller, options));
        }

        return hash.Finish();
    }

    /// <summary>The exact request key: every message and every option that changes the answer.</summary>
    public static string Exact(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        using var hash = new KeyHash();
        hash.Add("exact/v1");
        hash.AddLength(messages.Count);
        foreach (ChatMessage message in messages)
        {
            AddMessage(hash, message);
        }

        hash.Add(options?.ModelId);
        hash.Add(options?.Instructions is { } instructions ? NormalizeText(instructions) : null);
        AddTools(hash, options);
        AddResponseFormat(hash, options?.ResponseFormat);
        AddGenerationSettings(hash, options);
        return hash.Finish();
    }

    private static void AddGenerationSettings(KeyHash hash, ChatOptions? options)
    {
        // No options and empty options are the same request.
        options ??= EmptyOptions;
        hash.Add(options.Temperature);
        hash.Add(options.TopP);
        hash.Add(options.TopK);
        hash.Add(options.MaxOutputTokens);
        hash.Add(options.FrequencyPenalty);
        hash.Add(options.PresencePenalty);
        hash.Add(options.Seed);
        hash.Add(options.AllowMultipleToolCalls?.ToString());
        hash.AddJson(options.ToolMode);
        hash.AddJson(options.Reasoning);
        if (options.StopSequences is { } stops)
        {
            hash.AddLength(stops.Count);
            foreach (string stop in stops)
            {
                hash.Add(stop);
            }
        }

        if (options.AdditionalProperties is { Count: > 0 } properties)
        {
            // Provider-specific settings change the answer; the pipeline's own keys (caller, switches) do not.
            List<string>? keys = null;
            foreach (string key in properties.Keys)
            {
                if (!GovernanceProperties.IsGovernanceKey(key))
                {
                    (keys ??= []).Add(key);
                }
            }

            if (keys is not null)
            {
                keys.Sort(StringComparer.Ordinal);
                foreach (string key in keys)
                {
                    hash.Add(key);
                    hash.AddJson(properties[key]);
                }
            }
        }
    }

    /// <summary>Trims, collapses white-space runs to one space and normalizes to Unicode form C.</summary>
    public static string NormalizeText(string text)
    {
        string normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        bool space = false;
        foreach (char c in normalized.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string? VaryByValue(string varyBy, CallerContext caller, ChatOptions? options) => varyBy switch
    {
        "user" => caller.UserId,
        "application" => caller.ApplicationId,
        "cost_center" => caller.CostCenter,
        _ when varyBy.StartsWith(TagPrefix, StringComparison.Ordinal) =>
            caller.Tags.TryGetValue(varyBy[TagPrefix.Length..], out string? tag) ? tag : null,
        _ => options?.AdditionalProperties is { } properties && properties.TryGetValue(varyBy[PropertyPrefix.Length..], out object? value)
            ? Convert.ToString(value, CultureInfo.InvariantCulture)
            : null,
    };

    private static void AddMessage(KeyHash hash, ChatMessage message)
    {
        hash.Add(message.Role.Value);
        hash.Add(message.AuthorName);
        hash.AddLength(message.Contents.Count);
        foreach (AIContent content in message.Contents)
        {
            if (content is TextContent text)
            {
                hash.Add("text");
                hash.Add(NormalizeText(text.Text));
            }
            else
            {
                hash.Add(content.GetType().Name);
                hash.AddJson(content);
            }
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
            hash.Add(tool.GetType().Name);
            hash.Add(tool.Name);
            hash.Add(tool.Description);
            if (tool is AIFunctionDeclaration function)
            {
                hash.Add(function.JsonSchema.GetRawText());
                hash.Add(function.ReturnJsonSchema?.GetRawText());
            }
        }
    }

    private static void AddResponseFormat(KeyHash hash, ChatResponseFormat? format)
    {
        switch (format)
        {
            case null:
                hash.Add("format:none");
                break;
            case ChatResponseFormatJson json:
                hash.Add("format:json");
                hash.Add(json.SchemaName);
                hash.Add(json.SchemaDescription);
                hash.Add(json.Schema?.GetRawText());
                break;
            default:
                hash.Add("format:" + format.GetType().Name);
                break;
        }
    }

    /// <summary>An incremental SHA-256 over length-prefixed fields, so that no two field lists hash alike by concatenation.</summary>
    private sealed class KeyHash : IDisposable
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public void Add(string? value)
        {
            if (value is null)
            {
                AddLength(-1);
                return;
            }

            int max = Encoding.UTF8.GetMaxByteCount(value.Length);
            byte[] buffer = ArrayPool<byte>.Shared.Rent(max);
            try
            {
                int length = Encoding.UTF8.GetBytes(value, buffer);
                AddLength(length);
                _hash.AppendData(buffer, 0, length);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        public void AddLength(long value)
        {
            Span<byte> bytes = stackalloc byte[sizeof(long)];
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
            _hash.AppendData(bytes);
        }

        public void Add(long? value) => Add(value is { } v ? v.ToString(CultureInfo.InvariantCulture) : null);

        public void Add(int? value) => Add(value is { } v ? v.ToString(CultureInfo.InvariantCulture) : null);

        public void Add(float? value) => Add(value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : null);

        public void AddJson(object? value)
        {
            if (value is null)
            {
                Add((string?)null);
                return;
            }

            string json;
            try
            {
                json = JsonSerializer.Serialize(value, value.GetType(), AIJsonUtilities.DefaultOptions);
            }
            catch (NotSupportedException)
            {
                json = value.GetType().FullName + ":" + Convert.ToString(value, CultureInfo.InvariantCulture);
            }

            Add(json);
        }

        public string Finish()
        {
            Span<byte> digest = stackalloc byte[32];
            _hash.GetHashAndReset(digest);
            return Convert.ToHexStringLower(digest[..16]);
        }

        public void Dispose() => _hash.Dispose();
    }
}
