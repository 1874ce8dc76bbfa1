using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Regression tests for the recall work of issue #17: reference-number labels only right in front of a
/// number, national phone formats, and secrets under their own names. Every case that expects a new match or a new
/// type failed on the code before (the <c>sk-proj-</c> case guards that OpenAI keys keep their name); the cases that
/// expect no match guard precision.</summary>
public sealed class RecallRecognizerTests
{
    [Theory]
    [InlineData("Re ticket 4411: 223-529-4760 is my number", "PHONE", "223-529-4760")]
    [InlineData("Order 55 belongs to 123-45-6789.", "US_SSN", "123-45-6789")]
    [InlineData("Invoice 2291 went to 223-529-4760 yesterday", "PHONE", "223-529-4760")]
    public void Reference_words_elsewhere_in_the_sentence_do_not_hide_a_number(string text, string type, string value) =>
        Assert.Equal([(type, value)], Find(text));

    [Theory]
    [InlineData("Order 223-529-4760 shipped")]
    [InlineData("Order no. 223-529-4760 shipped")]
    [InlineData("Case #123-45-6789 closed")]
    [InlineData("Bestellnummer 0171 1922404 ist unterwegs")]
    [InlineData("numéro de commande 06 12 34 56 78")]
    [InlineData("SIREN 732 829 320")]
    public void A_reference_label_right_in_front_still_marks_a_reference_number(string text) =>
        Assert.Empty(Find(text));

    [Fact]
    public void A_context_window_that_cuts_a_word_does_not_read_its_tail_as_a_word()
    {
        // The window before the address began at "ver's" of "server's": "ver" was read as the version word.
        const string Text = "The server's public address is 203.0.113.69 today";
        Assert.Equal([("IP_ADDRESS", "203.0.113.69")], Find(Text));
    }

    [Theory]
    [InlineData("Rufen Sie mich unter 0172-1968961 an.", "0172-1968961")] // DE mobile
    [InlineData("Sie erreichen uns unter 089 142 2795.", "089 142 2795")] // DE landline
    [InlineData("Appelez-moi au 07 63 07 13 70 après 19h.", "07 63 07 13 70")] // FR
    [InlineData("Support desk 011-1025-7051, 9:00 to 18:00.", "011-1025-7051")] // IN landline
    [InlineData("Sede di Roma: 06 8897 6906.", "06 8897 6906")] // IT
    [InlineData("Fornecedor: (51) 97350-4299, Curitiba.", "(51) 97350-4299")] // BR
    [InlineData("Our Madrid warehouse: 707 268 180, weekdays.", "707 268 180")] // ES, no trunk 0
    [InlineData("Oficina: 912 34 56 78.", "912 34 56 78")] // ES, 3-2-2-2
    [InlineData("Lisboa 912 345 678 ou email.", "912 345 678")] // PT mobile
    [InlineData("Whats the status? 98765 43210 is mine.", "98765 43210")] // IN mobile
    [InlineData("Büro: 089 / 142 2795.", "089 / 142 2795")] // DE, slash after the area code
    [InlineData("Marco: 347 1234567.", "347 1234567")] // IT mobile
    [InlineData("Details: 396-214-5678.", "396-214-5678")] // NANP area code not yet assigned, dashed
    [InlineData("Details: 396.214.5678.", "396.214.5678")] // NANP area code not yet assigned, dotted
    [InlineData("Details: 396 214 5678.", "396 214 5678")] // spaced 3-3-4: how IT and CO mobiles and GR numbers are written (round 14)
    public void National_phone_formats_count_without_a_phone_word(string text, string value) =>
        Assert.Equal([("PHONE", value)], Find(text));

