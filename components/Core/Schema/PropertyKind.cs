namespace Kaws.Core;

public enum PropertyKind
{
    Any,
    String,
    Integer,
    Number,
    Boolean,
    Array,
    Map,
    Object,
}
