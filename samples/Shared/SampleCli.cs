using System.CommandLine;

namespace Metrc.Sdk.Samples;

/// <summary>
/// Runs a sample's command line the same way for every sample: <c>--help</c> from System.CommandLine, a bad argument
/// is one line on stderr and exit code 2 (never a stack trace), a Metrc error is one line and exit code 1, Ctrl+C is 130.
/// </summary>
internal static class SampleCli
{
    /// <summary>Exit code for bad arguments or missing keys.</summary>
    public const int UsageError = 2;

    public static async Task<int> RunAsync(RootCommand command, string[] args)
    {
        ParseResult parsed = command.Parse(args);
        string name = Path.GetFileNameWithoutExtension(Environment.GetCommandLineArgs()[0]);
        if (parsed.Errors.Count > 0)
        {
            Console.Error.WriteLine($"{name}: {parsed.Errors[0].Message} (see --help)");
            return UsageError;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancel.Token);
        }
        catch (SampleUsageException ex)
        {
            Console.Error.WriteLine($"{name}: {ex.Message}");
            return UsageError;
        }
        catch (MetrcException ex)
        {
            Console.Error.WriteLine($"{name}: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            Console.Error.WriteLine($"{name}: cancelled");
            return 130;
        }
    }

    /// <summary>An option holding a share between 0 and 1 (a probability).</summary>
    public static Option<double> Share(string name, string description, double defaultValue)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && double.TryParse(result.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out double value) && value is < 0 or > 1)
            {
                result.AddError($"{name} must be between 0 and 1.");
            }
        });
        return option;
    }

    /// <summary>An option whose value must be at least <paramref name="minimum"/>.</summary>
    public static Option<int> Positive(string name, string description, int defaultValue, int minimum = 1)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            // Only a value that parsed is checked here; one that did not is reported by the parser itself.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out int value) && value < minimum)
            {
                result.AddError($"{name} must be at least {minimum}.");
            }
        });
        return option;
    }
}

/// <summary>A usage problem found after parsing (for example a missing key): reported as one line, exit code 2.</summary>
internal sealed class SampleUsageException(string message) : Exception(message);