    [Theory]
    [InlineData("Revenue € 912 345 678 this year")] // an amount
    [InlineData("Revenue 912 345 678 EUR this year")]
    [InlineData("Population 1 912 345 678 in total")] // a longer number with space separators
    [InlineData("Total 912.345.678 units")] // dots are thousands separators
    [InlineData("Details: 196-214-5678.")] // an area code starting with 1 is not dialled
    [InlineData("Reference 020 794 609 only")] // 9 digits with a trunk 0 need a phone word
    public void Phone_shaped_data_is_kept(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("export ANTHROPIC_API_KEY=sk-ant-api03-A4uoRgnatmUdjAWtGSU8po-799NksnRH9ucAUsdMlHUvTCQCyEZDz_TddJ8H", "ANTHROPIC_KEY", "sk-ant-api03-A4uoRgnatmUdjAWtGSU8po-799NksnRH9ucAUsdMlHUvTCQCyEZDz_TddJ8H")]
    [InlineData("aws_secret_access_key = PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihAQ", "AWS_SECRET_KEY", "PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihAQ")]
    [InlineData("the secret half: PtYgjmUhBel31iEl2hpC/YgCfrL1spNxnyVmihAQ.", "AWS_SECRET_KEY", "PtYgjmUhBel31iEl2hpC/YgCfrL1spNxnyVmihAQ")]
    [InlineData("AccountKey=2qDu6LmZf1x8KZn9r+WTJTzWVK9N+tcUJ6Cus/7pIy+K8iEfnuSRxbEL7LVWO/web5NCfsvI/ilV5c2ORtyO1A==;EndpointSuffix=core.windows.net", "AZURE_KEY", "2qDu6LmZf1x8KZn9r+WTJTzWVK9N+tcUJ6Cus/7pIy+K8iEfnuSRxbEL7LVWO/web5NCfsvI/ilV5c2ORtyO1A==")]
    [InlineData("Ocp-Apim-Subscription-Key: bc74254770f58904dba41ecccc3fc162", "AZURE_KEY", "bc74254770f58904dba41ecccc3fc162")]
    [InlineData("Rotate bc74254770f58904dba41ecccc3fc162 today", "AZURE_KEY", "bc74254770f58904dba41ecccc3fc162")]
    [InlineData("Someone committed the key bc74254770f58904dba41ecccc3fc162", "AZURE_KEY", "bc74254770f58904dba41ecccc3fc162")]
    [InlineData("OPENAI_API_KEY=sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7CD0EF", "OPENAI_KEY", "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7CD0EF")]
    public void Secrets_are_reported_under_their_own_names(string text, string type, string value) =>
        Assert.Equal([(type, value)], Find(text));

    [Theory]
    [InlineData("commit 5527cf48452602553feca191de5d1d4d044ac429 fixed it")] // a git SHA: hex of one case
    [InlineData("md5 key bc74254770f58904dba41ecccc3fc162")] // a digest, even next to "key"
    [InlineData("file bc74254770f58904dba41ecccc3fc162.bin")] // a hash-named file
    [InlineData("id bc74254770f58904dba41ecccc3fc162 in the log")] // 32 hex without a key word
    [InlineData("api request id bc74254770f58904dba41ecccc3fc162")] // an id, even next to "api"
    [InlineData("path src/PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihAQ/x")] // a segment of a path
    [InlineData("UUID 123e4567-e89b-12d3-a456-426614174000")]
    public void Key_shaped_identifiers_are_kept(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Each_new_secret_type_can_be_switched_off()
    {
        var engine = new RedactionEngine(new RedactionOptions { Recognizers = BuiltInRecognizers.All & ~(BuiltInRecognizers.AnthropicKey | BuiltInRecognizers.AwsSecretKey | BuiltInRecognizers.AzureKey | BuiltInRecognizers.Credentials) });

        Assert.Empty(engine.Analyze("sk-ant-api03-A4uoRgnatmUdjAWtGSU8po-799NksnRH9ucAUsdMlHUvTCQCyEZDz_TddJ8H"));
        Assert.Empty(engine.Analyze("secret PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihAQ"));
        Assert.Empty(engine.Analyze("key bc74254770f58904dba41ecccc3fc162"));
    }
}
