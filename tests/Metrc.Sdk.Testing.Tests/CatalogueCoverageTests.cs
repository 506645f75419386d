using System.Reflection;
using System.Runtime.CompilerServices;
using Metrc.Sdk.Models;

namespace Metrc.Sdk.Testing.Tests;

/// <summary>Every operation of the catalogue, called through the real SDK client, is answered by the emulator.</summary>
public sealed class CatalogueCoverageTests
{
    private const string UnknownKey = "1A4000000000000000999999";

    private static readonly MetrcState[] s_states = [MetrcState.Co, MetrcState.Mo, MetrcState.Nj];

    [Fact]
    public async Task Every_catalogue_operation_is_answered_through_the_sdk_client()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(o =>
        {
            o.States.Clear();
            foreach (MetrcState state in s_states)
            {
                o.States.Add(state);
            }
        });
        var clients = s_states.ToDictionary(s => s, s => h.ClientFor(h.Emulator.AllFacilitiesUserKey, state: s));
        var failures = new List<string>();
        int called = 0;

        foreach (MetrcOperationInfo operation in MetrcCatalogue.Operations)
        {
            MetrcState state = s_states.First(operation.IsOfferedIn);
            string license = h.Emulator.Facilities.First(f => f.State == state).LicenseNumber;
            Exception? error = await CallAsync(clients[state], operation, license);
            called++;
            string? problem = Expected(h.Emulator, operation) switch
            {
                null when error is not null => $"failed with {error.GetType().Name}: {error.Message}",
                { } expected when error is null => $"succeeded, expected {expected.Name}",
                { } expected when !expected.IsInstanceOfType(error) => $"failed with {error!.GetType().Name} ({error.Message}), expected {expected.Name}",
                _ => null,
            };
            if (problem is null && error is null && operation.Shape == MetrcCallShape.RowWrite && !h.Emulator.SpecificOperations.Contains(operation.Name))
            {
                IReadOnlyList<EmulatorWrite> writes = h.Emulator.GetWrites(operation.Name);
                problem = writes is [{ RowCount: 1 } write] && write.LicenseNumber == license ? null : $"left {writes.Count} write(s) in the log, expected one of one row";
            }

            if (problem is not null)
            {
                failures.Add($"{operation}: {problem}");
            }
        }

        Assert.Equal(MetrcCatalogue.Operations.Count, called);
        Assert.Empty(failures);
    }

    /// <summary>
    /// What an operation may fail with: a read of an unknown id is not found; a webhook change of an unknown subscription
    /// is reported in errorMessage; a default row sent to a lifecycle write breaks its rules, and so does a lifecycle delete of an unknown id. Anything else must succeed.
    /// </summary>
    private static Type? Expected(MetrcEmulator emulator, MetrcOperationInfo operation) => operation switch
    {
        { IsWebhookOperation: true, Route: var route } when route.Contains('{', StringComparison.Ordinal) => typeof(MetrcWebhookException),
        { Shape: MetrcCallShape.SingleRead or MetrcCallShape.File, Route: var route } when route.Contains('{', StringComparison.Ordinal) => typeof(MetrcNotFoundException),
        { Shape: MetrcCallShape.RowWrite } when emulator.SpecificOperations.Contains(operation.Name) => typeof(MetrcValidationException),
        _ when operation.Method == "DELETE" && emulator.SpecificOperations.Contains(operation.Name) => typeof(MetrcValidationException),
        _ => null,
    };

    private static async Task<Exception?> CallAsync(IMetrcClient client, MetrcOperationInfo operation, string license)
    {
        string[] name = operation.Name.Split('.');
        PropertyInfo groupProperty = typeof(IMetrcClient).GetProperty(name[0])
            ?? throw new InvalidOperationException($"IMetrcClient has no group {name[0]} for {operation}.");
        object group = groupProperty.GetValue(client)!;
        MethodInfo method = groupProperty.PropertyType.GetInterfaces().Prepend(groupProperty.PropertyType)
            .SelectMany(i => i.GetMethods())
            .Where(m => m.Name == name[1] + "Async" && !m.GetParameters().Any(p => p.ParameterType.Name.StartsWith("RowReader", StringComparison.Ordinal)))
            .OrderBy(m => m.GetParameters().Length)
            .FirstOrDefault() ?? throw new InvalidOperationException($"{groupProperty.PropertyType.Name} has no {name[1]}Async for {operation}.");
        object?[] arguments = method.GetParameters().Select(p => Argument(p, license)).ToArray();
        try
        {
            object? result = method.Invoke(group, arguments);
            switch (result)
            {
                case Task task:
                    await task;
                    break;
                case { } pageable when pageable.GetType().GetMethod("GetPageAsync") is { } getPage:
                    await (Task)getPage.Invoke(pageable, [1, CancellationToken.None])!;
                    break;
            }

            return null;
        }
        catch (Exception ex)
        {
            return ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
        }
    }

    private static object? Argument(ParameterInfo parameter, string license)
    {
        Type type = parameter.ParameterType;
        if (parameter.Name == "licenseNumber")
        {
            return license;
        }

        if (parameter.HasDefaultValue)
        {
            return parameter.DefaultValue;
        }

        if (type == typeof(string))
        {
            return UnknownKey;
        }

        if (type == typeof(long) || type == typeof(int))
        {
            return Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            Type rowType = type.GetGenericArguments()[0];
            Array rows = Array.CreateInstance(rowType, 1);
            rows.SetValue(Row(rowType, license), 0);
            return rows;
        }

        return Row(type, license);
    }

    private static object Row(Type type, string license) => type == typeof(WebhookSubscriptionRequest)
        ? Subscription("Package", license)
        : Activator.CreateInstance(type) ?? RuntimeHelpers.GetUninitializedObject(type);

    internal static WebhookSubscriptionRequest Subscription(string objectType, params string[] licenses) => new()
    {
        ObjectType = objectType,
        Url = "https://receiver.example/metrc/hooks/s3cr3t",
        Verb = "POST",
        UserApiKey = "user-key",
        TpiApiKey = "vendor-key",
        FacilityLicenseNumbers = licenses,
    };
}
