namespace KnowledgeGraph.Export;

/// <summary>The file formats a subgraph can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>GraphML with typed <c>&lt;key&gt;</c> attributes (yEd, Cytoscape desktop, Gephi).</summary>
    GraphMl,

    /// <summary>GEXF 1.3 with typed attributes and dates as spells (Gephi's timeline).</summary>
    Gexf,

    /// <summary><c>nodes.csv</c> + <c>relationships.csv</c> in the <c>neo4j-admin import</c> header format (a folder or a zip).</summary>
    Csv,

    /// <summary>Node-link JSON (<c>{"directed":true,"multigraph":true,"nodes":[…],"links":[…]}</c>; NetworkX, D3).</summary>
    Json,

    /// <summary>Cytoscape.js elements JSON (<c>{"elements":{"nodes":[…],"edges":[…]}}</c>).</summary>
    Cytoscape,

    /// <summary>A Cypher script of <c>UNWIND</c> batches that recreates the subgraph in Neo4j.</summary>
    Cypher,
}
