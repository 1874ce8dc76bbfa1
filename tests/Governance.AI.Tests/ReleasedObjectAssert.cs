using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests;

/// <summary>
/// Checks that an object reused per thread holds nothing after its release: every instance field is first given a
/// value (also those the test's request never set, so a field added later and missed by the reset fails here), the
/// object is released, and every field must be back to its default.
/// </summary>
internal static class ReleasedObjectAssert
{
    public static void ReleaseClearsEveryField<T>(T reused, Action<T> release)
        where T : class
    {
        FieldInfo[] fields = typeof(T).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        foreach (FieldInfo field in fields)
        {
            if (Equals(field.GetValue(reused), DefaultOf(field.FieldType)) && NonDefault(field.FieldType) is { } value)
            {
                field.SetValue(reused, value);
            }
        }

        release(reused);

        foreach (FieldInfo field in fields)
        {
            object? value = field.GetValue(reused);
            Assert.True(Equals(value, DefaultOf(field.FieldType)), $"{field.Name} still holds {value}");
        }
    }

    private static object? DefaultOf(Type type) =>
        type.IsValueType && Nullable.GetUnderlyingType(type) is null ? RuntimeHelpers.GetUninitializedObject(type) : null;

    // A value other than the default for the field types these objects hold; null for a struct of our own (left as it is).
    private static object? NonDefault(Type type)
    {
        Type plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain switch
        {
            _ when plain == typeof(bool) => true,
            _ when plain == typeof(long) => 1L,
            _ when plain == typeof(int) => 1,
            _ when plain == typeof(double) => 1.0,
            _ when plain == typeof(decimal) => 1m,
            _ when plain == typeof(DateTimeOffset) => DateTimeOffset.UnixEpoch,
            _ when plain == typeof(CancellationToken) => new CancellationToken(canceled: true),
            _ when plain == typeof(string) => "x",
            _ when plain == typeof(object) => new object(),
            _ when plain == typeof(IEnumerable<ChatMessage>) => new List<ChatMessage>(),
            _ when plain.IsValueType => null,
            _ => RuntimeHelpers.GetUninitializedObject(plain),
        };
    }
}
