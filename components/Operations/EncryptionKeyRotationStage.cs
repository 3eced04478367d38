namespace Kaws.Operations;

/// <summary>
/// The stages of rotating the encryption-at-rest key, in the order they must be applied (one
/// <c>pulumi up</c> each). The values are ordered: a stage may only follow the one before it.
/// </summary>
public enum EncryptionKeyRotationStage
{
    /// <summary>No rotation under way: the current generation is the only key.</summary>
    None,

    /// <summary>The next generation is added second: every API server can read it, none writes with it yet.</summary>
    AddNew,

    /// <summary>The next generation moves first: new writes use it; the old key stays second so old data reads.</summary>
    Promote,

    /// <summary>Same keys as promote; the operator rewrites every encrypted object so none needs the old key.</summary>
    ReEncrypt,

    /// <summary>The old generation is dropped (and its key deleted): only the new key and identity remain.</summary>
    RemoveOld,
}
