using Governance.AI.Redaction;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, fifteenth round (the used-up sets heldout10–13 and dev12–14 as regression data): passwords named in
/// prose behind a relative clause, a postposed adjective, "c'est", "is now", or a verb that sets them ("set the password
/// to …", "alterei para …"); a compact NANP number with an unassigned area code after a phone word; "best/new number is"
/// and "my number" as phone words; 32 hex digits after inflected key verbs ("rotating", "revoked") or next to a Twilio
/// account SID's name; an answer alone on its line after a speaker label takes the words of the question above it; a
/// <c>name=value</c> field after a bare credential word is another field, not its value. The cases that expect a match
/// failed on the code before; the cases that expect none guard precision.</summary>
public sealed class RecognizerRound15Tests
{
    private static readonly RedactionEngine Engine = new(new RedactionOptions());

    private static (string Type, string Value)[] Find(string text) =>
        [.. Engine.Analyze(text).Select(m => (m.EntityType, text.Substring(m.Start, m.Length)))];

    [Theory]
    [InlineData("the password we share for the lab is Quartz#81vane, don't forward it", "Quartz#81vane")]
    [InlineData("The password you gave me was Lantern7&Reef and it fails.", "Lantern7&Reef")]
    [InlineData("Le mot de passe de la borne c'est Kx7!mPa2rT, merci.", "Kx7!mPa2rT")]
    [InlineData("I reset the admin password to Vq8$Lumen22 this morning.", "Vq8$Lumen22")]
    [InlineData("The vault password was changed to Ember_58Corvid yesterday.", "Ember_58Corvid")]
    [InlineData("A senha antiga expirou, mudei para Pq9*trevo44 ontem.", "Pq9*trevo44")]
    [InlineData("Cambié la contraseña a Rio%4422Lince anoche.", "Rio%4422Lince")]
    [InlineData("My password is now Harbor61Quill", "Harbor61Quill")]
    [InlineData("la contraseña nueva es Nube!73Sauce", "Nube!73Sauce")]
    [InlineData("a senha atual é Barco#19Lua", "Barco#19Lua")]
    public void Passwords_named_in_prose_are_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("I set the password in config2.yml and restarted.")]
    [InlineData("set password policy to 12 characters")]
    [InlineData("changed the token lifetime to 24h")]
    [InlineData("password reset to default")]
    [InlineData("the password manager is great")]
    [InlineData("2026-06-07T18:31:01Z WARN auth request_id=736f03a8-d6d0-4f9c-8b4b-ea9dcbe39bbb path=/v2/orders")]
    [InlineData("auth level=3 granted")]
    public void Settings_and_fields_near_credential_words_are_not_credentials(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type is RedactionEntityTypes.Password or RedactionEntityTypes.Credential);

    [Theory]
    [InlineData("the caller left phone 2994417720 for a callback", "2994417720")]
    [InlineData("Best number is 6175550199.", "6175550199")]
    [InlineData("My number changed, it's 7205550143 from today", "7205550143")]
    [InlineData("Home number 3125550177 after 5pm", "3125550177")]
    public void Compact_nanp_numbers_after_phone_words_are_phones(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Phone, value), Find(text));

    [Theory]
    [InlineData("order 2994417720 shipped")]
    [InlineData("new number of users 4155550132")]
    [InlineData("best number of retries is 3")]
    [InlineData("ticket 2994417720 was closed")]
    [InlineData("the run took 4993188743 ns")]
    public void Ten_digit_counts_and_references_are_not_phones(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Phone);

    [Theory]
    [InlineData("Rotating 7c1e0a9b44d2f3e6a8b5c0d1e2f3a4b5 tonight.", "7c1e0a9b44d2f3e6a8b5c0d1e2f3a4b5")]
    [InlineData("We are revoking 7c1e0a9b44d2f3e6a8b5c0d1e2f3a4b5 today.", "7c1e0a9b44d2f3e6a8b5c0d1e2f3a4b5")]
    [InlineData("client = Client(account_sid, \"3d9f0c2b7a6e41d58c0b9e2f1a7d6c54\")", "3d9f0c2b7a6e41d58c0b9e2f1a7d6c54")]
    public void Hex_keys_after_key_verbs_and_account_sid_names_are_found(string text, string value) =>
        Assert.Contains(Find(text), f => f.Value == value);

    [Theory]
    [InlineData("md5 7c1e0a9b44d2f3e6a8b5c0d1e2f3a4b5 after rotating the logs")]
    [InlineData("request id 7c1e0a9b44d2f3e6a8b5c0d1e2f3a4b5 (log rotation)")]
    [InlineData("Cloudflare account 023e105f4ecef8ad9ca31a8372d0c353")]
    public void Hashes_and_ids_near_the_new_words_are_not_keys(string text) =>
        Assert.Empty(Find(text));

    [Theory]
    [InlineData("Agent: Can you read me the social on file for the loan, please?\nCustomer: 219094412\nAgent: Thanks.", RedactionEntityTypes.UsSsn, "219094412")]
    [InlineData("Agent: What's a good callback number in case we get disconnected?\nCustomer: 6175550199", RedactionEntityTypes.Phone, "6175550199")]
    public void A_reply_alone_on_its_line_takes_the_words_of_the_question_above(string text, string type, string value) =>
        Assert.Contains((type, value), Find(text));

    [Theory]
    [InlineData("the social media team handles 219094412 followers")]
    [InlineData("Agent: Which social network do you use?\nCustomer: I have 219094412 followers there")]
    [InlineData("Agent: What's your order number?\nCustomer: 219094412")]
    [InlineData("Agent: please confirm the social you used on the loan application form today\nSystem: exported 219094412 rows")]
    public void Numbers_without_a_question_of_their_type_are_not_ssns(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.UsSsn);
}
