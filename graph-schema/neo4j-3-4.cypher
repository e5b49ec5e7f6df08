// Constraints and indexes of the knowledge graph for Neo4j 3.1 – 4.3 (CREATE CONSTRAINT ON … ASSERT, which
// 4.4 deprecates and 5.0 removes; neo4j-5.cypher has the newer form). The Neo4j store runs these statements,
// one by one, when it opens a server of that version; an existing equivalent rule is not an error.

// Every node carries its kind's label plus KgNode: ids are unique across kinds, and lookups by id use this.
CREATE CONSTRAINT ON (n:KgNode) ASSERT n.id IS UNIQUE;

// One KgContribution node per written cable lists the nodes and relationships it contributed.
CREATE CONSTRAINT ON (k:KgContribution) ASSERT k.cable IS UNIQUE;

// A cable's own meetings (replaced when the cable is written again), and the query paths.
CREATE INDEX ON :Meeting(_owner);
CREATE INDEX ON :Meeting(date);
CREATE INDEX ON :Cable(date);
CREATE INDEX ON :Person(country);
CREATE INDEX ON :Organization(country);
