using Governance.AI.Caching;

namespace Governance.AI.Tests.Caching;

/// <summary>
/// Twenty-seventh round: two objects crossed between two heads ("debit X and credit Y" / "debit Y and credit X") miss in
/// en/de/es/fr while coordinated items and whole verb phrases in another order still hit; social clauses outside a
/// quotation are dropped in a prompt that quotes something; intensified thanks in de/es/fr and a bare "Morning!" are
/// courtesy; "what do the terms X and Y mean" is "what do X and Y mean"; a unit's short form is its name without a
/// number too ("in km" / "in kilometers"); "less / least expensive" is "cheaper / cheapest"; two prepositional phrases
/// that moved as wholes ("on a budget and with kids" / "with kids and on a budget") hit. Each with near misses that
/// must keep missing. Written from those descriptions, not taken from any evaluation set.
/// </summary>
public sealed class CacheGuardTwentySeventhRoundTests
{
    [Theory]
    // The same two verb phrases, or the same items, in another order.
    [InlineData("Should I debit inventory and credit payables for a stock purchase?", "Should I credit payables and debit inventory for a stock purchase?")]
    [InlineData("How do I peel potatoes and chop onions quickly?", "How do I chop onions and peel potatoes quickly?")]
    [InlineData("Compare apples and oranges for vitamin C.", "Compare oranges and apples for vitamin C.")]
    [InlineData("What should I pack for the beach: sunscreen, a hat and sandals?", "What should I pack for the beach: sandals, a hat and sunscreen?")]
    [InlineData("Is it cheaper to rent or buy a flat in Porto?", "Is it cheaper to buy or rent a flat in Porto?")]
    [InlineData("Can I take ibuprofen and paracetamol together?", "Can I take paracetamol and ibuprofen together?")]
    [InlineData("Wie viel Zucker und Mehl brauche ich für einen Kuchen?", "Wie viel Mehl und Zucker brauche ich für einen Kuchen?")]
    [InlineData("Quels fruits et légumes manger en hiver ?", "Quels légumes et fruits manger en hiver ?")]
    // Prepositional phrases moved as wholes, each with its own preposition.
    [InlineData("On a budget and with kids, where should we stay in Rome?", "Where should we stay in Rome with kids and on a budget?")]
    [InlineData("Where can I eat in Lisbon on a Sunday with a toddler?", "Where can I eat in Lisbon with a toddler on a Sunday?")]
    // Social clauses outside a quotation; intensified thanks; a bare "Morning!".
    [InlineData("Morning! Sorry if this is basic, but what does 'net present value' mean? Thanks.", "What does 'net present value' mean?")]
    [InlineData("Hi! What does \"carpe diem\" mean? Thanks a lot!", "What does \"carpe diem\" mean?")]
    [InlineData("Comment dit-on « bonne nuit » en allemand ? Merci beaucoup !", "Comment dit-on « bonne nuit » en allemand ?")]
    [InlineData("Wie sagt man „guten Appetit“ auf Spanisch? Vielen Dank!", "Wie sagt man „guten Appetit“ auf Spanisch?")]
    [InlineData("¿Cómo se dice «buenas noches» en francés? ¡Muchas gracias!", "¿Cómo se dice «buenas noches» en francés?")]
    [InlineData("Morning! How do I descale a kettle?", "How do I descale a kettle?")]
    // Words named as words, in the plural; a unit's short form; the cheaper end said as "less / least expensive".
    [InlineData("What do the terms bid and ask mean in stock trading?", "What do bid and ask mean in stock trading?")]
    [InlineData("How far is Mars from the Sun in kilometers?", "How far is Mars from the Sun in km?")]
    [InlineData("What is the cabin bag limit in kilograms?", "What is the cabin bag limit in kg?")]
    [InlineData("What's the least expensive way to ship a parcel to Canada?", "What's the cheapest way to ship a parcel to Canada?")]
    [InlineData("Which airline is less expensive for flights to Rome?", "Which airline is cheaper for flights to Rome?")]
    [InlineData("What is the least difficult language for an English speaker?", "What is the easiest language for an English speaker?")]
    public void Same_request_hits(string cached, string asked) => GuardPairAssert.Hits(cached, asked);

