// Constraints and indexes of the knowledge graph for Neo4j 4.4 and 5.x (CREATE CONSTRAINT … FOR … REQUIRE;
// the ON … ASSERT form was removed in 5.0). The Neo4j store runs these statements, one by one, when it opens
// a server of that version; they are idempotent (IF NOT EXISTS). See neo4j-storage.md for the layout.

// Every node carries its kind's label plus KgNode: ids are unique across kinds, and lookups by id use this.
CREATE CONSTRAINT kg_node_id IF NOT EXISTS FOR (n:KgNode) REQUIRE n.id IS UNIQUE;

// One KgContribution node per written cable lists the nodes and relationships it contributed.
CREATE CONSTRAINT kg_contribution_cable IF NOT EXISTS FOR (k:KgContribution) REQUIRE k.cable IS UNIQUE;

// A cable's own meetings (replaced when the cable is written again), and the query paths.
CREATE INDEX kg_meeting_owner IF NOT EXISTS FOR (n:Meeting) ON (n._owner);
CREATE INDEX kg_meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX kg_cable_date IF NOT EXISTS FOR (n:Cable) ON (n.date);
CREATE INDEX kg_person_country IF NOT EXISTS FOR (n:Person) ON (n.country);
CREATE INDEX kg_organization_country IF NOT EXISTS FOR (n:Organization) ON (n.country);
