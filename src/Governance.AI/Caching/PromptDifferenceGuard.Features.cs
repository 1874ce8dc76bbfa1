namespace Governance.AI.Caching;

// The features the analysis reads from a prompt and the state it carries from one token to the next.
public sealed partial class PromptDifferenceGuard
{
    private readonly record struct Relation(string Head, string Target);

    // An ordered term's token, its word as written, whether a coordinator ("and", "or") came before it, the preposition
    // right before it, if any ("ohne Tabletten": the preposition, not the place, gives its role), whether it is written
    // as a name, and the words either side of it in its clause (an article skipped; empty at the clause's edge): its slot.
    private readonly record struct TermMark(int Token, string Surface, bool Coordinated, string? Preposition, bool Name, string Before, string After);

    // What the words read so far leave open for the next term: a directional link, a direction role, a number's unit.
    private struct PendingLinks
    {
        public int Direction;
        public string? Role;
        public string? Number;
        public int Clause;
        public bool SawBe;
        public bool Coordinated;
        public bool Agent;
        public bool AgentAfterVerbTerm;
    }

    private sealed class PromptFeatures(string text)
    {
        public string Text { get; } = text;

        public List<string> Numbers { get; } = [];

        public List<string> NumbersWithUnits { get; } = [];

        public List<string> Quantities { get; } = [];

        public HashSet<string> Modalities { get; } = new(StringComparer.Ordinal);

        /// <summary>Gets or sets a value indicating whether a modal verb ("can I", "should") named a modality.</summary>
        public bool ModalVerb { get; set; }

        /// <summary>Gets or sets a value indicating whether the prompt opens with "is it possible / allowed to", which names the modality "can".</summary>
        public bool OpensWithPossibleTo { get; set; }

        /// <summary>Gets or sets a value indicating whether "it is OK / okay / fine / alright / acceptable to" named the modality "can" (a permission, not a possibility).</summary>
        public bool OkTo { get; set; }

        /// <summary>Gets or sets a value indicating whether "need(s) to" asks for a duty, as "have to" and "must" do.</summary>
        public bool NeedTo { get; set; }

        /// <summary>Gets or sets a value indicating whether the prompt is a verb's question with no question word ("freeze rice?", what "can you freeze rice?" is framed as).</summary>
        public bool VerbQuestion { get; set; }

        public HashSet<string> Tenses { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Persons { get; } = new(StringComparer.Ordinal);

        /// <summary>Gets each person with the case its pronouns take ("first subject", "first object").</summary>
        public HashSet<string> PersonCases { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Tasks { get; } = new(StringComparer.Ordinal);

        public HashSet<string> QuestionKinds { get; } = new(StringComparer.Ordinal);

        /// <summary>Gets or sets the role the question word asks about ("subject" in "who beat X", "object" in "who did X beat").</summary>
        public string? QuestionRole { get; set; }

        public HashSet<string> Formats { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Languages { get; } = new(StringComparer.Ordinal);

        /// <summary>Gets or sets the languages the answer is asked in ("in French", "the Spanish version"), a subset of <see cref="Languages"/>; null while there is none (most prompts), so that none is allocated.</summary>
        public HashSet<string>? AnswerLanguages { get; set; }

        public Dictionary<string, string> Roles { get; } = new(StringComparer.Ordinal);

        public int Negations { get; set; }

        /// <summary>Gets or sets the noun that names the kind of answer ("city" in "which city is …").</summary>
        public string? AnswerType { get; set; }

        /// <summary>Gets or sets a value indicating whether the question word stands alone before its verb ("what is …").</summary>
        public bool BareQuestionWord { get; set; }

        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);

        /// <summary>Gets the function words written as acronyms and so read as names ("the US").</summary>
        public HashSet<string> Acronyms { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Content { get; } = new(StringComparer.Ordinal);

        public HashSet<string> AllWords { get; } = new(StringComparer.Ordinal);

        public List<string> OrderedTerms { get; } = [];

        public List<int> OrderedClauses { get; } = [];

        public List<(int Left, int Right)> DirectionalNeighbours { get; } = [];

                public List<TermMark> OrderedMarks { get; } = [];

        /// <summary>Gets each passive as the ordered index of its participle (−1 when it is no term) and of its agent ("acquired by Google").</summary>
        public List<(int Verb, int Agent)>? Passives { get; set; }

        /// <summary>Gets each form of "to be" as its token, its clause and whether it opens the clause ("Is a tomato a fruit?").</summary>
        public List<(int Token, int Clause, bool Opens)>? Copulas { get; set; }

        public HashSet<string> Qualifiers { get; } = new(StringComparer.Ordinal);

        /// <summary>Gets or sets the words of the role stated with "as" ("as the hiring manager"), when there is one.</summary>
        public HashSet<string>? StatedRole { get; set; }

        /// <summary>Gets or sets whether the prompt hires out the asker's own thing (rent my flat), hires one (rent a flat), or neither (null).</summary>
        public bool? Hire { get; set; }

        public HashSet<string> Nouns { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Predicates { get; } = new(StringComparer.Ordinal);

        public HashSet<Relation> Relations { get; } = [];

        /// <summary>Gets the relations an owner preposition made ("the insurance of my landlord", also read from "my landlord's insurance").</summary>
        public HashSet<Relation> Owners { get; } = [];
    }
}
