namespace Kaws.Kubernetes.Boot;

/// <summary>Which instance roles may read an SSM parameter of the boot contract.</summary>
public enum SsmParameterReaders
{
    Masters,
    MastersAndNodes,
}
