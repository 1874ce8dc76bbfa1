using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Polly;

namespace Governance.AI.Routing;

/// <summary>What a provider's error says: its HTTP status, how long to wait, and whether retrying can help.</summary>
/// <param name="StatusCode">The HTTP status, if the error has one.</param>
/// <param name="RetryAfter">How long the provider asked to wait, if it said.</param>
/// <param name="IsTransient">Whether retrying (here or on another backend) can help; <see langword="null"/> to decide from the status.</param>
public readonly record struct ProviderError(int? StatusCode, TimeSpan? RetryAfter = null, bool? IsTransient = null);

/// <summary>Reads provider errors: transient statuses and retry-after headers.</summary>
public static class ProviderErrors
{
    private static readonly ConcurrentDictionary<Type, Func<Exception, (int? Status, object? Headers)>?> Readers = new();

    /// <summary>Gets a value indicating whether an HTTP status is worth retrying: 408, 429 and 5xx except 501 and 505.</summary>
    /// <param name="statusCode">The status.</param>
    /// <returns><see langword="true"/> if it is transient.</returns>
    public static bool IsTransientStatus(int statusCode) =>
        statusCode is 408 or 429 || (statusCode >= 500 && statusCode <= 599 && statusCode is not 501 and not 505);

    /// <summary>
    /// Reads how long a provider asked to wait from its response headers: <c>retry-after-ms</c> and
    /// <c>x-ms-retry-after-ms</c> (milliseconds) first, then <c>Retry-After</c> (seconds or an HTTP date).
    /// </summary>
    /// <param name="headers">The response headers (names compared case-insensitively).</param>
    /// <param name="now">The current time, for an HTTP date.</param>
    /// <returns>The wait (never negative), or <see langword="null"/> when the headers do not say.</returns>
    public static TimeSpan? ParseRetryAfter(IEnumerable<KeyValuePair<string, string>> headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        string? retryAfter = null;
        TimeSpan? milliseconds = null;
        foreach (KeyValuePair<string, string> header in headers)
        {
            if (header.Key is null || header.Value is null)
            {
                continue;
            }

            if (header.Key.Equals("retry-after-ms", StringComparison.OrdinalIgnoreCase) ||
                header.Key.Equals("x-ms-retry-after-ms", StringComparison.OrdinalIgnoreCase))
            {
                if (double.TryParse(header.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double ms) && ms >= 0 && double.IsFinite(ms))
                {
                    milliseconds ??= TimeSpan.FromMilliseconds(ms);
                }
            }
            else if (header.Key.Equals("Retry-After", StringComparison.OrdinalIgnoreCase))
            {
                retryAfter = header.Value;
            }
        }

        return milliseconds ?? ParseRetryAfterValue(retryAfter, now);
    }

