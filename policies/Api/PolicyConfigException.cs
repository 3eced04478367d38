namespace Kaws.Policies;

/// <summary>Bad policy configuration (a stack config key or a Configure request); the message is one line naming the key.</summary>
public sealed class PolicyConfigException(string message) : Exception(message);
