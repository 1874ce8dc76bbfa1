using Governance.AI.Redaction;
using static Governance.AI.Tests.Redaction.RecognizerProbe;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17, twenty-third round, written from general descriptions of how credentials are stored and written
/// (not from a set's rows): a password hash after its user name (.htpasswd, /etc/shadow); a vendor's or a purpose's
/// compound of "key" with a generated value ("MAILGUN_KEY: …", "routing_key = …"); a credential word, a short qualifier,
/// then the value without a linking word ("el token de admin …"); values in spaced French guillemets and German
/// reversed ones; a user and password joined by a slash after a login word; a postposed adjective then a colon
/// ("mot de passe provisoire : …"). Each family has look-alikes that must stay.</summary>
public sealed class RecognizerRound23Tests
{
    [Theory]
    [InlineData("my .htpasswd has deploy:$apr1$Zk3mQ9aB$Pq7Lr2Ws8Tn4Vx6Yc1Df9G/ and nginx still says 401", "$apr1$Zk3mQ9aB$Pq7Lr2Ws8Tn4Vx6Yc1Df9G/")]
    [InlineData("alice:$2y$10$QmN8vR3kT6wZ1pL4sX7yUeJ5hG2dF9aB0cE3iK6mO8qS1tV4wY7zA\nbob:x", "$2y$10$QmN8vR3kT6wZ1pL4sX7yUeJ5hG2dF9aB0cE3iK6mO8qS1tV4wY7zA")]
    [InlineData("root:$6$Rq8sT2vW$Kp4Lm7Nx2Bz9Cv5Dq1Wr8Ty3Uh6Jk0Pl4Mn7Bv2Cx9Zs5Ad8Fg1Hj4Kl7Qw0Er3Ty6Ui9Op2As5Df8Gh1Jk4L:19700:0:99999:7:::", "$6$Rq8sT2vW$Kp4Lm7Nx2Bz9Cv5Dq1Wr8Ty3Uh6Jk0Pl4Mn7Bv2Cx9Zs5Ad8Fg1Hj4Kl7Qw0Er3Ty6Ui9Op2As5Df8Gh1Jk4L")]
    [InlineData("svc:$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$Wm9vYmFyQmF6UXV4MTIzNDU2Nzg5MA", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$Wm9vYmFyQmF6UXV4MTIzNDU2Nzg5MA")]
    [InlineData("ldap user line: bob:{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9gK3x2q", "{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9gK3x2q")]
    public void A_password_hash_after_its_user_name_is_found(string text, string value)
    {
        var found = Find(text);
        Assert.Contains((RedactionEntityTypes.Password, value), found);
    }

    [Theory]
    [InlineData("set the line to admin:$HTPASSWD_HASH from the vault")]
    [InlineData("export PATH=/opt/bin:$PATH:$HOME/bin")]
    [InlineData("the template holds admin:${ADMIN_HASH} until deploy")]
    [InlineData("total:$12.50 per seat, cost:$1$ is a typo")]
    [InlineData("the crypt format is $apr1$salt$hash, see the docs")]
    [InlineData("key:{SHA}short and group:{NAME}value")]
    public void A_variable_a_price_or_a_format_description_after_a_colon_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("data:\n  MAILGUN_KEY: bWdfa2V5XzNhN2Y5YzJkMWU4YjRhNmM=\n  replicas: 3", "bWdfa2V5XzNhN2Y5YzJkMWU4YjRhNmM=")]
    [InlineData("[alerts]\nintegration_routing_key = QZ7K2M9X4W1T8R5V3N6B0C\nseverity = warning", "QZ7K2M9X4W1T8R5V3N6B0C")]
    [InlineData("ALGOLIA_ADMIN_KEY=Fh4kT9qW2mZ7xP1vL8nR3bC6", "Fh4kT9qW2mZ7xP1vL8nR3bC6")]
    [InlineData("{\"pusher_key\": \"c8Xv2Lq9Rm4Tz7Wn3Bp6\"}", "c8Xv2Lq9Rm4Tz7Wn3Bp6")]
    public void A_vendor_or_purpose_key_with_a_generated_value_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Credential, value), Find(text));

    [Theory]
    [InlineData("sort_key = CreatedAt2024Desc\npartition_key: tenant_2931_region_eu")]
    [InlineData("idempotency_key: 3f9c2a1e-8b7d-4c6e-9f0a-1b2c3d4e5f60")]
    [InlineData("object_key = uploads/2024/Report_Q3.pdf")]
    [InlineData("PUBLIC_KEY=MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE4x")]
    [InlineData("message_key: ORDER_CREATED_V2\nrouting_key = orders.eu.created")]
    [InlineData("feature_key = CheckoutFlow2024Beta\nGPG_KEY=3AA5C34371567BD2")]
    [InlineData("STRIPE_KEY=${STRIPE_KEY}\nSENTRY_KEY=YOUR_SENTRY_KEY_HERE\nMAPS_KEY: <maps-key>")]
    [InlineData("translation_key: checkout.button.label2024\nlookup_key = 9f2c7a1b4e6d8f0a")]
    [InlineData("the routing_key decides the queue, e.g. routing_key: ORDERS")]
    [InlineData("RECAPTCHA_SITE_KEY=6Lc9q2AUAAAAAF3kJ0B1xYz7Qw4Er8Ty2Ui5Op")]
    public void A_data_key_a_public_key_or_a_placeholder_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("El token de admin aZ9kQ2xW7pL4mN8rT3vB ya no funciona", "aZ9kQ2xW7pL4mN8rT3vB")]
    [InlineData("the token for the deploy bot Qx7Lm2Nz9Kp4Wr8Tv3Ys is expired", "Qx7Lm2Nz9Kp4Wr8Tv3Ys")]
    [InlineData("le jeton d'accès Hk3Pz8Qm2Lx7Rv9Nw4Ty ne marche plus", "Hk3Pz8Qm2Lx7Rv9Nw4Ty")]
    public void A_credential_after_a_short_qualifier_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Credential, value), Find(text));

    [Theory]
    [InlineData("the token for version 2 AccountsService2 is shown in the logs")]
    [InlineData("rotate the key for user JohnSmith2024 tomorrow")]
    [InlineData("the token for release Release2024Final was revoked")]
    [InlineData("the token for staging YOUR_STAGING_TOKEN goes here")]
    [InlineData("el token de acceso caduca en 3600 segundos")]
    public void A_name_or_a_placeholder_after_a_qualifier_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("Tentative avec l'utilisateur admin, mot de passe « s0leil!42 » refusée", "s0leil!42")]
    [InlineData("mot de passe «\u00A0Brume-Nord-9\u00A0» pour le portail", "Brume-Nord-9")]
    [InlineData("Das Passwort »Kaffee2025!« funktioniert nicht mehr", "Kaffee2025!")]
    public void A_password_in_guillemets_is_found_without_the_spaces(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("Cliquez sur « Mot de passe oublié » puis recommencez")]
    [InlineData("le mot de passe « ******** » s'affiche masqué")]
    [InlineData("le mot de passe « » est vide")]
    public void A_guillemet_quoted_label_or_mask_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("the camera's factory login admin/9876cam was never changed", "9876cam")]
    [InlineData("default credentials root:t00r-box on the appliance", "t00r-box")]
    public void A_user_and_password_joined_after_a_login_word_are_found(string text, string value) =>
        Assert.Contains(Find(text), f => f.Value == value && f.Type is RedactionEntityTypes.Password or RedactionEntityTypes.Credential);

    [Theory]
    [InlineData("the login admin/user roles are configured in the panel")]
    [InlineData("the login OAuth/SAML flow is broken")]
    [InlineData("see login page/v2 for details")]
    public void A_pair_of_words_after_a_login_word_stays(string text) =>
        AssertNoPasswordOrCredential(text);

    [Theory]
    [InlineData("Le mot de passe provisoire : Tilleul-58", "Tilleul-58")]
    [InlineData("La contraseña nueva: Olivo#332 (cámbiala)", "Olivo#332")]
    public void A_password_after_a_postposed_adjective_and_a_colon_is_found(string text, string value) =>
        Assert.Contains((RedactionEntityTypes.Password, value), Find(text));

    [Theory]
    [InlineData("Le mot de passe provisoire sera envoyé demain")]
    [InlineData("La contraseña nueva: debe tener 12 caracteres")]
    public void A_postposed_adjective_without_a_value_stays(string text) =>
        AssertNoPasswordOrCredential(text);
}
