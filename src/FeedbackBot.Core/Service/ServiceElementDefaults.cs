namespace FeedbackBot.Core.Service;

/// <summary>
/// The elements every workspace starts with (PRODUCT.md section 4). Their ids are a contract:
/// votes, survey answers and decisions refer to them.
/// </summary>
public static class ServiceElementDefaults
{
    public const string Guarantees = "guarantees";
    public const string Warranties = "warranties";
    public const string Returns = "returns";
    public const string Shipping = "shipping";
    public const string AfterHoursService = "after-hours-service";
    public const string ReturningContacts = "returning-contacts";
    public const string OrderFulfillment = "order-fulfillment";

    /// <summary>The seeded list, in order, with English names (chat shows them localized).</summary>
    public static IReadOnlyList<ServiceElement> All { get; } =
    [
        Seeded(Guarantees, "Guarantees"),
        Seeded(Warranties, "Warranties"),
        Seeded(Returns, "Returns"),
        Seeded(Shipping, "Shipping"),
        Seeded(AfterHoursService, "After-hours service"),
        Seeded(ReturningContacts, "Returning calls, emails and tickets"),
        Seeded(OrderFulfillment, "Order fulfillment"),
    ];

    private static ServiceElement Seeded(string id, string name) => new(id, name, IsDefaultName: true);
}
