// Generates the programmatic part of the tokenizer test corpus into
// tests/Governance.AI.Tests/Tokenization/Corpus/gen/ (hand-written documents live next to it in hand/).
// Deterministic: a fixed seed, so re-running reproduces the same files. Afterwards run generate-reference.mjs.
//
// Usage: node generate-corpus.mjs
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, "..", "..", "tests", "Governance.AI.Tests", "Tokenization", "Corpus", "gen");

let seed = 20241126;
function rnd() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const times = (n, f) => Array.from({ length: n }, (_, i) => f(i));

const words = {
  en: "the of and to in is that for it as was with be by on not he this are or his from at which but have an they you were her she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three".split(" "),
  de: "der die das und nicht ist ein eine zu mit von für auf dem den des im sich auch es wird werden hat haben sind war über nach bei aus wie nur noch mehr Jahr Menschen Zeit Unternehmen Daten Schnittstelle Verbrauch Grenze Mandant Kontingent Anfrage Antwort Modell künstliche Intelligenz Datenschutz Übermittlung Größe schön Straße Mädchen grün müssen können würden Bundesregierung Haftpflichtversicherung Geschwindigkeitsbegrenzung".split(" "),
  fr: "le la les de des du un une et est que qui dans pour pas sur au avec ce il elle nous vous ils sont été être avoir fait plus tout comme mais où donc très bien aussi l'été d'abord qu'il c'est aujourd'hui données modèle réponse requête intelligence artificielle sécurité coût élevé garçon français à ça être forêt".split(" "),
  es: "el la los las de del un una y es que en por para con no se su al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante año niño señor España mañana corazón información inteligencia artificial datos modelo respuesta ¿qué? ¡sí!".split(" "),
  ru: "и в не на я быть он с что а по это она этот к но они мы как из у который то за свой что весь год от так о для ты же все тот мочь вы человек такой его сказать только или ещё бы себя один как уже до время если сам когда другой вот говорить наш мой знать стать при чтобы дело жизнь кто первый очень два день её новый рука даже во со модель данные ответ запрос искусственный интеллект".split(" "),
  ar: "في من على إلى أن عن مع هذا هذه التي الذي كان ما لا هو هي كل بين قد بعد عند ذلك حتى إذا لم كما أو ثم الذكاء الاصطناعي البيانات النموذج الطلب الاستجابة الميزانية الأمن التكلفة المستخدم الشركة العالم اليوم".split(" "),
  hi: "के है में की और से को एक यह पर भी नहीं कि था हैं तो ने लिए कर इस जो थे गया हो साथ या उन्होंने कृत्रिम बुद्धिमत्ता डेटा मॉडल उत्तर अनुरोध सुरक्षा लागत उपयोगकर्ता कंपनी दुनिया आज क्या".split(" "),
  zh: "的 一 是 不 了 在 人 有 我 他 这 个 们 中 来 上 大 为 和 国 地 到 以 说 时 要 就 出 会 可 也 你 对 生 能 而 子 那 得 于 着 下 自 之 年 过 发 后 作 里 人工智能 数据 模型 回答 请求 安全 成本 用户 公司 世界 今天 预算 缓存".split(" "),
  ja: "の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など なっ ない この ため その あっ よう また もの という あり まで られ なる へ か だ これ によって により おり より による ず なり られる において ば なかっ なく しかし について せ だっ その後 できる それ 人工知能 データ モデル 回答 要求 セキュリティ コスト ユーザー 会社 世界 今日 予算".split(" "),
  ko: "이 그 저 것 수 등 들 및 에서 으로 를 을 는 은 가 이다 있다 하다 되다 않다 없다 나 사람 우리 때 년 한 지 대하다 오다 말 일 때문 말하다 위하다 그러나 가다 받다 인공지능 데이터 모델 답변 요청 보안 비용 사용자 회사 세계 오늘 예산 캐시".split(" "),
  it: "il la di che e un una per non con sono è anche come più ma dell'anno quest'estate perché città caffè così intelligenza artificiale dati modello risposta".split(" "),
  pl: "i w nie na się z do to że jest o jak ale po co tak za od jego tylko może już gdy sztuczna inteligencja dane model odpowiedź żółć gęślą jaźń źdźbło".split(" "),
  tr: "ve bir bu da de için ile çok daha ne gibi ama olarak kadar sonra İstanbul yapay zekâ veri model yanıt ışık güneş çiçek ağaç IĞDIR".split(" "),
  el: "και το να η ο της του με για που στο από τα ένα είναι δεν θα στην τεχνητή νοημοσύνη δεδομένα μοντέλο απάντηση ΑΘΗΝΑ".split(" "),
  th: "ที่ และ ใน การ เป็น ของ มี ได้ ไม่ ให้ ว่า จะ กับ แต่ ปัญญาประดิษฐ์ ข้อมูล แบบจำลอง คำตอบ".split(" "),
  vi: "và của là có không được trong cho những một các với người này đã trí tuệ nhân tạo dữ liệu mô hình câu trả lời".split(" "),
};
const languages = Object.keys(words);

