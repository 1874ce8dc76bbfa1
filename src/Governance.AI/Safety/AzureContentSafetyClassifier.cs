using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Governance.AI.Safety;

/// <summary>Options of the <see cref="AzureContentSafetyClassifier"/>.</summary>
public sealed class AzureContentSafetyOptions
{
    /// <summary>Gets or sets the resource endpoint, for example <c>https://my-resource.cognitiveservices.azure.com/</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Gets or sets the subscription key, sent as the <c>Ocp-Apim-Subscription-Key</c> header.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets the REST API version. Default <c>2024-09-01</c>.</summary>
    public string ApiVersion { get; set; } = "2024-09-01";

    /// <summary>Gets or sets a value indicating whether <c>text:analyze</c> (harm categories) is called. Default true.</summary>
    public bool AnalyzeText { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether <c>text:shieldPrompt</c> (prompt shields) is called for prompts and untrusted content. Default true.</summary>
    public bool ShieldPrompts { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether eight severity levels (0–7) are requested instead of four (0, 2, 4, 6). Default false.</summary>
    public bool EightSeverityLevels { get; set; }

    /// <summary>Gets or sets the severity reported for a detected prompt attack (shields only say yes or no). Default 6.</summary>
    public int PromptAttackSeverity { get; set; } = 6;

    /// <summary>
    /// Gets or sets the longest a classification call may take, retries of a resilience handler included, when the
    /// classifier is registered with <c>AddAzureContentSafetyClassifier</c>. Default 10 seconds: a classifier runs before
    /// the model call, so it must give up well within the time a chat call is allowed.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is missing or invalid.</exception>
    public void Validate()
    {
        if (Endpoint is null || !Endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("An absolute endpoint is required.", nameof(Endpoint));
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException("An API key is required.", nameof(ApiKey));
        }

        if (string.IsNullOrWhiteSpace(ApiVersion))
        {
            throw new ArgumentException("An API version is required.", nameof(ApiVersion));
        }

        if (!AnalyzeText && !ShieldPrompts)
        {
            throw new ArgumentException("Enable text analysis, prompt shields or both.", nameof(AnalyzeText));
        }

        if (PromptAttackSeverity is < 0 or > 7)
        {
            throw new ArgumentException("The severity must be between 0 and 7.", nameof(PromptAttackSeverity));
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(5))
        {
            throw new ArgumentException($"The timeout must be positive and at most 5 minutes (was {Timeout}).", nameof(Timeout));
        }
    }
}

/// <summary>
/// Classifies text with Azure AI Content Safety over its REST API: <c>text:analyze</c> for the harm categories
/// (Hate, SelfHarm, Sexual, Violence) and <c>text:shieldPrompt</c> for prompt attacks in prompts and documents.
/// </summary>
/// <remarks>
/// Texts longer than <see cref="MaxAnalyzeChars"/> are analyzed in parts (the highest severity per category counts),
/// at most ten parts: only the first 100 000 characters of a text are analyzed. Failures (transport errors, error
/// statuses, malformed bodies) throw <see cref="ContentSafetyClassifierException"/>; the safety policy then fails
/// closed or open as configured.
/// </remarks>
public sealed class AzureContentSafetyClassifier : IContentSafetyClassifier
{
    /// <summary>The longest text one <c>text:analyze</c> call accepts; longer texts are sent in parts.</summary>
    public const int MaxAnalyzeChars = 10_000;

    private const int MaxParts = 10;

    private readonly Func<HttpClient> _http;
    private readonly AzureContentSafetyOptions _options;
    private readonly Uri _analyzeUri;
    private readonly Uri _shieldUri;

    /// <summary>Initializes a new instance of the <see cref="AzureContentSafetyClassifier"/> class.</summary>
    /// <param name="httpClient">The HTTP client (from <c>IHttpClientFactory</c> in applications).</param>
    /// <param name="options">The options.</param>
    public AzureContentSafetyClassifier(HttpClient httpClient, AzureContentSafetyOptions options)
        : this(Provide(httpClient), options)
    {
    }

    /// <summary>Initializes a new instance with a client per call, from <c>IHttpClientFactory</c> (so its handlers rotate).</summary>
    internal AzureContentSafetyClassifier(Func<HttpClient> httpClient, AzureContentSafetyOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = httpClient;
        _options = options;
        var baseUri = options.Endpoint!.AbsoluteUri.TrimEnd('/');
        var version = Uri.EscapeDataString(options.ApiVersion);
        _analyzeUri = new Uri($"{baseUri}/contentsafety/text:analyze?api-version={version}");
        _shieldUri = new Uri($"{baseUri}/contentsafety/text:shieldPrompt?api-version={version}");
    }

    /// <inheritdoc />
    public string Name => "azure";

    private static Func<HttpClient> Provide(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        return () => httpClient;
    }

    /// <inheritdoc />
    public async Task<ContentSafetyClassification> ClassifyAsync(ContentSafetyRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var severities = new Dictionary<string, int>(StringComparer.Ordinal);
        if (_options.AnalyzeText)
        {
            var parts = 0;
            for (var start = 0; start < request.Text.Length && parts < MaxParts; start += MaxAnalyzeChars, parts++)
            {
                var part = request.Text.Substring(start, Math.Min(MaxAnalyzeChars, request.Text.Length - start));
                using var doc = await PostAsync(_analyzeUri, w => WriteAnalyze(w, part), cancellationToken).ConfigureAwait(false);
                ReadAnalyze(doc.RootElement, severities);
            }
        }

        if (_options.ShieldPrompts && request.Origin is SafetyContentOrigin.UserPrompt or SafetyContentOrigin.UntrustedContent)
        {
            using var doc = await PostAsync(_shieldUri, w => WriteShield(w, request), cancellationToken).ConfigureAwait(false);
            if (ReadShield(doc.RootElement))
            {
                severities[ContentSafetyCategories.PromptAttack] = _options.PromptAttackSeverity;
            }
        }

        return severities.Count == 0
            ? ContentSafetyClassification.Safe
            : new ContentSafetyClassification([.. severities.Select(kv => new ContentSafetyCategoryResult(kv.Key, kv.Value))]);
    }

    private void WriteAnalyze(Utf8JsonWriter w, string text)
    {
        w.WriteStartObject();
        w.WriteString("text", text);
        w.WriteStartArray("categories");
        w.WriteStringValue("Hate");
        w.WriteStringValue("SelfHarm");
        w.WriteStringValue("Sexual");
        w.WriteStringValue("Violence");
        w.WriteEndArray();
        w.WriteString("outputType", _options.EightSeverityLevels ? "EightSeverityLevels" : "FourSeverityLevels");
        w.WriteEndObject();
    }

    private static void WriteShield(Utf8JsonWriter w, ContentSafetyRequest request)
    {
        var untrusted = request.Origin == SafetyContentOrigin.UntrustedContent;
        w.WriteStartObject();
        w.WriteString("userPrompt", untrusted ? string.Empty : request.Text);
        w.WriteStartArray("documents");
        if (untrusted)
        {
            w.WriteStringValue(request.Text);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void ReadAnalyze(JsonElement root, Dictionary<string, int> severities)
    {
        if (!root.TryGetProperty("categoriesAnalysis", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new ContentSafetyClassifierException("The text:analyze response has no categoriesAnalysis array.");
        }

        foreach (var item in list.EnumerateArray())
        {
            if (!item.TryGetProperty("category", out var c) || c.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("severity", out var s) || !s.TryGetInt32(out var severity))
            {
                throw new ContentSafetyClassifierException("A categoriesAnalysis entry lacks a category or a severity.");
            }

            var category = c.GetString() switch
            {
                "Hate" => ContentSafetyCategories.Hate,
                "SelfHarm" => ContentSafetyCategories.SelfHarm,
                "Sexual" => ContentSafetyCategories.Sexual,
                "Violence" => ContentSafetyCategories.Violence,
                var other => other!.ToLowerInvariant(),
            };
            severity = Math.Clamp(severity, 0, 7);
            if (severity > 0 && (!severities.TryGetValue(category, out var known) || known < severity))
            {
                severities[category] = severity;
            }
        }
    }

    private static bool ReadShield(JsonElement root)
    {
        var attack = false;
        if (root.TryGetProperty("userPromptAnalysis", out var user) && user.ValueKind == JsonValueKind.Object)
        {
            attack |= AttackDetected(user);
        }

        if (root.TryGetProperty("documentsAnalysis", out var docs) && docs.ValueKind == JsonValueKind.Array)
        {
            foreach (var d in docs.EnumerateArray())
            {
                attack |= AttackDetected(d);
            }
        }
        else if (user.ValueKind != JsonValueKind.Object)
        {
            throw new ContentSafetyClassifierException("The text:shieldPrompt response has neither userPromptAnalysis nor documentsAnalysis.");
        }

        return attack;
    }

    private static bool AttackDetected(JsonElement analysis) =>
        analysis.TryGetProperty("attackDetected", out var a) && a.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? a.GetBoolean()
            : throw new ContentSafetyClassifierException("A prompt-shield analysis lacks attackDetected.");

    private async Task<JsonDocument> PostAsync(Uri uri, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, uri);
        message.Headers.Add("Ocp-Apim-Subscription-Key", _options.ApiKey);
        message.Content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        HttpResponseMessage response;
        try
        {
            response = await _http().SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new ContentSafetyClassifierException("Azure AI Content Safety could not be reached.", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ContentSafetyClassifierException("Azure AI Content Safety timed out.", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new ContentSafetyClassifierException(string.Create(CultureInfo.InvariantCulture, $"Azure AI Content Safety returned {(int)response.StatusCode}."));
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                try
                {
                    return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (JsonException ex)
                {
                    throw new ContentSafetyClassifierException("Azure AI Content Safety returned malformed JSON.", ex);
                }
            }
        }
    }
}
