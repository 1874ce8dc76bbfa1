using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, twenty-second round, written from general descriptions of how values are written (not from a set's
/// rows): numbers read aloud in call transcripts (phones and cards said digit by digit, in groups, with "oh", "double",
/// "hundred", tens); e-mail addresses said or hidden ("a-n-n-a dot b at example dot org", "jo [at] example [dot] com");
/// an address percent-encoded in a URL (<c>%40</c>); a Terraform variable named as a credential whose block gives the
/// value as its default. The look-alikes guard precision.</summary>
public sealed class RecognizerRound22Tests
{
    [Theory]
    [InlineData("Rep: what's a good callback number?\nClient: sure, it's two one two, nine four seven, three three eight one.", "two one two, nine four seven, three three eight one")]
    [InlineData("Client: my cell is oh seven nine double one, four five six, seven eight nine.", "oh seven nine double one, four five six, seven eight nine")]
    [InlineData("Caller: you can reach me on three one two... eight six seven... fifty-three, oh nine", "three one two... eight six seven... fifty-three, oh nine")]
    [InlineData("Customer: call me back at area code nine one seven, then two two six, four four one eight.", "nine one seven, then two two six, four four one eight")]
    [InlineData("Caller: the phone is eight six seven, five three oh nine.", "eight six seven, five three oh nine")]
    public void A_phone_read_aloud_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("Client: the card is four one one one, one one one one, one one one one, one one one one.", "four one one one, one one one one, one one one one, one one one one")]
    [InlineData("Caller: number on the front is five five five five, five five five five, five five five five, four four four four", "five five five five, five five five five, five five five five, four four four four")]
    public void A_card_read_aloud_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.CreditCard, value), Find(text));

    [Fact]
    public void A_card_read_aloud_with_its_expiry_run_on_is_found_without_the_expiry()
    {
        const string text = "Caller: it's four one one one, one one one one, one one one one, one one one one, oh nine, twenty-eight.";
        Assert.Contains((RedactionEntityTypes.CreditCard, "four one one one, one one one one, one one one one, one one one one"), Find(text));
    }

    [Theory]
    [InlineData("Caller: my social is two one nine, oh nine, nine nine nine nine.", "two one nine, oh nine, nine nine nine nine")]
    [InlineData("Client: the SSN? it's five three six, two two, eight four one seven", "five three six, two two, eight four one seven")]
    public void An_ssn_read_aloud_next_to_an_ssn_word_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.UsSsn, value), Find(text));

    [Theory]
    [InlineData("Caller: the tracking number is two one nine, oh nine, nine nine nine nine.")]
    [InlineData("We sold two one nine oh nine nine nine nine nine units, a social media record.")]
    public void Nine_digits_read_aloud_without_an_ssn_word_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.UsSsn);

    [Theory]
    [InlineData("Agent: your case number is four four one two, three three nine, nine eight one.")]
    [InlineData("Count with me: one, two, three, four, five, six, seven.")]
    [InlineData("We had two, then three, then four guests; five left early.")]
    [InlineData("The recipe needs two eggs, three cups of flour and four spoons of sugar.")]
    [InlineData("Order number nine eight seven six five four three two one was shipped.")]
    [InlineData("Scores: seven, eight, nine and six out of ten.")]
    [InlineData("It took twenty five minutes, then thirty, then forty five.")]
    public void Number_words_in_prose_and_read_out_references_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type is RedactionEntityTypes.Phone or RedactionEntityTypes.CreditCard);

    [Theory]
    [InlineData("Agent: can you spell the email?\nClient: j-o-h-a-n-n-a dot k at fastmail dot com", "j-o-h-a-n-n-a dot k at fastmail dot com")]
    [InlineData("Write to anna.berg [at] example-uni [dot] edu for a copy.", "anna.berg [at] example-uni [dot] edu")]
    [InlineData("Kontakt: p.weber(at)firma(dot)de", "p.weber(at)firma(dot)de")]
    [InlineData("my email is sam_lee at gmail dot com", "sam_lee at gmail dot com")]
    [InlineData("send the invoice to billing dot team at acme dot co dot uk please", "billing dot team at acme dot co dot uk")]
    public void An_email_written_out_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Email, value), Find(text));

    [Theory]
    [InlineData("Have a look at example dot com for the docs.")]
    [InlineData("Email me at home dot com is not a thing, just use the portal.")]
    [InlineData("We met at the office, then moved on to the lab dot matrix printer.")]
    [InlineData("The value of x at t dot product is zero.")]
    [InlineData("Use the regex [at] for matching the literal word.")]
    public void Prose_with_at_and_dot_stays(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Email);

    [Theory]
    [InlineData("POST /signup?ref=mail&user=kai.moreau%40example.net&step=2", "kai.moreau%40example.net")]
    [InlineData("GET /unsubscribe?e=t.ng99%40outlook.com HTTP/2", "t.ng99%40outlook.com")]
    public void A_percent_encoded_address_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Email, value), Find(text));

    [Theory]
    [InlineData("width: calc(100%40px)")]
    [InlineData("progress 50%40 items left")]
    [InlineData("GET /static/sprite%402x.png")]
    public void A_percent_forty_that_is_no_address_stays(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Email);

    [Theory]
    [InlineData("variable \"stripe_api_key\" {\n  type      = string\n  default   = \"Hq7vT2mLx9Rw4KpZ8nB3\"\n  sensitive = true\n}", "Hq7vT2mLx9Rw4KpZ8nB3")]
    [InlineData("variable \"db_password\" {\n  description = \"admin password\"\n  default = \"Tern-Lake-42\"\n}", "Tern-Lake-42")]
    public void A_terraform_credential_variable_default_is_found(string text, string value) =>
        Assert.True(Redacts(text, value));

    [Theory]
    [InlineData("variable \"api_token\" {\n  type    = string\n  default = \"\"\n}")]
    [InlineData("variable \"api_token\" {\n  type      = string\n  sensitive = true\n}\nvariable \"region\" {\n  default = \"eu-west-1\"\n}")]
    [InlineData("variable \"db_password\" {\n  default = \"CHANGE_ME\"\n}")]
    [InlineData("variable \"token_ttl\" {\n  default = \"3600\"\n}")]
    [InlineData("variable \"secret_name\" {\n  default = \"${var.env}-db\"\n}")]
    public void A_terraform_variable_without_a_secret_default_stays(string text) =>
        AssertNoPasswordOrCredential(text);
}
