using System.Text;
using System.Text.Json;
using Governance.AI.Redaction;
using Governance.AI.Tests.HeldOut;

namespace Governance.AI.Tests.Redaction;

/// <summary>Issue #17 item 2: secrets under their own names (vendor formats) and credentials without a vendor format
/// (the value after a password, secret, token or API key name; Bearer/Basic values; a URL's <c>user:password@</c>).
/// Every case that expects a match failed on the code before; the cases that expect none guard precision.</summary>
public sealed class SecretRecognizerTests
{
    private static readonly RedactionEngine Engine = new(new RedactionOptions());

    private static (string Type, string Value)[] Find(string text, RedactionEngine? engine = null) =>
        [.. (engine ?? Engine).Analyze(text).Select(m => (m.EntityType, text.Substring(m.Start, m.Length)))];

    [Theory]
    [InlineData("GOOGLE_CLIENT_SECRET=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", "GOOGLE_CLIENT_SECRET", "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")]
    [InlineData("found glpat-LKLdBDJD6w2qAPX_Nlfb in the MR", "GITLAB_TOKEN", "glpat-LKLdBDJD6w2qAPX_Nlfb")]
    [InlineData("My Twilio API key is SK94944c81844a344e0aa6d055e0c64df1, thanks", "TWILIO_KEY", "SK94944c81844a344e0aa6d055e0c64df1")]
    [InlineData("sg = SendGridAPIClient(\"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\")", "SENDGRID_KEY", "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")]
    [InlineData("token npm_bu8a04ddfMBDPzWmuhTUFjX1EI1YMUoXpwke leaked", "NPM_TOKEN", "npm_bu8a04ddfMBDPzWmuhTUFjX1EI1YMUoXpwke")]
    [InlineData("the token 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 gives 403", "HUGGINGFACE_TOKEN", "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")]
    [InlineData("key=AKIAYYRICG4ALRJX5IJI&mode=test", "AWS_ACCESS_KEY", "AKIAYYRICG4ALRJX5IJI")] // the vendor name beats the generic one
    public void Vendor_tokens_are_reported_under_their_own_names(string text, string type, string value) =>
        Assert.Equal([(type, value)], Find(text));

