using FeedbackBot.Core.Service;

namespace FeedbackBot.Core.Tests.Service;

public sealed class ServiceElementEditsTests
{
    private static IReadOnlyList<ServiceElement> Seeded => ServiceElementDefaults.All;

    [Fact]
    public void Add_NewName_AppendsWithASlugId()
    {
        var edit = ServiceElementEdits.Add(Seeded, "  Live chat & Co. ");

        Assert.Equal(ElementEditOutcome.Done, edit.Outcome);
        Assert.Equal(new ServiceElement("live-chat-co", "Live chat & Co."), edit.Elements[^1]);
        Assert.Equal(Seeded.Count + 1, edit.Elements.Count);
    }

    [Fact]
    public void Add_NameOfAnotherElementInOtherCase_IsRefused()
    {
        var edit = ServiceElementEdits.Add(Seeded, "SHIPPING");

        Assert.Equal(ElementEditOutcome.NameTaken, edit.Outcome);
        Assert.Same(Seeded, edit.Elements);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("tab\tinside")]
    [InlineData("a name that is much longer than sixty characters, which is the most we allow")]
    public void Add_InvalidName_IsRefused(string name)
    {
        var edit = ServiceElementEdits.Add(Seeded, name);

        Assert.Equal(ElementEditOutcome.InvalidName, edit.Outcome);
    }

    [Fact]
    public void Add_NameWithoutLatinLetters_GetsAUniqueFallbackId()
    {
        var first = ServiceElementEdits.Add(Seeded, "配送");
        var second = ServiceElementEdits.Add(first.Elements, "返品");

        Assert.Equal("element", first.Element!.Id);
        Assert.Equal("element-2", second.Element!.Id);
    }

    [Fact]
    public void Rename_Seeded_KeepsTheIdAndDropsTheDefaultName()
    {
        var edit = ServiceElementEdits.Rename(Seeded, "Shipping", "Delivery");

        Assert.Equal(ElementEditOutcome.Done, edit.Outcome);
        Assert.Equal(new ServiceElement(ServiceElementDefaults.Shipping, "Delivery"), edit.Element);
    }

    [Fact]
    public void Rename_Unknown_IsNotFound()
    {
        var edit = ServiceElementEdits.Rename(Seeded, "teleportation", "Beam");

        Assert.Equal(ElementEditOutcome.NotFound, edit.Outcome);
    }

    [Fact]
    public void RetireThenRestore_KeepsTheElementInTheList()
    {
        var retired = ServiceElementEdits.Retire(Seeded, ServiceElementDefaults.Returns);
        var again = ServiceElementEdits.Retire(retired.Elements, ServiceElementDefaults.Returns);
        var restored = ServiceElementEdits.Restore(retired.Elements, ServiceElementDefaults.Returns);

        Assert.True(retired.Element!.Retired);
        Assert.Equal(Seeded.Count, retired.Elements.Count);
        Assert.Equal(ElementEditOutcome.Unchanged, again.Outcome);
        Assert.Equal(Seeded, restored.Elements);
    }

    [Fact]
    public void SetCoverage_ActiveIds_MarksExactlyThose()
    {
        var edit = ServiceElementEdits.SetCoverage(Seeded, [ServiceElementDefaults.Shipping, ServiceElementDefaults.Returns]);

        Assert.Equal(ElementEditOutcome.Done, edit.Outcome);
        Assert.Equal([ServiceElementDefaults.Returns, ServiceElementDefaults.Shipping], edit.Elements.Where(e => e.CoveredByStatement).Select(e => e.Id));
    }

    [Fact]
    public void SetCoverage_UnknownId_ChangesNothing()
    {
        var edit = ServiceElementEdits.SetCoverage(Seeded, ["teleportation"]);

        Assert.Equal(ElementEditOutcome.NotFound, edit.Outcome);
        Assert.Same(Seeded, edit.Elements);
    }
}
