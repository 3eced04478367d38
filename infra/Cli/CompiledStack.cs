using Kaws.Core;
using Kaws.Infra.Config;

namespace Kaws.Infra.Cli;

public sealed record CompiledStack(StackConfig Config, CompiledProgram Program);
