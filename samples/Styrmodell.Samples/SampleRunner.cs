using Styrmodell.Model;
using Styrmodell.Samples.Seeds;

namespace Styrmodell.Samples;

/// <summary>Builds every seed model and writes a readable report of each.</summary>
public static class SampleRunner
{
    /// <summary>Builds, validates and prints the four seed models.</summary>
    /// <param name="output">Where the report goes.</param>
    /// <returns>0 when every model is valid, 1 otherwise.</returns>
    public static int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var exitCode = 0;
        foreach (var seed in SeedModels.All)
        {
            var builder = seed.Create();
            output.WriteLine($"== {builder.Municipality} — {seed.Source}");
            output.WriteLine("   (* = illustrativt, finns inte i seeden)");
            if (builder.TryBuild(out var model, out var problems))
            {
                TreePrinter.Write(model!, output);
                FollowUpPrinter.Write(model!, new NodaTime.LocalDate(2025, 3, 31), output);
            }
            else
            {
                exitCode = 1;
                foreach (var problem in problems)
                {
                    output.WriteLine($"  ! {problem}");
                }
            }

            output.WriteLine();
        }

        return exitCode;
    }
}
