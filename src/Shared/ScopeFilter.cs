using System.Collections.Generic;

namespace Huli.Glossary.Markup;

/// <summary>
/// Applies an <see cref="AnnotationScope"/> to the matches of a document walked in order: the walker says where a
/// section or block starts, and <see cref="Admits"/> says whether a match is annotated. Compiled into each markup
/// package from this one file, so HTML and Markdown share one meaning of the scopes.
/// </summary>
internal sealed class ScopeFilter(AnnotationScope scope)
{
    private readonly HashSet<int> seen = new();

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
