using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli.Internal;

/// <summary>Resolves command types from the built service provider.</summary>
internal sealed class ServiceTypeResolver(IServiceProvider provider) : ITypeResolver, IDisposable
{
    public object? Resolve(Type? type) => type is null ? null : provider.GetService(type);

    public void Dispose() => (provider as IDisposable)?.Dispose();
}
