namespace Kaws.Security;

/// <summary>The config switches the matrix depends on.</summary>
public sealed record SecurityGroupMatrixOptions(bool ApiPublic, bool Bastion);