function cased(w) {
  const r = rnd();
  if (r < 0.08) return w.toUpperCase();
  if (r < 0.2) return w.charAt(0).toUpperCase() + w.slice(1);
  return w;
}
function sentence(lang) {
  const ws = words[lang];
  const joiner = lang === "zh" || lang === "ja" || lang === "th" ? "" : " ";
  let s = times(int(4, 18), () => cased(pick(ws))).join(joiner);
  if (rnd() < 0.2) s += joiner + int(0, 100000);
  const end = lang === "zh" || lang === "ja" ? pick(["。", "！", "？", "…"]) : lang === "ar" ? pick([".", "؟", "!"]) : lang === "hi" ? pick(["।", "?", "!"]) : pick([".", ".", "!", "?", "...", ":", ";"]);
  return s.charAt(0).toUpperCase() + s.slice(1) + end;
}
function prose(langs) {
  return times(int(3, 8), () => times(int(2, 6), () => sentence(pick(langs))).join(pick([" ", " ", "  "]))).join(pick(["\n\n", "\n", "\r\n\r\n"])) + (rnd() < 0.5 ? "\n" : "");
}

const identifiers = ["value", "count", "tokenCount", "max_tokens", "HTTPClient", "parseJSON", "_private", "__dunder__", "i", "j", "x1", "userId", "ÜberSize", "данные", "名前", "budgetRemaining", "IS_ENABLED", "snake_case_name", "kebab"];
function code() {
  const indent = pick(["  ", "    ", "\t"]);
  const nl = rnd() < 0.2 ? "\r\n" : "\n";
  const lang = pick(["c", "py", "js", "rs", "go", "sql", "sh"]);
  const lines = [];
  for (let f = 0; f < int(2, 5); f++) {
    const name = pick(identifiers) + int(0, 99);
    const a = pick(identifiers), b = pick(identifiers);
    switch (lang) {
      case "py":
        lines.push(`def ${name}(${a}: int, ${b}: str = "${pick(words.en)}") -> dict[str, int]:`, `${indent}"""${sentence("en")}"""`, `${indent}if ${a} >= ${int(0, 1000)} and not ${b}:`, `${indent}${indent}return {"${a}": ${a} ** 2, '${b}': len(${b})}`, `${indent}return {}  # ${sentence(pick(languages))}`, "");
        break;
      case "js":
        lines.push(`export async function ${name}(${a}, ${b} = {}) {`, `${indent}const r = await fetch(\`/api/\${${a}}?q=\${encodeURIComponent(${b}.q ?? '')}\`);`, `${indent}if (!r.ok) throw new Error(\`HTTP \${r.status}: ${pick(words.en)}\`);`, `${indent}return (await r.json()).items?.map((x) => x.${a}) ?? [];`, "}", "");
        break;
      case "rs":
        lines.push(`pub fn ${name}<'a>(${a}: &'a [u8], ${b}: usize) -> Option<&'a str> {`, `${indent}let s = std::str::from_utf8(&${a}[..${b}.min(${a}.len())]).ok()?;`, `${indent}if s.is_empty() { None } else { Some(s) } // ${sentence("en")}`, "}", "");
        break;
      case "go":
        lines.push(`func ${name}(${a} int, ${b} string) (map[string]int, error) {`, `${indent}if ${a} < ${int(0, 50)} {`, `${indent}${indent}return nil, fmt.Errorf("${a}=%d too small: %w", ${a}, ErrInvalid)`, `${indent}}`, `${indent}return map[string]int{${JSON.stringify(b)}: len(${b})}, nil`, "}", "");
        break;
      case "sql":
        lines.push(`SELECT ${a}, COUNT(*) AS n, SUM(${b}) FROM t_${name} WHERE created_at > '2024-0${int(1, 9)}-1${int(0, 9)}' AND note LIKE '%${pick(words.de)}%'`, `${indent}GROUP BY ${a} HAVING COUNT(*) > ${int(1, 999)} ORDER BY n DESC; -- ${sentence(pick(languages))}`, "");
        break;
      case "sh":
        lines.push(`${name}() {`, `${indent}local ${a}="\${1:-${pick(words.en)}}"`, `${indent}[[ -f "$${a}" ]] && grep -E '^[a-z]+[0-9]{2,}$' "$${a}" | sort | uniq -c | head -n ${int(1, 20)}`, "}", "");
        break;
      default:
        lines.push(`static int ${name}(const char *${a}, size_t ${b}) {`, `${indent}/* ${sentence("en")} */`, `${indent}for (size_t i = 0; i < ${b}; ++i) { if (${a}[i] == '\\n' || ${a}[i] == '\\t') return (int)i; }`, `${indent}return -1;`, "}", "");
    }
  }
  return lines.join(nl);
}

