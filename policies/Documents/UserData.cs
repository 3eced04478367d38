using System.Collections.Immutable;

namespace Kaws.Policies;

/// <summary>
/// The user data of an instance or launch template, decoded: its text when known, whether the engine
/// would treat it as secret, the files its cloud-config writes (write_files, content decoded) and the
/// YAML documents in those files.
/// </summary>
public sealed record UserData(
    string Property,
    string? Text,
    bool IsSecret,
    ImmutableArray<WrittenFile> Files,
    ImmutableArray<WrittenDocument> Documents);
