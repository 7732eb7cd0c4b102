using System.Text;
using Styrmodell.Tool;

// Swedish letters must reach the terminal as written, whatever the platform's default console encoding.
Console.OutputEncoding = Encoding.UTF8;
using var input = Console.OpenStandardInput();
return StyrmodellCommand.Run(args, input, Console.Out, Console.Error);