    [Theory]
    // Two objects crossed between two heads: each object now has the other's verb.
    [InlineData("Should I debit inventory and credit payables for a stock purchase?", "Should I debit payables and credit inventory for a stock purchase?")]
    [InlineData("Should I debit inventory and credit accounts payable for this purchase?", "Should I debit accounts payable and credit inventory for this purchase?")]
    [InlineData("Do I charge the buyer and refund the seller when a sale is cancelled?", "Do I charge the seller and refund the buyer when a sale is cancelled?")]
    [InlineData("Should I freeze the chicken and thaw the salmon tonight?", "Should I freeze the salmon and thaw the chicken tonight?")]
    [InlineData("Why would an investor buy bonds and sell stocks when rates rise?", "Why would an investor buy stocks and sell bonds when rates rise?")]
    [InlineData("Should I wash the rice and soak the beans overnight?", "Should I wash the beans and soak the rice overnight?")]
    [InlineData("Soll ich das Bankkonto belasten und das Kundenkonto entlasten?", "Soll ich das Kundenkonto belasten und das Bankkonto entlasten?")]
    [InlineData("¿Debo cargar la caja y abonar las ventas?", "¿Debo cargar las ventas y abonar la caja?")]
    [InlineData("Faut-il débiter la banque et créditer le fournisseur ?", "Faut-il débiter le fournisseur et créditer la banque ?")]
    [InlineData("Does Alice owe Bob money after the trip?", "Does Bob owe Alice money after the trip?")]
    // Phrases whose prepositions changed, relations reversed.
    [InlineData("How do I make coffee with milk and without sugar?", "How do I make coffee with sugar and without milk?")]
    [InlineData("How many teaspoons are in a tablespoon?", "How many tablespoons are in a teaspoon?")]
    [InlineData("Where can I eat in Lisbon on a Sunday with a toddler?", "Where can I eat in Lisbon on a Monday with a toddler?")]
    // Social words inside a quotation stay; another question after the thanks.
    [InlineData("Translate \"Thanks! See you soon.\" into Spanish.", "Translate \"See you soon.\" into Spanish.")]
    [InlineData("Morning! What does 'net present value' mean?", "Morning! What does 'net present value' mean for a startup?")]
    [InlineData("Morning, what should I eat before a run?", "What should I eat before a run?")]
    // Another term, another unit, the other end of the scale.
    [InlineData("What do the terms bid and ask mean in stock trading?", "What do bid and ask mean in forex trading?")]
    [InlineData("How far is Mars from the Sun in kilometers?", "How far is Mars from the Sun in miles?")]
    [InlineData("What is the cabin bag limit in kilograms?", "What is the cabin bag limit in pounds?")]
    [InlineData("What's the least expensive way to ship a parcel to Canada?", "What's the most expensive way to ship a parcel to Canada?")]
    [InlineData("What's the least expensive way to ship a parcel to Canada?", "What's the fastest way to ship a parcel to Canada?")]
    [InlineData("Which airline is less expensive for flights to Rome?", "Which airline is more expensive for flights to Rome?")]
    public void Different_request_misses(string cached, string asked) => GuardPairAssert.Misses(cached, asked);

    [Fact]
    public void Social_clauses_are_dropped_only_outside_a_quotation()
    {
        Assert.Equal("What does \"carpe diem\" mean?", PromptFraming.NormalizeAndStrip("Hi! What does \"carpe diem\" mean? Thanks a lot!"));
        Assert.Equal("Translate \"Thanks! See you soon.\" into Spanish.", PromptFraming.NormalizeAndStrip("Translate \"Thanks! See you soon.\" into Spanish."));
        Assert.Equal("Comment dit-on « bonne nuit » en allemand ?", PromptFraming.NormalizeAndStrip("Comment dit-on « bonne nuit » en allemand ? Merci beaucoup !"));
    }
}
