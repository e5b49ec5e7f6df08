using Xunit;
using Xunit.Sdk;

namespace KnowledgeGraph.Testing;

/// <summary>
/// A fact of a suite that runs against several stores (the store contract): the base class declares the facts once,
/// and a derived class marked <see cref="NeedsNeo4jServerAttribute"/> gets them skipped, with the reason, when the
/// Neo4j test server is not running — except under CI, where they run (and fail). A plain <see cref="FactAttribute"/>
/// cannot do this because its skip reason is fixed before the test class is known.
/// </summary>
[XunitTestCaseDiscoverer("KnowledgeGraph.Testing.Internal.StoreFactDiscoverer", "KnowledgeGraph.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
