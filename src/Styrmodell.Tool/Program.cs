using System.Text;
using Styrmodell.Tool;

// Swedish letters must reach the terminal as written, whatever the platform's default console encoding.
Console.OutputEncoding = Encoding.UTF8;
return StyrmodellCommand.Run(args, Console.Out, Console.Error);
