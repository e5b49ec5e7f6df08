using KnowledgeGraph.Benchmarks;

if (args is ["neo4j-ingest", ..])
{
    return await Neo4jIngestMeasurement.RunAsync(args[1..]);
}

if (args is ["neo4j-profile", ..])
{
    return await Neo4jStatementProfile.RunAsync(args[1..]);
}

Console.WriteLine("Hello, World!");
return 0;
