using Kaws.Core;

namespace Kaws.Tests.Core;

/// <summary>The sorted-array map behind program values and schema shapes: order, lookups, duplicates, copies.</summary>
public sealed class SortedMapSpecs
{
    private static SortedMap<int> Of(params (string Key, int Value)[] entries) =>
        SortedMap<int>.From(entries.Select(entry => KeyValuePair.Create(entry.Key, entry.Value)));

    [Fact]
    public void Keys_come_out_in_ordinal_order_whatever_the_input_order()
    {
        var map = Of(("b", 2), ("a", 1), ("B", 3), ("a.b", 4), ("_", 5));

        Assert.Equal(["B", "_", "a", "a.b", "b"], map.Keys);
        Assert.Equal([3, 5, 1, 4, 2], map.Values);
        Assert.Equal(["B", "_", "a", "a.b", "b"], map.Select(entry => entry.Key));
    }

    [Fact]
    public void Lookups_find_present_keys_and_only_those()
    {
        var map = Of(("zone", 1), ("region", 2), ("name", 3));

        Assert.True(map.TryGetValue("region", out var region));
        Assert.Equal(2, region);
        Assert.True(map.ContainsKey("zone"));
        Assert.False(map.ContainsKey("Zone"));
        Assert.False(map.TryGetValue("missing", out _));
        Assert.Equal(3, map["name"]);
        Assert.Equal("no entry 'missing'", Assert.Throws<KeyNotFoundException>(() => map["missing"]).Message);
    }

    [Fact]
    public void A_key_given_twice_with_the_same_value_is_kept_once()
    {
        var map = Of(("a", 1), ("b", 2), ("a", 1));

        Assert.Equal(2, map.Count);
        Assert.Equal(["a", "b"], map.Keys);
    }

    [Fact]
    public void A_key_given_twice_with_different_values_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => Of(("a", 1), ("b", 2), ("a", 3)));

        Assert.StartsWith("the key 'a' is given twice with different values", error.Message);
    }

    [Fact]
    public void SetItem_adds_or_replaces_in_a_copy_and_keeps_the_order()
    {
        var original = Of(("a", 1), ("c", 3));

        var added = original.SetItem("b", 2);
        var replaced = added.SetItem("c", 30);

        Assert.Equal(["a", "c"], original.Keys);
        Assert.Equal([1, 3], original.Values);
        Assert.Equal(["a", "b", "c"], added.Keys);
        Assert.Equal([1, 2, 3], added.Values);
        Assert.Equal([1, 2, 30], replaced.Values);
    }

    [Fact]
    public void No_entries_give_the_empty_map()
    {
        Assert.Same(SortedMap<int>.Empty, Of());
        Assert.Empty(SortedMap<int>.Empty);
        Assert.False(SortedMap<int>.Empty.ContainsKey(""));
    }
}
