using System.Diagnostics;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// GraphQL over HTTP (graphql.github.io/graphql-over-http): <c>POST</c> with <c>application/json</c>,
/// <c>GET</c> with <c>?query=</c> for queries only, <c>application/graphql-response+json</c> or
/// <c>application/json</c> by the Accept header, status codes by the specification, and the service's
/// limits (API key, body size, per-request timeout). Execution itself is GraphQL.NET's.
/// </summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    KgServeOptions options,
    GraphiQLPage graphiql,
    DocumentCache documents,
    ILogger<GraphQLHttpHandler> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && !request.Query.ContainsKey("query") && GraphQLMediaType.WantsHtml(request))
        {
            await graphiql.WriteAsync(context);
            return;
        }

        var mediaType = GraphQLMediaType.Negotiate(request);
        if (mediaType is null)
        {
            await WriteErrorAsync(context, GraphQLMediaType.Json, StatusCodes.Status406NotAcceptable,
                $"Accept must allow {GraphQLMediaType.GraphQLResponse} or {GraphQLMediaType.Json}.");
            return;
        }

        if (options.ProtectReads && !ApiKey.IsPresented(request, options.ApiKey))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(context, mediaType, StatusCodes.Status401Unauthorized, "This server requires an API key: send 'Authorization: Bearer KEY'.");
            return;
        }

        var (graphQLRequest, problem, status) = isGet ? ReadGet(request) : await ReadPostAsync(request, context.RequestAborted);
        if (graphQLRequest is null)
        {
            await WriteErrorAsync(context, mediaType, status, problem!);
            return;
        }

        GraphQLDocument document;
        try
        {
            document = documents.Parse(graphQLRequest.Query!);
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            var syntax = new ExecutionResult { Executed = false, Errors = [new SyntaxError(ex)] };
            await WriteResultAsync(context, mediaType, syntax, StatusCodeFor(mediaType, syntax));
            return;
        }

        var operation = SelectOperation(document, graphQLRequest.OperationName);
        if (operation?.Operation is OperationType.Mutation or OperationType.Subscription)
        {
            if (isGet)
            {
                context.Response.Headers.Allow = "POST";
                await WriteErrorAsync(context, mediaType, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.");
                return;
            }

            if (string.IsNullOrEmpty(options.ApiKey))
            {
                await WriteErrorAsync(context, mediaType, StatusCodes.Status403Forbidden, "Mutations are disabled: start the server with an API key (--api-key or KG_API_KEY).");
                return;
            }

            if (!ApiKey.IsPresented(request, options.ApiKey))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await WriteErrorAsync(context, mediaType, StatusCodes.Status401Unauthorized, "Mutations require the API key: send 'Authorization: Bearer KEY'.");
                return;
            }
        }

        await ExecuteAsync(context, mediaType, graphQLRequest, document, operation);
    }

    private async Task ExecuteAsync(HttpContext context, string mediaType, GraphQLRequest graphQLRequest, GraphQLDocument document, GraphQLOperationDefinition? operation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(options.RequestTimeout);
        var started = Stopwatch.GetTimestamp();
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = graphQLRequest.Query,
                Document = document,
                OperationName = graphQLRequest.OperationName,
                Variables = graphQLRequest.Variables,
                Extensions = graphQLRequest.Extensions,
                RequestServices = context.RequestServices,
                User = context.User,
                CancellationToken = timeout.Token,
            });
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning("GraphQL {Operation} timed out after {TimeoutSeconds} s", operation?.Name?.StringValue ?? "(anonymous)", options.RequestTimeout.TotalSeconds);
            await WriteErrorAsync(context, mediaType, StatusCodes.Status504GatewayTimeout,
                $"The request took longer than {options.RequestTimeout.TotalSeconds:0.#} s and was stopped.");
            return;
        }

        if (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            await WriteErrorAsync(context, mediaType, StatusCodes.Status504GatewayTimeout,
                $"The request took longer than {options.RequestTimeout.TotalSeconds:0.#} s and was stopped.");
            return;
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation(
                "GraphQL {OperationType} {Operation} executed in {ElapsedMs:0.0} ms with {ErrorCount} errors",
                operation?.Operation.ToString().ToLowerInvariant() ?? "unknown",
                operation?.Name?.StringValue ?? "(anonymous)",
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                result.Errors?.Count ?? 0);
        }

        await WriteResultAsync(context, mediaType, result, StatusCodeFor(mediaType, result));
    }

    private (GraphQLRequest? Request, string? Problem, int Status) ReadGet(HttpRequest request)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, "Missing the 'query' parameter.", StatusCodes.Status400BadRequest);
        }

        Inputs? variables = null;
        if (request.Query["variables"].ToString() is { Length: > 0 } json)
        {
            try
            {
                variables = serializer.Deserialize<Inputs>(json);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
            {
                return (null, "The 'variables' parameter is not a JSON object.", StatusCodes.Status400BadRequest);
            }
        }

        var operationName = request.Query["operationName"].ToString();
        return (new GraphQLRequest { Query = query, Variables = variables, OperationName = operationName.Length > 0 ? operationName : null }, null, 0);
    }

    private async Task<(GraphQLRequest? Request, string? Problem, int Status)> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!GraphQLMediaType.IsJsonContent(request))
        {
            return (null, "Content-Type must be application/json.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            return (null, $"The request body is larger than {options.MaxRequestBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadBoundedAsync(request.Body, options.MaxRequestBodyBytes, cancellationToken);
        if (body is null)
        {
            return (null, $"The request body is larger than {options.MaxRequestBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        GraphQLRequest? parsed;
        try
        {
            if (body.TrimStart().StartsWith('['))
            {
                return (null, "Batched requests (a JSON array) are not supported: send one request object.", StatusCodes.Status400BadRequest);
            }

            parsed = serializer.Deserialize<GraphQLRequest>(body);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return (null, "The request body is not valid JSON: " + OneLine(ex.Message), StatusCodes.Status400BadRequest);
        }

        if (parsed is null || string.IsNullOrWhiteSpace(parsed.Query))
        {
            return (null, "The request has no 'query'.", StatusCodes.Status400BadRequest);
        }

        return (parsed, null, 0);
    }

    /// <summary>The body as text, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    private static async Task<string?> ReadBoundedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    /// <summary>
    /// With <c>application/graphql-response+json</c>, a request that never executed (syntax, validation, variables)
    /// is a 400; with legacy <c>application/json</c> every well-formed request gets 200.
    /// </summary>
    private static int StatusCodeFor(string mediaType, ExecutionResult result)
        => mediaType == GraphQLMediaType.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private Task WriteErrorAsync(HttpContext context, string mediaType, int status, string message)
        => WriteResultAsync(context, mediaType, new ExecutionResult { Executed = false, Errors = [new ExecutionError(message)] }, status);

    private async Task WriteResultAsync(HttpContext context, string mediaType, ExecutionResult result, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
