using Xunit.Abstractions;
using Xunit.Sdk;

namespace KnowledgeGraph.Testing.Internal;

/// <summary>Discovers <see cref="StoreFactAttribute"/> facts as <see cref="StoreTestCase"/>s (xunit finds it by name).</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new StoreTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}
