namespace Kaws.Policies;

/// <summary>A cloud-config write_files entry: where it goes and its decoded content.</summary>
public sealed record WrittenFile(string Path, string Content);
