using Kaws.Core;

namespace Kaws.Tests.Support;

public sealed class TestComponent(Construct scope, string id) : ComponentResource(scope, id, "kaws:test:Group");
