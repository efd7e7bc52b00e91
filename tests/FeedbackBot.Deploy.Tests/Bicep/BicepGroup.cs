namespace FeedbackBot.Deploy.Tests.Bicep;

/// <summary>The Bicep test classes share one build of the templates: each CLI run takes seconds.</summary>
[CollectionDefinition(Name)]
public sealed class BicepGroup : ICollectionFixture<CompiledTemplates>
{
    public const string Name = "Bicep";
}