function jsonValue(depth) {
  const r = rnd();
  if (depth > 3 || r < 0.3) {
    return pick([() => int(-1000000, 1000000), () => rnd() * 1000, () => sentence(pick(languages)), () => pick([true, false, null]), () => pick(words[pick(languages)]), () => "line1\nline2\t\"quoted\" \\ back"])();
  }
  if (r < 0.6) return times(int(0, 5), () => jsonValue(depth + 1));
  return Object.fromEntries(times(int(1, 6), () => [pick(identifiers) + (rnd() < 0.3 ? int(0, 9) : ""), jsonValue(depth + 1)]));
}
function json() {
  const value = Object.fromEntries(times(int(3, 8), () => [pick(identifiers), jsonValue(0)]));
  const text = JSON.stringify(value, null, pick([0, 2, 4, "\t"]));
  return rnd() < 0.3 ? text.replace(/[\u0080-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")) : text;
}

const emojiBase = ["😀", "😂", "🥲", "🤖", "🧠", "🔥", "✨", "🎉", "🍕", "🚀", "🌍", "🐱", "🐶", "❤️", "👍", "👋", "🙏", "💡", "📈", "⚠️", "✅", "❌", "☕", "🌈"];
const zwj = ["👨‍👩‍👧‍👦", "👩‍💻", "🧑‍🚀", "👨‍⚕️", "🏳️‍🌈", "🏳️‍⚧️", "👁️‍🗨️", "🐕‍🦺", "🐈‍⬛", "❤️‍🔥", "🧑‍🤝‍🧑", "👩‍❤️‍💋‍👨"];
const tones = ["", "🏻", "🏼", "🏽", "🏾", "🏿"];
function flag() {
  const a = int(0, 25), b = int(0, 25);
  return String.fromCodePoint(0x1f1e6 + a, 0x1f1e6 + b);
}
function emoji() {
  const parts = [];
  for (let i = 0; i < int(20, 120); i++) {
    const r = rnd();
    if (r < 0.3) parts.push(pick(emojiBase));
    else if (r < 0.45) parts.push(pick(zwj));
    else if (r < 0.6) parts.push(pick(["👍", "✋", "🤝", "👋", "💪", "🧑"]) + pick(tones));
    else if (r < 0.7) parts.push(flag());
    else if (r < 0.75) parts.push(pick(["0", "1", "5", "9", "#", "*"]) + "\ufe0f\u20e3");
    else parts.push(pick(words[pick(languages)]));
    parts.push(pick(["", " ", " ", "\n", ", "]));
  }
  return parts.join("");
}

function whitespace() {
  const runs = ["", " ", "  ", "   ", "    ", "        ", "\t", "\t\t", " \t", "\t ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", " \n", "\n ", "  \n  ", "\u00a0", "\u3000", "\u2009", "\u2028", "\u0085", "\v", "\f", " \u00a0 "];
  return times(int(30, 200), () => pick(runs) + (rnd() < 0.7 ? cased(pick(words[pick(languages)])) : pick(["!", "?", "—", "-", "//", "#", "0", "42"]))).join("") + pick(runs);
}

function repeat() {
  const unit = pick(["a", "ab", "ha", "na", "lol", " ", "  ", "\t", "\n", "\r\n", "=", "-", "_", "*", ".", "!", "0", "12", "9", "ー", "中", "文字", "ж", "é", "🙂", "👍🏽", "🇩🇪", "ab ", "Na", "NA", "xyz", "<|endoftext|>", "\u0301", "a\u0301", "'s", "ab12"]);
  const count = int(50, Math.max(60, Math.floor(3000 / Math.max(1, unit.length))));
  const prefix = rnd() < 0.5 ? sentence("en") + " " : "";
  return prefix + unit.repeat(count) + (rnd() < 0.5 ? " " + sentence(pick(languages)) : "");
}

function numbers() {
  const fmts = [
    () => String(int(0, 9)), () => String(int(10, 99999)), () => String(int(0, 2 ** 31)) + String(int(0, 2 ** 31)),
    () => int(1, 999).toLocaleString("en-US") + "," + String(int(0, 999)).padStart(3, "0"), () => (rnd() * 1e6).toFixed(int(0, 6)),
    () => (rnd() * 1e-3).toExponential(3), () => "-" + int(1, 99999), () => "+" + int(1, 99) + " " + int(100, 999) + " " + int(1000000, 9999999),
    () => `${int(1990, 2030)}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`, () => `${int(0, 23)}:${String(int(0, 59)).padStart(2, "0")}`,
    () => "0x" + int(0, 2 ** 31).toString(16).toUpperCase(), () => "v" + int(0, 20) + "." + int(0, 99) + "." + int(0, 999), () => int(1, 100) + "%",
    () => "$" + (rnd() * 10000).toFixed(2), () => int(1, 9999) + "€", () => "٣٤٥" + int(0, 9), () => "१२३", () => "½", () => "Ⅻ", () => "²",
  ];
  return times(int(40, 200), () => pick(fmts)()).map((n) => n + pick([" ", " ", ", ", "; ", "\n", "/", "-", "x", ""])).join("");
}

function contractions() {
  const forms = ["'s", "'t", "'re", "'ve", "'m", "'ll", "'d", "'S", "'T", "'RE", "'Re", "'rE", "'VE", "'vE", "'M", "'LL", "'lL", "'D", "'ſ", "'x", "'", "''", "’s", "'st", "'tt", "'rey", "'lla"];
  const stems = ["it", "IT", "It", "don", "DON", "Don", "we", "WE", "they", "THEY", "I", "i", "you", "YOU", "she", "O", "rock", "y", "Ж", "él", "ÉL", "中", "9", " ", "", "x", "ǅ", "ʰ"];
  return times(int(30, 150), () => pick(stems) + pick(forms) + pick(["", " ", " ", ".", ", ", "\n", "s", "S"])).join("");
}

function url() {
  const hosts = ["example.com", "www.example.org", "api.example.net:8443", "localhost:5000", "例え.テスト", "xn--r8jz45g.xn--zckzah", "sub.domain.co.uk", "192.168.0.1", "[::1]:8080"];
  const segs = ["api", "v1", "chat", "completions", "users", pick(identifiers), String(int(1, 99999)), "K%C3%BCnstliche_Intelligenz", "a_(b)", "file.tar.gz", "~user", "%20space"];
  let u = pick(["https://", "http://", "ftp://", "wss://", "s3://"]) + pick(hosts) + "/" + times(int(0, 5), () => pick(segs)).join("/");
  if (rnd() < 0.6) u += "?" + times(int(1, 4), () => `${pick(identifiers)}=${encodeURIComponent(pick(words[pick(languages)]))}`).join("&");
  if (rnd() < 0.3) u += "#" + pick(words.en);
  return u;
}
function urls() {
  return times(int(10, 40), () => (rnd() < 0.3 ? sentence("en") + " " : "") + pick(["", "<", "(", "[link](", "\"", " "]) + url() + pick(["", ">", ")", ")", "\"", ".", ","])).join(pick(["\n", " ", "\r\n"]));
}

function special() {
  const toks = ["<|endoftext|>", "<|endofprompt|>", "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|im_start|>", "<|im_end|>", "<|im_sep|>", "<|start|>", "<|end|>", "<|message|>", "<|channel|>", "<|return|>", "<|call|>", "<s>", "</s>", "[INST]", "[/INST]", "<|", "|>", "<||>", "<|ENDOFTEXT|>"];
  return times(int(20, 80), () => (rnd() < 0.5 ? pick(toks) : pick(words[pick(languages)])) + pick(["", "", " ", "\n"])).join("");
}

const fuzzPool = ["a", "z", "A", "Z", "s", "S", "t", "re", "RE", "ll", "'", "'", "ſ", "K", "0", "7", "42", "999", "1234", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u3000", "\u2003", ".", ",", "!", "?", "/", "//", "-", "_", "(", ")", "\"", "#", "@", "<|endoftext|>", "\u0301", "\u0308", "\u093f", "\u094d", "\u02b0", "\u01c5", "\u2168", "\u00bd", "\u00b2", "\u0663", "中", "あ", "カ", "한", "ñ", "é", "É", "ß", "ẞ", "İ", "ı", "Ω", "ω", "Ж", "ж", "ع", "क", "😀", "👍🏽", "👨‍👩‍👧", "🇩🇪", "❤️", "\u200d", "\ufe0f", "\u{1d400}", "\u{10400}", "\u{10428}", "\u{20000}", "ǲ", "ᾈ", "\u0345", "0️⃣", "\u2028", "\u0085", "\u000b", "\u000c", "\u0000", "\u007f", "\u00ad", "\u200b", "\ufeff", "\u{e0067}"];
function fuzz() {
  return times(int(50, 400), () => pick(fuzzPool)).join("");
}

const kinds = [
  ["prose-en", 10, () => prose(["en"])],
  ...languages.filter((l) => l !== "en").map((l) => [`prose-${l}`, 2, () => prose([l])]),
  ["prose-mixed", 8, () => prose(languages)],
  ["code", 25, code],
  ["json", 15, json],
  ["emoji", 15, emoji],
  ["whitespace", 15, whitespace],
  ["repeat", 24, repeat],
  ["numbers", 10, numbers],
  ["contractions", 10, contractions],
  ["urls", 10, urls],
  ["special", 8, special],
  ["fuzz", 30, fuzz],
];

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let files = 0;
let bytes = 0;
for (const [kind, count, make] of kinds) {
  for (let i = 0; i < count; i++) {
    const text = make();
    const name = `${kind}-${String(i + 1).padStart(2, "0")}.txt`;
    writeFileSync(join(outDir, name), text, "utf8");
    files++;
    bytes += Buffer.byteLength(text, "utf8");
  }
}
console.log(`${files} generated documents, ${bytes} bytes, in ${outDir}`);
