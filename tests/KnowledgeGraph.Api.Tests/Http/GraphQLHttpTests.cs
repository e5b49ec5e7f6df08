using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>GraphQL over HTTP and every limit, through the real pipeline (status codes, media types, errors).</summary>
public sealed class GraphQLHttpTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private Task<ApiHost> HostAsync() => fixture.HostAsync(TestStores.Default);

    [Fact]
    public async Task Get_runs_a_query_and_negotiates_the_response_type()
    {
        var host = await HostAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("query P($n: String) { person(name: $n) { id } }")
            + "&variables=" + Uri.EscapeDataString("""{"n":"Komura"}"""));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(TestGraph.Komura, json.RootElement.GetProperty("data").GetProperty("person").GetProperty("id").GetString());

        using var legacy = await host.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ stats { totalNodes } }"));
        Assert.Equal("application/json", legacy.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Mutation_over_get_is_405()
    {
        var host = await HostAsync();
        using var response = await host.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { ingestCable(text: \"x\") { rejected } }"));
        Assert.Equal(405, (int)response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Mutation_without_the_key_is_401_and_with_a_wrong_key_too()
    {
        var host = await HostAsync();
        var (status, body) = await host.PostAsync("mutation { ingestCable(text: \"x\") { rejected } }");
        Assert.Equal(401, status);
        Assert.Contains("API key", body.GetProperty("errors")[0].GetProperty("message").GetString());
        (status, _) = await host.PostAsync("mutation { ingestCable(text: \"x\") { rejected } }", key: "wrong");
        Assert.Equal(401, status);
    }

    [Fact]
    public async Task Malformed_json_is_400_with_a_message()
    {
        var host = await HostAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\": \"{ stats ", Encoding.UTF8, "application/json") };
        var (status, body) = await host.SendAsync(request);
        Assert.Equal(400, status);
        Assert.StartsWith("The request body is not valid JSON", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Unknown_field_is_400_with_location_and_no_data()
    {
        var host = await HostAsync();
        var (status, body) = await host.PostAsync("{ stats { nodes { name } } person(name: \"Lavrov\") { shoeSize } }");
        Assert.Equal(400, status);
        Assert.False(body.TryGetProperty("data", out _));
        var error = body.GetProperty("errors")[0];
        Assert.Contains("shoeSize", error.GetProperty("message").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Validation_errors_are_200_under_legacy_application_json()
    {
        var host = await HostAsync();
        var (status, body) = await host.PostAsync("{ nope }", accept: "application/json");
        Assert.Equal(200, status);
        Assert.True(body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Syntax_error_is_400_with_location()
    {
        var host = await HostAsync();
        var (status, body) = await host.PostAsync("{ stats { ");
        Assert.Equal(400, status);
        Assert.True(body.GetProperty("errors")[0].TryGetProperty("locations", out _));
    }

    [Fact]
    public async Task Too_deep_a_query_is_refused_before_execution()
    {
        var host = await HostAsync();
        var deep = "{ person(name: \"Lavrov\") { " + string.Concat(Enumerable.Repeat("metWith { person { ", 8)) + "name" + new string('}', 8 * 2 + 2);
        var (status, body) = await host.PostAsync(deep);
        Assert.Equal(400, status);
        Assert.Contains("depth", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_IDE_introspection_query_passes_the_default_limits()
    {
        // The shape GraphiQL sends: full type details with ofType nested seven levels (15 deep in all).
        const string typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }";
        var query = "{ __schema { queryType { name } mutationType { name } types { kind name description " +
                    "fields(includeDeprecated: true) { name args { name type { " + typeRef + " } defaultValue } type { " + typeRef + " } isDeprecated } " +
                    "inputFields { name type { " + typeRef + " } } interfaces { " + typeRef + " } enumValues(includeDeprecated: true) { name } possibleTypes { " + typeRef + " } } " +
                    "directives { name locations args { name type { " + typeRef + " } } } } }";
        var host = await HostAsync();
        var (status, body) = await host.PostAsync(query);
        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Too_large_a_page_is_an_error_naming_the_maximum()
    {
        var host = await HostAsync();
        var (status, body) = await host.PostAsync("{ meetings(first: 1000) { totalCount } }");
        Assert.Equal(200, status);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("'first' must be between 0 and 100.", error.GetProperty("message").GetString());
        Assert.Equal("meetings", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Bad_cursor_is_an_error()
    {
        var host = await HostAsync();
        var (_, body) = await host.PostAsync("{ meetings(after: \"bogus\") { totalCount } }");
        Assert.Contains("not a valid cursor", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Wrong_content_type_is_415_and_unacceptable_accept_is_406()
    {
        var host = await HostAsync();
        using var text = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ stats { totalNodes } }", Encoding.UTF8, "text/plain") };
        Assert.Equal(415, (await host.SendAsync(text)).Status);

        using var xml = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Bstats%7BtotalNodes%7D%7D");
        xml.Headers.Accept.ParseAdd("application/xml");
        Assert.Equal(406, (await host.SendAsync(xml)).Status);
    }

    [Fact]
    public async Task Missing_query_is_400()
    {
        var host = await HostAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"variables\":{}}", Encoding.UTF8, "application/json") };
        Assert.Equal(400, (await host.SendAsync(request)).Status);
    }

    [Fact]
    public async Task Health_and_readiness()
    {
        var host = await HostAsync();
        Assert.Equal(200, (int)(await host.Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(200, (int)(await host.Client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        await using var host = await ApiHost.StartAsync(await fixture.StoreAsync(TestStores.Default), new KgServeOptions { MaxRequestBodyBytes = 200 });
        var (status, _) = await host.PostAsync("{ stats { totalNodes } }" + new string(' ', 500));
        Assert.Equal(413, status);
    }

    [Fact]
    public async Task Protected_reads_need_the_key()
    {
        await using var host = await ApiHost.StartAsync(await fixture.StoreAsync(TestStores.Default), new KgServeOptions { ApiKey = ApiHost.Key, ProtectReads = true });
        Assert.Equal(401, (await host.PostAsync("{ stats { totalNodes } }")).Status);
        Assert.Equal(200, (await host.PostAsync("{ stats { totalNodes } }", key: ApiHost.Key)).Status);
        Assert.Equal(200, (int)(await host.Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Mutations_are_disabled_without_a_configured_key()
    {
        await using var host = await ApiHost.StartAsync(await fixture.StoreAsync(TestStores.Default), new KgServeOptions());
        Assert.Equal(403, (await host.PostAsync("mutation { ingestCable(text: \"x\") { rejected } }", key: "anything")).Status);
    }

    [Fact]
    public async Task Introspection_can_be_turned_off()
    {
        await using var host = await ApiHost.StartAsync(await fixture.StoreAsync(TestStores.Default), new KgServeOptions { Introspection = false });
        var (status, body) = await host.PostAsync("{ __schema { types { name } } }");
        Assert.Equal(400, status);
        Assert.Contains("introspection", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(200, (await host.PostAsync("{ stats { totalNodes } }")).Status);
    }

    [Fact]
    public async Task Complexity_limit_refuses_expensive_queries()
    {
        await using var host = await ApiHost.StartAsync(await fixture.StoreAsync(TestStores.Default), new KgServeOptions { MaxComplexity = 50 });
        var (status, body) = await host.PostAsync("{ people(first: 100) { edges { node { metWith { person { metWith { person { name } } } } } } } }");
        Assert.Equal(400, status);
        Assert.Contains("complexity", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Rate_limit_answers_429_when_exceeded()
    {
        await using var host = await ApiHost.StartAsync(await fixture.StoreAsync(TestStores.Default), new KgServeOptions { RateLimitPerMinute = 2 });
        Assert.Equal(200, (await host.PostAsync("{ stats { totalNodes } }")).Status);
        Assert.Equal(200, (await host.PostAsync("{ stats { totalNodes } }")).Status);
        Assert.Equal(429, (await host.PostAsync("{ stats { totalNodes } }")).Status);
        Assert.Equal(200, (int)(await host.Client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Cors_is_closed_by_default_and_opens_for_configured_origins()
    {
        var host = await HostAsync();
        using var closed = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        closed.Headers.Add("Origin", "https://example.org");
        closed.Headers.Add("Access-Control-Request-Method", "POST");
        using var closedResponse = await host.Client.SendAsync(closed);
        Assert.False(closedResponse.Headers.Contains("Access-Control-Allow-Origin"));

        await using var open = await ApiHost.StartAsync(await fixture.StoreAsync(TestStores.Default), new KgServeOptions { CorsOrigins = ["https://example.org"] });
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var response = await open.Client.SendAsync(preflight);
        Assert.Equal("https://example.org", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Resolver_failures_do_not_leak_internals()
    {
        var host = await HostAsync();
        var (_, body) = await host.PostAsync("{ person { id } }");
        var message = body.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Equal("Give either 'id' or 'name'.", message);
        Assert.DoesNotContain("at KnowledgeGraph", body.ToString());
    }
}
