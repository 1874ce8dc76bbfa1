namespace GatewayService;

/// <summary>A client's request the gateway refuses: answered 400 with the field named, before any policy runs.</summary>
/// <param name="field">The JSON path of the offending field, for example <c>messages[2].role</c>.</param>
/// <param name="message">What is wrong with it, without echoing the value.</param>
internal sealed class InvalidRequestException(string field, string message) : Exception(message)
{
    /// <summary>Gets the JSON path of the offending field.</summary>
    public string Field { get; } = field;
}
