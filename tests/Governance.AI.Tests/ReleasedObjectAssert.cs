using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Governance.AI.Tests;

/// <summary>
/// Checks that an object reused per thread holds nothing after its release: every instance field is first given a
/// value (also those the test's request never set, so a field added later and missed by the reset fails here; the
/// fields of a state struct of our own one by one), the object is released, and every field must be back to its default.
/// </summary>
internal static class ReleasedObjectAssert
{
    public static void ReleaseClearsEveryField<T>(T reused, Action<T> release)
        where T : class
    {
        Fill(reused);
        release(reused);
        AssertDefault(reused, typeof(T).Name);
    }

    /// <summary>Gives every field a value other than its default; a struct of our own (a state struct) field by field.</summary>
    private static void Fill(object target)
    {
        foreach (FieldInfo field in InstanceFields(target.GetType()))
        {
            if (IsOwnStruct(field.FieldType))
            {
                object nested = field.GetValue(target)!;
                Fill(nested);
                field.SetValue(target, nested);
            }
            else if (Equals(field.GetValue(target), DefaultOf(field.FieldType)) && NonDefault(field.FieldType) is { } value)
            {
                field.SetValue(target, value);
            }
        }
    }

    private static void AssertDefault(object target, string path)
    {
        foreach (FieldInfo field in InstanceFields(target.GetType()))
        {
            object? value = field.GetValue(target);
            if (IsOwnStruct(field.FieldType))
            {
                AssertDefault(value!, $"{path}.{field.Name}");
                continue;
            }

            Assert.True(Equals(value, DefaultOf(field.FieldType)), $"{path}.{field.Name} still holds {value}");
        }
    }

    private static FieldInfo[] InstanceFields(Type type) =>
        type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    private static bool IsOwnStruct(Type type) =>
        type.IsValueType && !type.IsEnum && Nullable.GetUnderlyingType(type) is null && type.Assembly == typeof(GovernanceProperties).Assembly;

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
            _ when plain == typeof(ulong) => 1UL,
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
