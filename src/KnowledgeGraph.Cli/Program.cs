using KnowledgeGraph.Cli;

return await KgApp.RunAsync(args);
