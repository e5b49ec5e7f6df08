namespace KnowledgeGraph.Cables.Model;

/// <summary>An addressee from the TO or INFO lines, e.g. <c>RUEHC/SECSTATE WASHDC IMMEDIATE 8984</c>.</summary>
/// <param name="Route">Routing indicator before the slash (<c>RUEHC</c>), or null.</param>
/// <param name="Name">The addressee (<c>SECSTATE WASHDC</c>).</param>
/// <param name="Precedence"><c>ROUTINE</c>, <c>PRIORITY</c>, <c>IMMEDIATE</c>, <c>NIACT IMMEDIATE</c>, <c>FLASH</c>, or null.</param>
/// <param name="Mcn">Message continuity number with its leading zeros (<c>0872</c>), or null.</param>
/// <param name="Excluded">Addressees excluded from this collective by an <c>XMT</c> prosign.</param>
public sealed record Recipient(string? Route, string Name, string? Precedence, string? Mcn, IReadOnlyList<string> Excluded);
