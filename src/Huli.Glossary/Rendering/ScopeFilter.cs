using System.Collections.Generic;

namespace Huli.Glossary.Rendering;

/// <summary>
/// Applies an <see cref="AnnotationScope"/> to the matches of a document read in order: the reader says where a
/// section or block starts, and <see cref="Admits"/> says whether a match is annotated. The one meaning of the
/// scopes: plain text (<see cref="Annotator"/>) and the HTML and Markdown packages all use it.
/// </summary>
internal sealed class ScopeFilter(AnnotationScope scope)
{
    private readonly HashSet<int> seen = new();

    /// <summary>Whether the scope depends on where sections and blocks start, so a reader must report them.</summary>
    public bool NeedsBoundaries => scope is AnnotationScope.FirstInSection or AnnotationScope.FirstInBlock;

    public void StartSection()
    {
        if (scope == AnnotationScope.FirstInSection)
        {
            seen.Clear();
        }
    }

    public void StartBlock()
    {
        if (scope == AnnotationScope.FirstInBlock)
        {
            seen.Clear();
        }
    }

    public bool Admits(GlossaryMatch match) => scope == AnnotationScope.Every || seen.Add(match.Entry.Number);
}
