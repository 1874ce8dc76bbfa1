namespace Governance.AI.Redaction;

/// <summary>The entity type names of the built-in recognizers. Placeholders are formed as <c>&lt;TYPE_N&gt;</c>.</summary>
public static class RedactionEntityTypes
{
    /// <summary>An e-mail address.</summary>
    public const string Email = "EMAIL";

    /// <summary>A phone number: NANP, international (<c>+CC</c>, <c>00CC</c>) or national.</summary>
    public const string Phone = "PHONE";

    /// <summary>A payment card number that passes the Luhn check and has a known scheme prefix.</summary>
    public const string CreditCard = "CREDIT_CARD";

    /// <summary>A US social security number.</summary>
    public const string UsSsn = "US_SSN";

    /// <summary>A national identification number other than the US SSN (which keeps <see cref="UsSsn"/>, so existing
    /// policies hold): the UK NINO, German Steuer-ID, French NIR, Spanish DNI/NIE, Italian codice fiscale, Dutch BSN,
    /// Belgian national number, Polish PESEL, Swedish personnummer, Norwegian fødselsnummer, Danish CPR, Finnish
    /// henkilötunnus, Portuguese NIF, Turkish T.C. Kimlik, Brazilian CPF, Indian Aadhaar, South African identity
    /// number, Korean resident registration number, Chinese resident id and Mexican CURP; one type for all, as the
    /// country is rarely known and a policy is set per kind of value.</summary>
    public const string NationalId = "NATIONAL_ID";

    /// <summary>An international bank account number that passes the mod-97 check.</summary>
    public const string Iban = "IBAN";

    /// <summary>An IPv4 or IPv6 address.</summary>
    public const string IPAddress = "IP_ADDRESS";

    /// <summary>An OpenAI API key (<c>sk-…</c>, <c>sk-proj-…</c>; not <c>sk-ant-</c>). A secret.</summary>
    public const string OpenAIKey = "OPENAI_KEY";

    /// <summary>An AWS access key id (<c>AKIA…</c>, <c>ASIA…</c>). A secret.</summary>
    public const string AwsAccessKey = "AWS_ACCESS_KEY";

    /// <summary>A GitHub token (<c>ghp_</c>, <c>gho_</c>, <c>ghu_</c>, <c>ghs_</c>, <c>ghr_</c>, <c>github_pat_</c>). A secret.</summary>
    public const string GitHubToken = "GITHUB_TOKEN";

    /// <summary>A Slack token (<c>xoxb-</c>, <c>xoxa-</c>, <c>xoxp-</c>, <c>xoxr-</c>, <c>xoxs-</c>). A secret.</summary>
    public const string SlackToken = "SLACK_TOKEN";

    /// <summary>A Google API key (<c>AIza…</c>). A secret.</summary>
    public const string GoogleApiKey = "GOOGLE_API_KEY";

    /// <summary>A Stripe key (<c>sk_live_</c>, <c>pk_live_</c>, <c>rk_live_</c>, <c>sk_test_</c>…). A secret.</summary>
    public const string StripeKey = "STRIPE_KEY";

    /// <summary>A JSON web token: three base64url segments whose header is a JSON object. A secret.</summary>
    public const string Jwt = "JWT";

    /// <summary>A PEM private-key block. A secret.</summary>
    public const string PrivateKey = "PRIVATE_KEY";

    /// <summary>An Anthropic API key (<c>sk-ant-api03-…</c>, <c>sk-ant-admin01-…</c>). A secret.</summary>
    public const string AnthropicKey = "ANTHROPIC_KEY";

    /// <summary>An AWS secret access key: 40 base64 characters mixing upper case, lower case and digits. A secret.</summary>
    public const string AwsSecretKey = "AWS_SECRET_KEY";

    /// <summary>An Azure key: a storage account key (88 base64 characters ending in <c>==</c>), 32 hex digits next to
    /// a key word (the shape of Azure AI services and API Management subscription keys), or a Microsoft Entra ID client
    /// secret (<c>abc8Q~…</c>). A secret.</summary>
    public const string AzureKey = "AZURE_KEY";

    /// <summary>A Google OAuth client secret (<c>GOCSPX-…</c>). A secret.</summary>
    public const string GoogleClientSecret = "GOOGLE_CLIENT_SECRET";

    /// <summary>A GitLab token (<c>glpat-</c>, <c>gldt-</c>, <c>glrt-</c>, <c>glptt-</c>, <c>glft-</c>, <c>glsoat-</c>…). A secret.</summary>
    public const string GitLabToken = "GITLAB_TOKEN";

    /// <summary>A Twilio API key secret id (<c>SK</c> and 32 hex digits) or account SID (<c>AC</c> and 32 lower-case hex digits). A secret.</summary>
    public const string TwilioKey = "TWILIO_KEY";

    /// <summary>A SendGrid API key (<c>SG.</c>, 22 characters, <c>.</c>, 43 characters). A secret.</summary>
    public const string SendGridKey = "SENDGRID_KEY";

    /// <summary>An npm access token (<c>npm_</c> and 36 alphanumerics). A secret.</summary>
    public const string NpmToken = "NPM_TOKEN";

    /// <summary>A Hugging Face access token (<c>hf_</c> and 34 letters). A secret.</summary>
    public const string HuggingFaceToken = "HUGGINGFACE_TOKEN";

    /// <summary>A PyPI API token (<c>pypi-</c> and a base64url macaroon that starts with <c>AgE</c>). A secret.</summary>
    public const string PyPiToken = "PYPI_TOKEN";

    /// <summary>A password: the value after a password key (<c>password=</c>, <c>"pwd": "…"</c>, <c>Password=…;</c> in a
    /// connection string, "the password is …"), or the password of a URL's <c>user:password@</c>. A secret.</summary>
    public const string Password = "PASSWORD";

    /// <summary>Another credential without a vendor format: the value after a secret, token or API key name
    /// (<c>client_secret</c>, <c>api_key:</c>, <c>token=</c>), after <c>Authorization: Bearer</c> or <c>Basic</c>. A secret.</summary>
    public const string Credential = "CREDENTIAL";

    /// <summary>Gets a value indicating whether a name can be used as an entity type (upper-case letters, digits and
    /// underscores, starting with a letter, at most 40 characters), so that placeholders stay unambiguous.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> if the name is valid.</returns>
    public static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 40 || name[0] is < 'A' or > 'Z')
        {
            return false;
        }

        foreach (char c in name)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
