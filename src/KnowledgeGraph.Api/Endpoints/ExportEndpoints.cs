using System.ComponentModel;
using KnowledgeGraph.Export;
using KnowledgeGraph.Export.Selection;
using KnowledgeGraph.Graph.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace KnowledgeGraph.Api.Endpoints;

/// <summary>
/// <c>GET /api/export</c>: a subgraph, selected as the GraphQL <c>neighborhood</c>/<c>path</c> fields select it, streamed
/// as GraphML, GEXF, neo4j-admin CSV (zip), node-link JSON, Cytoscape.js JSON or a Cypher script, with its content type
/// and a download file name. The explorer links it for the current view.
/// </summary>
public static class ExportEndpoints
{
    public const string Path = "/api/export";

    public static RouteHandlerBuilder MapExportApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, ExportAsync)
            .WithName("ExportSubgraph")
            .WithTags("Export")
            .WithSummary("Export a subgraph as a file")
            .WithDescription(
                "Selects a subgraph (seed ids and depth, cables, a topic, a date range, or the shortest path between two nodes, " +
                "exactly as the GraphQL neighborhood and path fields do) and streams it in the requested format. The same graph " +
                "always gives the same bytes. Formats: " + ExportFormatInfo.Names + " (csv is a zip of nodes.csv and relationships.csv " +
                "for neo4j-admin import). When the node limit or the per-hop relationship cap (" +
                SubgraphSelection.MaxEdgesPerLevel.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) +
                ") cut the subgraph short, the " + SubgraphExport.TruncationHeader + " response header says so.")
            .Produces(StatusCodes.Status200OK, contentType: "application/graphml+xml",
                additionalContentTypes: ExportFormatInfo.All.Select(f => f.ContentType).Distinct().Where(c => c != "application/graphml+xml").ToArray())
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> ExportAsync(
        HttpContext context,
        IGraphStore store,
        [Description("Output format: graphml, gexf, csv (zip), json (node-link), cytoscape or cypher. Default graphml.")] string? format,
        [Description("Seed node id; repeat for several.")] string[]? seed,
        [Description("Hops around the seeds (0-6). Default 1.")] int? depth,
        [Description("Most nodes exported, nearest first. Default 100000.")] int? limit,
        [Description("Topic id or name: alone, its neighbourhood; with seeds, meetings must be about it.")] string? topic,
        [Description("Start of the date range (YYYY-MM-DD, YYYY-MM or YYYY).")] string? from,
        [Description("End of the date range (YYYY-MM-DD, YYYY-MM or YYYY).")] string? to,
        [Description("Cable ids to start from (repeat or comma-separate).")] string[]? cables,
        [Description("Node kinds to keep besides the seeds: Cable, Person, Country, Organization, Topic, Meeting, Post.")] string[]? kinds,
        [Description("Relationship types to follow, e.g. ATTENDED, MET, ABOUT.")] string[]? relationshipTypes,
        [Description("Drop nodes and edges whose confidence is below this (0-1).")] double? minConfidence,
        [Description("Start of a shortest-path selection.")] string? pathFrom,
        [Description("End of a shortest-path selection.")] string? pathTo,
        [Description("Longest path, in hops (1-10). Default 4.")] int? maxHops,
        [Description("Relationship types a path may use.")] string[]? via,
        CancellationToken cancellationToken)
    {
        if (!ExportFormatInfo.TryParse(format ?? "graphml", out var info))
        {
            return Problem($"'{format}' is not an export format (one of {ExportFormatInfo.Names}).", StatusCodes.Status400BadRequest);
        }

        var arguments = new SelectionArguments(seed, depth, limit, topic, from, to, cables, kinds, relationshipTypes, minConfidence, pathFrom, pathTo, maxHops, via);
        if (!arguments.TryCreate(out var selection, out var error))
        {
            return Problem(error!, StatusCodes.Status400BadRequest);
        }

        SelectedSubgraph selected;
        try
        {
            selected = await new SubgraphExport(store).SelectAsync(selection, cancellationToken);
        }
        catch (GraphStoreException e)
        {
            return Problem(e.Message, StatusCodes.Status503ServiceUnavailable);
        }

        if (selected.Truncation is { } truncation)
        {
            context.Response.Headers[SubgraphExport.TruncationHeader] = truncation;
        }

        return Results.Stream(
            body => SubgraphExport.WriteAsync(selected.Subgraph, info.Format, body, cancellationToken),
            info.ContentType,
            SubgraphExport.FileName(info.Format));
    }

    private static IResult Problem(string detail, int status) =>
        Results.Problem(new ProblemDetails { Title = "Cannot export", Detail = detail, Status = status });
}
