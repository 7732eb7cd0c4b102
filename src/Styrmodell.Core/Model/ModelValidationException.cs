using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Model;

/// <summary>Thrown by <see cref="SteeringModelBuilder.Build"/> when the model breaks rules; lists every problem.</summary>
public sealed class ModelValidationException : Exception
{
    /// <summary>Creates the exception with no problems listed.</summary>
    public ModelValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message of its own.</summary>
    /// <param name="message">The message.</param>
    public ModelValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ModelValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for the given problems; the message lists them all, one a line.</summary>
    /// <param name="problems">Every problem found.</param>
    public ModelValidationException(EquatableArray<ValidationProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Gets every problem found, in the order found.</summary>
    public EquatableArray<ValidationProblem> Problems { get; }

    private static string Describe(EquatableArray<ValidationProblem> problems) =>
        $"The steering model has {problems.Count} problem(s):" + string.Concat(problems.Select(p => "\n- " + p));
}