    [Theory]
    [InlineData("DB_PASSWORD=XG^Tm6A2bixGax", "PASSWORD", "XG^Tm6A2bixGax")]
    [InlineData("export PGPASSWORD='Maple5454$'", "PASSWORD", "Maple5454$")]
    [InlineData("conn = connect(host=\"db\", password=\"l^TKxu7s8#dYb#\")", "PASSWORD", "l^TKxu7s8#dYb#")]
    [InlineData("Server=tcp:sql;User ID=app;Password=XLxE6a2S6vvUTl;Encrypt=True;", "PASSWORD", "XLxE6a2S6vvUTl")]
    [InlineData("spring:\n  datasource:\n    password: changeme", "PASSWORD", "changeme")] // a weak value in configuration is still the credential
    [InlineData("<password>S3cr3t!x</password>", "PASSWORD", "S3cr3t!x")]
    [InlineData("The temporary password is Cobalt5566& and it expires", "PASSWORD", "Cobalt5566&")]
    [InlineData("The password for the router is admin123.", "PASSWORD", "admin123")]
    [InlineData("Das Passwort lautet: river_Copper74", "PASSWORD", "river_Copper74")]
    [InlineData("Le mot de passe est Velvet52# pour le compte admin.", "PASSWORD", "Velvet52#")]
    [InlineData("network Harbor-Guest, passphrase 2XEFQq*TlYY5nt", "PASSWORD", "2XEFQq*TlYY5nt")]
    [InlineData("mysql -u root -pS3cret123 orders", "PASSWORD", "S3cret123")]
    [InlineData("docker login -u deploy -p C*o%46Zs6uJIam registry.example.com", "PASSWORD", "C*o%46Zs6uJIam")]
    [InlineData("curl -u admin:lTvhcZmWNNWbGPoSA8Qy https://jenkins.internal/job", "PASSWORD", "lTvhcZmWNNWbGPoSA8Qy")]
    [InlineData("DATABASE_URL=postgres://app_user:lc0MKIbmx9gon9RbrQye@db.internal:5432/orders", "PASSWORD", "lc0MKIbmx9gon9RbrQye")]
    [InlineData("amqp://guest:deGtFV#t5mc#Ls@rabbit.internal:5672/", "PASSWORD", "deGtFV#t5mc#Ls")]
    [InlineData("{\"client_secret\": \"d4yBgT9TjVZWpPGzE7GRb-uLcNml89iX\"}", "CREDENTIAL", "d4yBgT9TjVZWpPGzE7GRb-uLcNml89iX")]
    [InlineData("ERROR auth failed for token=n8EB6GWecW-FVQXwhiihvygGPqHQz44X (status 401)", "CREDENTIAL", "n8EB6GWecW-FVQXwhiihvygGPqHQz44X")]
    [InlineData("api token: cpKlRZDd8xPHDnSTZNwCd3N1", "CREDENTIAL", "cpKlRZDd8xPHDnSTZNwCd3N1")]
    [InlineData("My API key is Zt7Ypq2LmN8vR4sW6xQ, please keep it safe", "CREDENTIAL", "Zt7Ypq2LmN8vR4sW6xQ")]
    [InlineData("Here is the secret key: Kx9-mQ2-Lp7-Zr4", "CREDENTIAL", "Kx9-mQ2-Lp7-Zr4")]
    [InlineData("curl -H 'Authorization: Bearer 2Va4sJD8Qa5GaZ5AE7r0vXQc4DWoLsMd' https://x.example", "CREDENTIAL", "2Va4sJD8Qa5GaZ5AE7r0vXQc4DWoLsMd")]
    [InlineData("Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "CREDENTIAL", "QWxhZGRpbjpvcGVuIHNlc2FtZQ==")]
    [InlineData("Authorization: token 9f8e7d6c5b4a39281706f5e4d3c2b1a0f1e2d3c4", "CREDENTIAL", "9f8e7d6c5b4a39281706f5e4d3c2b1a0f1e2d3c4")]
    [InlineData("{\"Ocp-Apim-Subscription-Key\": \"bc74254770f58904dba41ecccc3fc162\"}", "AZURE_KEY", "bc74254770f58904dba41ecccc3fc162")]
    [InlineData("https://a.blob.core.windows.net/c/f?sv=2022-11-02&sig=Xk3mN9pQ2rS5tU8vW1yZ4aB7cD0eF3gH6iJ9kL2mN5o%3D", "CREDENTIAL", "Xk3mN9pQ2rS5tU8vW1yZ4aB7cD0eF3gH6iJ9kL2mN5o%3D")]
    public void Credentials_are_redacted_by_value_and_the_key_name_stays(string text, string type, string value) =>
        Assert.Equal([(type, value)], Find(text));

    [Theory]
    [InlineData("Set OPENAI_API_KEY=<your-api-key> before running the sample.")]
    [InlineData("export OPENAI_API_KEY=${OPENAI_API_KEY}")]
    [InlineData("api_key: YOUR_API_KEY")]
    [InlineData("api_key = \"<insert key here>\"")]
    [InlineData("Authorization: Bearer $TOKEN")]
    [InlineData("token: {{ secrets.DEPLOY_TOKEN }}")]
    [InlineData("DB_PASSWORD=xxxxxxxx")]
    [InlineData("password: ******** (hidden)")]
    [InlineData("password = os.environ['DB_PASSWORD']")]
    [InlineData("apiKey: process.env.STRIPE_KEY,")]
    [InlineData("connect(password=db_password, user=user)")]
    [InlineData("password = getpass()")]
    [InlineData("password: !vault |")]
    [InlineData("def login(username: str, password: str) -> bool:")]
    [InlineData("token: Optional[str] = None")]
    [InlineData("\"password\": \"Enter your password\"")]
    [InlineData("max_tokens=1024 and temperature=0.2")]
    [InlineData("token_type: bearer\nexpires_in: 3600")]
    [InlineData("The model used 1532 tokens.")]
    [InlineData("Click the password reset link; tokens expire after 15 minutes.")]
    [InlineData("Password: Reset required at next login")]
    [InlineData("Token: expired, please sign in again.")]
    [InlineData("Your API key is shown only once: copy it now.")]
    [InlineData("The API key is required for every request.")]
    [InlineData("The key is under the mat; key: value")]
    [InlineData("password_policy: strong")]
    [InlineData("password_hash: $2b$12$KIXQJ8v")]
    [InlineData("secret_name: prod-db-credentials")]
    [InlineData("primary_key=True, unique=True")]
    [InlineData("PWD=/home/runner/work")]
    [InlineData("The keyboard shortcut is Ctrl+K; bypass=1; compass: north; monkey: banana")]
    [InlineData("\"key\": \"checkout.button.label2\"")]
    [InlineData("POST /token HTTP/1.1")]
    [InlineData("Bearer token authentication is described in RFC 6750.")]
    [InlineData("mkdir -p /var/lib/app && ssh -p 2222 deploy@host && gcc -pthread -o app main.c")]
    [InlineData("git push -u origin main")]
    [InlineData("curl -u \"$USER:$PASS\" https://x.example")]
    [InlineData("It's no secret: 42 is the answer.")]
    [InlineData("the key looks like sk-... followed by 48 characters")]
    public void Placeholders_references_and_prose_are_kept(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Each_new_secret_type_can_be_switched_off()
    {
        var engine = new RedactionEngine(new RedactionOptions
        {
            Recognizers = BuiltInRecognizers.All & ~(BuiltInRecognizers.GoogleClientSecret | BuiltInRecognizers.GitLabToken | BuiltInRecognizers.TwilioKey |
                BuiltInRecognizers.SendGridKey | BuiltInRecognizers.NpmToken | BuiltInRecognizers.HuggingFaceToken | BuiltInRecognizers.Credentials),
        });

        Assert.Empty(Find("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 glpat-LKLdBDJD6w2qAPX_Nlfb SK94944c81844a344e0aa6d055e0c64df1", engine));
        Assert.Empty(Find("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 npm_bu8a04ddfMBDPzWmuhTUFjX1EI1YMUoXpwke 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", engine));
        Assert.Empty(Find("password=XG^Tm6A2bixGax, Authorization: Bearer 2Va4sJD8Qa5GaZ5AE7r0vXQc4DWoLsMd", engine));
        Assert.Equal(BuiltInRecognizers.All, BuiltInRecognizers.All | BuiltInRecognizers.Credentials | BuiltInRecognizers.HuggingFaceToken);
    }

    [Fact]
    public void Each_secret_of_the_dev_set_is_found_under_its_own_name()
    {
        var wrong = new StringBuilder();
        int checkedValues = 0;
        foreach (JsonElement row in HeldOutSet.Read("secrets-dev.jsonl"))
        {
            string text = row.GetProperty("text").GetString()!;
            IReadOnlyList<RedactionMatch> matches = Engine.Analyze(text);
            foreach (JsonElement secret in row.GetProperty("pii").EnumerateArray())
            {
                string value = secret.GetProperty("value").GetString()!;
                string entity = secret.GetProperty("entity").GetString()!;
                int start = text.IndexOf(value, StringComparison.Ordinal);
                bool named = matches.Any(m => m.EntityType == entity && m.IsSecret && m.Start <= start && m.End >= start + value.Length);
                checkedValues++;
                if (!named)
                {
                    string got = string.Join(", ", matches.Where(m => m.Start < start + value.Length && start < m.End).Select(m => m.EntityType));
                    wrong.AppendLine($"{entity} reported as [{got}]: {value}");
                }
            }
        }

        Assert.True(checkedValues > 50, "the set was not read");
        Assert.True(wrong.Length == 0, wrong.ToString());
    }
}
