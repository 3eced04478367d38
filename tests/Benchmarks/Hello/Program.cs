// Prints one line, as kaws prints its program: the least a .NET process can do.
Console.Out.Write("hello\n");
