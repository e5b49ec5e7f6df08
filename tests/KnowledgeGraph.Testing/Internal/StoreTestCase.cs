using Xunit.Abstractions;
using Xunit.Sdk;

namespace KnowledgeGraph.Testing.Internal;

/// <summary>
/// A store fact whose skip reason depends on the concrete test class: a class that needs the Neo4j test server is
/// skipped when the server is absent outside CI. Recomputed after de-serialization (xunit calls
/// <see cref="GetSkipReason"/> from Initialize), so nothing extra is serialized.
/// </summary>
public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute)
    {
        var needsNeo4j = TestMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsNeo4jServerAttribute)).Any();
        return needsNeo4j && !Ci.IsCi && !Neo4jTestServer.IsRunning ? Neo4jTestServer.MissingMessage : base.GetSkipReason(factAttribute);
    }
}
