using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, fifteenth round (the used-up sets heldout10–13 and dev12–14 as regression data): passwords named in
/// prose behind a relative clause, a postposed adjective, "c'est", "is now", or a verb that sets them ("set the password
/// to …", "alterei para …"); a compact NANP number with an unassigned area code after a phone word; "best/new number is"
/// and "my number" as phone words; 32 hex digits after inflected key verbs ("rotating", "revoked") or next to a Twilio
/// account SID's name; an answer alone on its line after a speaker label takes the words of the question above it; a
/// <c>name=value</c> field after a bare credential word is another field, not its value. Then, from the dev15-work check
/// set's misses (after it was measured once): "ist noch" / "is still" before a password, a dotted quad that a version word
/// is said to be ("the firmware on the switch is …") or that is compared with a version of the same major number in its
/// sentence, "upgrading to …", and a labelled code after a phone is no member of the phone's list. The cases that expect
/// a match (or, for versions, none) failed on the code before; the others guard precision.</summary>
public sealed class RecognizerRound15Tests
{
    [Theory]
    [InlineData("the password we share for the lab is Quartz#81vane, don't forward it", "Quartz#81vane")]
    [InlineData("The password you gave me was Lantern7&Reef and it fails.", "Lantern7&Reef")]
    [InlineData("Le mot de passe de la borne c'est Kx7!mPa2rT, merci.", "Kx7!mPa2rT")]
    [InlineData("I reset the admin password to Vq8$Lumen22 this morning.", "Vq8$Lumen22")]
    [InlineData("The vault password was changed to Ember_58Corvid yesterday.", "Ember_58Corvid")]
    [InlineData("A senha antiga expirou, mudei para Pq9*trevo44 ontem.", "Pq9*trevo44")]
    [InlineData("Cambié la contraseña a Rio%4422Lince anoche.", "Rio%4422Lince")]
    [InlineData("The default password was admin, I changed it to Birch&70Otter", "Birch&70Otter")]
    [InlineData("j'ai changé le mot de passe en Givre!38Loup hier", "Givre!38Loup")]
    [InlineData("My password is now Harbor61Quill", "Harbor61Quill")]
    [InlineData("la contraseña nueva es Nube!73Sauce", "Nube!73Sauce")]
    [InlineData("a senha atual é Barco#19Lua", "Barco#19Lua")]
    [InlineData("Das Passwort für den Server ist noch Lerche58!Pfad, bitte ändern.", "Lerche58!Pfad")]
    [InlineData("the admin password is still Copper&39Fjord", "Copper&39Fjord")]
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
        AssertNoPasswordOrCredential(text);

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

    [Theory]
    [InlineData("The firmware on the switch is 7.3.0.221 since March.", "7.3.0.221")]
    [InlineData("Die Version des Treibers ist 5.1.2.40.", "5.1.2.40")]
    [InlineData("Version 6.2.0.1 des Agenten stürzt ab, mit 6.1.9.4 läuft alles.", "6.1.9.4")]
    [InlineData("Upgrading to 8.4.1.12 fixed the memory leak.", "8.4.1.12")]
    public void Versions_named_as_the_subject_or_compared_in_a_sentence_are_not_addresses(string text, string value) =>
        Assert.DoesNotContain((RedactionEntityTypes.IPAddress, value), Find(text));

    [Theory]
    [InlineData("The firmware on the server is 10.0.0.5", "10.0.0.5")]
    [InlineData("Upgraded the firmware to 4.2.1.3, then pinged 10.0.0.5 to check.", "10.0.0.5")]
    [InlineData("version 2.1.0.4 works on 10.20.30.40 but not on 10.20.30.41", "10.20.30.41")]
    [InlineData("We are updating the gateway to 10.0.0.1 tonight.", "10.0.0.1")]
    [InlineData("Version 4.1.0.2 runs on the host 4.1.0.9 only", "4.1.0.9")]
    public void Addresses_near_the_new_version_readings_stay_addresses(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.IPAddress, value), Find(text));

    [Theory]
    [InlineData("Dial-in: +1 (929) 555-0145 (meeting ID 614 220 9187).", "614 220 9187")]
    [InlineData("Call +44 20 7946 0958, ticket 555 0132 is open", "555 0132")]
    public void A_labelled_code_after_a_phone_is_no_member_of_its_list(string text, string value) =>
        Assert.DoesNotContain((RedactionEntityTypes.Phone, value), Find(text));
}
