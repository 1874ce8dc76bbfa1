namespace Governance.AI.Safety;

/// <summary>A topic to keep out of conversations, recognised by its words and phrases.</summary>
public sealed class SafetyTopic
{
    /// <summary>Gets or sets the topic's name, used in rule ids (<c>topic.{Name}</c>); letters, digits, '_' and '-'.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets the words and phrases of the topic, matched as whole words.</summary>
    public IList<string> Terms { get; } = [];

    /// <summary>Gets or sets how many distinct terms must appear for the topic to count. Default 1.</summary>
    public int MinMatches { get; set; } = 1;

    /// <summary>Gets or sets what happens when the topic is found. Default <see cref="SafetyAction.Block"/>.</summary>
    public SafetyAction Action { get; set; } = SafetyAction.Block;
}
