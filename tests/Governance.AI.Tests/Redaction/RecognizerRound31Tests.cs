using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, thirty-first round: national identification numbers of thirteen more countries, each example value
/// computed for this test with its country's published check (none is a real person's), the same value with its check
/// broken, and the look-alikes that stay; digits an id's own name labels though their check fails; local phone numbers
/// with an extension or a phone noun after them; 32-hex keys after a word for "key" in other languages or a provider's
/// name; Romance reference labels ("référence produit").</summary>
public sealed class RecognizerRound31Tests
{
    [Theory]
    [InlineData("Žalobkyně Jana Nováková, rodné číslo 885314/1231, bytem v Brně.", "885314/1231")]
    [InlineData("Pacient: rodne cislo 9003211239, pojišťovna 111.", "9003211239")]
    [InlineData("Versicherter: SVNR 4838 150385, Kasse ÖGK.", "4838 150385")]
    [InlineData("A páciens TAJ száma: 037 512 846, háziorvos dr. Kiss.", "037 512 846")]
    [InlineData("Titular: Ana Pop, CNP 2850315123457, domiciliată în Cluj.", "2850315123457")]
    [InlineData("Ο ασφαλισμένος με ΑΜΚΑ 15038502710 εξυπηρετήθηκε.", "15038502710")]
    [InlineData("Claimant PPSN 3852914F, Dublin 8.", "3852914F")]
    [InlineData("New PPS number 6071235PA issued by the Department.", "6071235PA")]
    [InlineData("Postulante con RUT 15482736-6, región de Valparaíso.", "15482736-6")]
    [InlineData("Responsable inscripto, CUIT 27314567892, Córdoba.", "27314567892")]
    [InlineData("Employee SIN 046 382 719, start date Monday.", "046 382 719")]
    [InlineData("Please confirm your SIN: 712-946-359 for the T4 slip.", "712-946-359")]
    [InlineData("Patient Teudat Zehut 031547284, clinic Haifa.", "031547284")]
    [InlineData("マイナンバー 4728 1950 3620 を提出してください。", "4728 1950 3620")]
    [InlineData("Please send your My Number 618392047518 with the form.", "618392047518")]
    [InlineData("Applicant NRIC S8234567A, Tampines.", "S8234567A")]
    [InlineData("Work pass holder, FIN F2847163R, started in May.", "F2847163R")]
    [InlineData("Pemohon: Siti Aminah, MyKad 880314-14-5236, Kuala Lumpur.", "880314-14-5236")]
    public void A_national_id_with_a_valid_check_and_its_name_nearby_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.NationalId, value), Find(text));

    [Theory]
    [InlineData("Certificado para 15.482.736-6 emitido hoy.", "15.482.736-6")]
    [InlineData("Alumno 11.223.344-K matriculado en 2019.", "11.223.344-K")]
    [InlineData("Beneficiario 7.012.345-2 sin deuda.", "7.012.345-2")]
    [InlineData("Factura a 20-28391746-1, pago contado.", "20-28391746-1")]
    [InlineData("Versicherte Person 756.1234.5678.97, Kanton Bern.", "756.1234.5678.97")]
    public void A_national_id_in_a_shape_no_other_number_has_is_found_without_its_name(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.NationalId, value), Find(text));

    [Theory]
    [InlineData("Certificado para 15.482.736-7 emitido hoy.")]
    [InlineData("Alumno 11.223.345-K matriculado en 2019.")]
    [InlineData("Factura a 20-28391746-2, pago contado.")]
    [InlineData("Versicherte Person 756.1234.5678.98, Kanton Bern.")]
    [InlineData("Applicant NRIC S8234567B, Tampines.")]
    [InlineData("Claimant PPSN 3852914G, Dublin 8.")]
    [InlineData("Batch 885314/1232 released.")]
    public void A_national_id_with_a_broken_check_and_no_name_right_before_it_is_not_one(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.NationalId);

    [Theory]
    [InlineData("Order 27314567892 shipped on Monday.")]
    [InlineData("Build 2850315123457 is green.")]
    [InlineData("The export holds 046382719 rows.")]
    [InlineData("IMEI 490154203237518 registered to the handset.")]
    [InlineData("SKU S8234567A back in stock.")]
    [InlineData("Fixed in commit 885314123 of the release branch.")]
    [InlineData("Ticket 15482736-6 closed.")]
    [InlineData("Die Sozialversicherung zahlt 4838 150385 Euro nicht.")]
    [InlineData("MyKad tidak dibawa; rujukan 880314-19-5236.")]
    [InlineData("Shipment 880314-14-5236 left Port Klang.")]
    public void Checked_digits_without_their_name_or_after_a_reference_label_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.NationalId);

    [Theory]
    [InlineData("My Aadhaar number is 4489 6325 4158, please update it.", "4489 6325 4158")]
    [InlineData("PESEL: 74081512344 (z dowodu).", "74081512344")]
    [InlineData("Leerling Sem Jansen, BSN 238174609, groep 6.", "238174609")]
    [InlineData("Žalovaný: rodné číslo 975725/3868, bytem Praha.", "975725/3868")]
    [InlineData("Mein Steuer-ID lautet 65314907264.", "65314907264")]
    public void Digits_their_own_id_name_labels_count_though_the_check_fails(string text, string value) =>
        Assert.True(Redacts(text, value));

    [Theory]
    [InlineData("The Aadhaar card is in the drawer; ticket 4489 6325 4158 tracks it.")]
    [InlineData("Aadhaar, PAN and passport were checked on 12 May; case 4489 6325 4158.")]
    [InlineData("PESEL 7408151235 was too short.")]
    [InlineData("Please verify the identity number 4489 6325 4158 before onboarding.")]
    public void Digits_that_fail_the_check_without_their_own_name_right_before_stay(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.NationalId);

    [Theory]
    [InlineData("Singapore support hotline moved: update the footer to 6221 4410 ext 2 please.", "6221 4410")]
    [InlineData("Der Empfang ist jetzt unter 48 46 57 Durchwahl 12 besetzt.", "48 46 57")]
    [InlineData("The old 6221 4400 line is now a fax.", "6221 4400")]
    [InlineData("Our front desk moved; 9123 4567 is the hotline now.", "9123 4567")]
    [InlineData("La nueva 912 34 56 es el teléfono del hotel.", "912 34 56")]
    public void A_local_number_with_an_extension_or_a_phone_noun_after_it_is_a_phone(string text, string value) =>
        Assert.True(Redacts(text, value));

    [Theory]
    [InlineData("The crate measures 48 46 57 x 2 cm.")]
    [InlineData("Invoice 6221 4410 ext 2 was paid.")]
    [InlineData("Room 4410 4411, fax the form later.")]
    [InlineData("We sold 6221 4400 units; the phone team celebrated.")]
    [InlineData("Seat 6221 4400 was taken by the guy from the fax room.")]
    [InlineData("Ticket 9123 4567 is about the hotline.")]
    public void A_local_number_without_such_a_sign_stays(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.Phone);

    [Theory]
    [InlineData("Serveren logger Datadog-nøglen cb40f639868c3ddb452f9aa050af6861 i klartekst.", "cb40f639868c3ddb452f9aa050af6861")]
    [InlineData("Der Mailgun-Schlüssel 9d3f2a1b7c6e5d4f8a0b1c2d3e4f5a6b liegt im Wiki.", "9d3f2a1b7c6e5d4f8a0b1c2d3e4f5a6b")]
    [InlineData("La clé Algolia 4e1a9c7b2d8f3e6a5c0b9d7e1f2a3b4c a fuité.", "4e1a9c7b2d8f3e6a5c0b9d7e1f2a3b4c")]
    [InlineData("Il nostro Datadog 7b2e4c6a8d0f1e3a5c7b9d2f4e6a8c0b è nel repo.", "7b2e4c6a8d0f1e3a5c7b9d2f4e6a8c0b")]
    public void A_32_hex_key_after_a_key_word_in_another_language_or_a_providers_name_is_found(string text, string value) =>
        Assert.True(Redacts(text, value));

    [Theory]
    [InlineData("Datadog trace id 4e1a9c7b2d8f3e6a5c0b9d7e1f2a3b4c in the span.")]
    [InlineData("Die MD5-Prüfsumme 9d3f2a1b7c6e5d4f8a0b1c2d3e4f5a6b stimmt.")]
    [InlineData("Le hash 4e1a9c7b2d8f3e6a5c0b9d7e1f2a3b4c du fichier.")]
    public void A_32_hex_digest_stays(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == RedactionEntityTypes.AzureKey);

    [Theory]
    [InlineData("Rappel : référence produit 33-1010-0457, lot 12.", "33-1010-0457")]
    [InlineData("Annulez la facture, numéro client 06 12 34 56 78.", "06 12 34 56 78")]
    [InlineData("Reclamo: código producto 415-555-0132.", "415-555-0132")]
    public void A_number_after_a_Romance_reference_label_stays(string text, string value) =>
        Assert.False(Redacts(text, value));

    [Fact]
    public void A_phone_after_a_Romance_phrase_that_is_no_label_is_still_a_phone() =>
        Assert.True(Redacts("Appelez le client au 06 12 34 56 78 demain.", "06 12 34 56 78"));
}