    /// <summary>Reads a <c>Retry-After</c> value: delta seconds or an HTTP date.</summary>
    /// <param name="value">The header value.</param>
    /// <param name="now">The current time, for an HTTP date.</param>
    /// <returns>The wait (never negative), or <see langword="null"/> if the value cannot be read.</returns>
    public static TimeSpan? ParseRetryAfterValue(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
        {
            return seconds >= 0 && double.IsFinite(seconds) ? TimeSpan.FromSeconds(seconds) : null;
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset at) ||
            DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at))
        {
            TimeSpan wait = at - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>
    /// Reads an exception: the inspector's answer first, then the built-in reading of <see cref="HttpRequestException.StatusCode"/>,
    /// of a public <c>StatusCode</c>/<c>Status</c> property, and of the response headers in a public <c>Headers</c>
    /// property or in <c>GetRawResponse().Headers</c>. That covers OpenAI's <c>System.ClientModel.ClientResultException</c>,
    /// Azure SDK's <c>RequestFailedException</c> and the test kit's <c>FakeProviderException</c>; an
    /// <see cref="HttpRequestException"/> carries a status but no headers, so it has no retry-after.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <param name="now">The current time, for an HTTP date.</param>
    /// <param name="inspector">A custom reader, or <see langword="null"/>.</param>
    /// <returns>What the exception says.</returns>
    public static ProviderError Inspect(Exception exception, DateTimeOffset now, Func<Exception, ProviderError?>? inspector = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (inspector?.Invoke(exception) is { } custom)
        {
            return custom;
        }

        int? status = exception is HttpRequestException { StatusCode: { } code } ? (int)code : null;
        TimeSpan? retryAfter = null;
        Func<Exception, (int? Status, object? Headers)>? reader = Readers.GetOrAdd(exception.GetType(), CreateReader);
        if (reader is not null)
        {
            (int? reflectedStatus, object? headers) = reader(exception);
            status ??= reflectedStatus;
            if (ReadHeaders(headers) is { } pairs)
            {
                retryAfter = ParseRetryAfter(pairs, now);
            }
        }

        return new ProviderError(status, retryAfter);
    }

    /// <summary>Decides whether a failure is transient: worth a retry and a failover.</summary>
    internal static bool IsTransient(Exception exception, in ProviderError error, CancellationToken callerToken)
    {
        if (error.IsTransient is { } decided)
        {
            return decided;
        }

        if (error.StatusCode is { } status)
        {
            return IsTransientStatus(status);
        }

        return IsTransientException(exception, callerToken);
    }

    private static bool IsTransientException(Exception exception, CancellationToken callerToken)
    {
        switch (exception)
        {
            case Polly.CircuitBreaker.BrokenCircuitException:
                return false;
            case ExecutionRejectedException:
                // Polly's own timeout (TimeoutRejectedException).
                return true;
            case OperationCanceledException oce:
                // An HTTP client's timeout is a TaskCanceledException around a TimeoutException; a caller's cancellation is not transient.
                return !callerToken.IsCancellationRequested && oce.InnerException is TimeoutException;
            case TimeoutException:
            case IOException:
            case SocketException:
            case HttpRequestException { StatusCode: null }:
                return true;
            default:
                return exception.InnerException is { } inner && inner is IOException or SocketException or TimeoutException or HttpRequestException;
        }
    }

    /// <summary>
    /// Builds the reader of one exception type: its status from a public <c>StatusCode</c> or <c>Status</c> property, its
    /// headers from a public <c>Headers</c> property or from the <c>Headers</c> of what a public parameterless
    /// <c>GetRawResponse()</c> returns — the shape of <c>System.ClientModel.ClientResultException</c> (OpenAI SDK) and of
    /// Azure SDK's <c>RequestFailedException</c>, read without referencing either.
    /// </summary>
    private static Func<Exception, (int? Status, object? Headers)>? CreateReader(Type type)
    {
        PropertyInfo? statusProperty = FindProperty(type, "StatusCode") ?? FindProperty(type, "Status");
        bool statusUsable = statusProperty is not null &&
            (statusProperty.PropertyType == typeof(int) || statusProperty.PropertyType == typeof(int?) ||
             statusProperty.PropertyType == typeof(HttpStatusCode) || statusProperty.PropertyType == typeof(HttpStatusCode?));
        PropertyInfo? status = statusUsable ? statusProperty : null;
        PropertyInfo? headers = FindProperty(type, "Headers");
        MethodInfo? rawResponse = headers is null ? FindRawResponseMethod(type) : null;
        if (status is null && headers is null && rawResponse is null)
        {
            return null;
        }

        return exception =>
        {
            int? code = status?.GetValue(exception) switch
            {
                int i => i,
                HttpStatusCode c => (int)c,
                _ => null,
            };
            object? headerValues = headers?.GetValue(exception);
            if (rawResponse?.Invoke(exception, null) is { } response)
            {
                headerValues = FindProperty(response.GetType(), "Headers")?.GetValue(response);
            }

            return (code is > 0 ? code : null, headerValues);
        };
    }

    private static MethodInfo? FindRawResponseMethod(Type type)
    {
        MethodInfo? method = type.GetMethod("GetRawResponse", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        return method is not null && method.ReturnType != typeof(void) ? method : null;
    }

    /// <summary>
    /// Reads headers of the shapes SDKs use: string pairs (System.ClientModel, the test kit), pairs of a name and its
    /// values (<see cref="System.Net.Http.Headers.HttpHeaders"/>), or items with <c>Name</c> and <c>Value</c> (Azure.Core's <c>HttpHeader</c>).
    /// </summary>
    private static List<KeyValuePair<string, string>>? ReadHeaders(object? headers)
    {
        switch (headers)
        {
            case null:
                return null;
            case IEnumerable<KeyValuePair<string, string>> pairs:
                return [.. pairs];
            case IEnumerable<KeyValuePair<string, IEnumerable<string>>> multi:
                var joined = new List<KeyValuePair<string, string>>();
                foreach (KeyValuePair<string, IEnumerable<string>> header in multi)
                {
                    joined.Add(new(header.Key, string.Join(',', header.Value)));
                }

                return joined;
            case System.Collections.IEnumerable items:
                var named = new List<KeyValuePair<string, string>>();
                foreach (object? item in items)
                {
                    if (item is not null &&
                        FindProperty(item.GetType(), "Name")?.GetValue(item) is string name &&
                        FindProperty(item.GetType(), "Value")?.GetValue(item) is string value)
                    {
                        named.Add(new(name, value));
                    }
                }

                return named;
            default:
                return null;
        }
    }

    private static PropertyInfo? FindProperty(Type type, string name)
    {
        try
        {
            return type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        }
        catch (AmbiguousMatchException)
        {
            return null;
        }
    }
}
