using Microsoft.Extensions.AI;

namespace Governance.AI;

/// <summary>The built-in roles a stage tells apart, and <see cref="Other"/> for any other role.</summary>
internal enum ChatRoleKind
{
    /// <summary>A role that is none of the built-in ones (for example "developer").</summary>
    Other,

    /// <summary><see cref="ChatRole.User"/>.</summary>
    User,

    /// <summary><see cref="ChatRole.Assistant"/>.</summary>
    Assistant,

    /// <summary><see cref="ChatRole.System"/>.</summary>
    System,

    /// <summary><see cref="ChatRole.Tool"/>.</summary>
    Tool,
}

/// <summary>
/// Tells a message's role apart in one step: a role made from the built-in <see cref="ChatRole"/> values shares their
/// string, recognised by reference; any other (a deserialized role) is compared as <see cref="ChatRole"/> compares,
/// ignoring case. Stages classify every message of a request, and a conversation re-sends dozens: a chain of
/// case-insensitive comparisons per message and stage was a measurable part of a long conversation's cost.
/// </summary>
internal static class ChatRoles
{
    private static readonly string UserValue = ChatRole.User.Value;
    private static readonly string AssistantValue = ChatRole.Assistant.Value;
    private static readonly string SystemValue = ChatRole.System.Value;
    private static readonly string ToolValue = ChatRole.Tool.Value;

    /// <summary>Gets the kind of a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The kind; <see cref="ChatRoleKind.Other"/> for a role that is not built in.</returns>
    public static ChatRoleKind KindOf(ChatRole role)
    {
        string value = role.Value;
        return ReferenceEquals(value, UserValue) ? ChatRoleKind.User
            : ReferenceEquals(value, AssistantValue) ? ChatRoleKind.Assistant
            : ReferenceEquals(value, SystemValue) ? ChatRoleKind.System
            : ReferenceEquals(value, ToolValue) ? ChatRoleKind.Tool
            : Compare(role);
    }

    private static ChatRoleKind Compare(ChatRole role) =>
        role == ChatRole.User ? ChatRoleKind.User
        : role == ChatRole.Assistant ? ChatRoleKind.Assistant
        : role == ChatRole.System ? ChatRoleKind.System
        : role == ChatRole.Tool ? ChatRoleKind.Tool
        : ChatRoleKind.Other;
}
