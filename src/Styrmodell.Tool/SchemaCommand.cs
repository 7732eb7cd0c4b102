using System.CommandLine;
using Styrmodell.Json;

namespace Styrmodell.Tool;

/// <summary><c>styrmodell schema</c>: prints the JSON Schema of the document format.</summary>
internal static class SchemaCommand
{
    public static Command Create(ToolIo io)
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the document format.");
        command.SetAction(_ =>
        {
            io.Output.Write(ModelJson.Schema);
            if (!ModelJson.Schema.EndsWith('\n'))
            {
                io.Output.WriteLine();
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
