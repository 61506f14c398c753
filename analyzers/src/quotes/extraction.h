// The extraction of quotes from one text: the state shared by the passes
// (tokens, sentences, the cue model's verdicts, the quotes found so far)
// and the passes themselves, each defined in a file of its own: direct
// quotes (direct_quotes.cpp), reported speech (reported_speech.cpp, and
// sentence_shapes.cpp for the shapes that choose its reading), the
// speaker phrase of a quote (attribution.cpp), and the driver
// (quote_extractor.cpp). Internal to the quote extractor; one Extraction
// per call of QuoteExtractor::extract, not shared between threads.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content_bounds.h"
#include "cue_lexicon.h"
#include "quote_marks.h"
#include "quote_tokens.h"
#include "quoth/analyzers/entity.h"
#include "quoth/analyzers/quote.h"
#include "quoth/analyzers/quote_extractor.h"
#include "quoth/analyzers/tokenized_text.h"
#include "quoth/analyzers/utf8.h"
#include "source_selector.h"
#include "speaker.h"

namespace quoth::quotes {

// Reported speech shorter than this is a fragment ("said so"), not a statement.
constexpr std::size_t kMinContentWords = 2;
// A cue lexicon weight only words of speech reach ("said", "noting").
constexpr double kSpeechCueWeight = 0.6;
// Words of a cue phrase at most ("has been asking repeatedly about").
constexpr std::size_t kMaxCuePhrase = 4;
// How far into a sentence its subject is looked for (tokens).
constexpr std::size_t kSubjectReach = 8;
// Tokens after a closing mark within which its cue is looked for.
constexpr std::size_t kAttributionReach = 32;
// Tokens of an attribution after a quote that closes on a full stop.
constexpr std::size_t kShortAttribution = 2;
// Words of a circumstance after a verb of speech read as such ("said on
// Sunday at a rally in Iowa"), not as content.
constexpr std::size_t kMaxCircumstanceWords = 6;
// Tokens of the source of a line "Source: statement" ("Former AG Mukasey at RNC:").
constexpr std::size_t kMaxHeadlineSource = 6;
// Tokens of an opening "In a … poll …," before its comma.
constexpr std::size_t kMaxPollPhrase = 14;
// Words of a name read as a speaker without a cue ("Sen. Richard J. Durbin").
constexpr std::size_t kMaxNameWords = 6;
// Tokens of a signature after a quote's dash ("— Rep. John Q. Public Jr.").
constexpr std::size_t kMaxSignatureTokens = 8;
// Words of a phrase between a comma and a verb of speech read as a new
// statement's speaker inside reported content.
constexpr std::size_t kMaxPhraseToCue = 8;
// Words of a passive cue's subject read as its content ("Trump was supported by …").
constexpr std::size_t kMaxPassiveSubject = 3;
// Words before a participle opening a sentence ("In addition to stating").
constexpr std::size_t kMaxParticipleOpener = 4;
// Words of a description opening a sentence before an aside ("The survey, …").
constexpr std::size_t kMaxDescriptionWords = 5;

class Extraction {
 public:
  Extraction(const TokenizedText& tokens, const std::vector<EntityMention>& mentions, const QuoteExtractor::Options& o)
      : text_(tokens.text()), mentions_(mentions), options_(o), t_(tokens.tokens()) {}

  std::vector<Quote> run();

  // For the source model's trainer: every choice of a source, with the
  // candidates' spans (as Speaker spans) and features, the rules' first.
  struct SourceChoice {
    CodePointOffset content_start = 0;
    CodePointOffset cue_start = 0;
    std::vector<Span> candidates;
    std::vector<std::vector<std::uint64_t>> features;
  };
  void record_sources(std::vector<SourceChoice>* to) { record_ = to; }

  // For the statement model's trainer: every reported statement's features,
  // none dropped.
  struct StatementRecord {
    Span content, cue;
    std::vector<std::uint64_t> features;
  };
  void record_statements(std::vector<StatementRecord>* to) { record_statements_ = to; }

 private:
  // Shared by the passes.

  // A short quoted phrase inside reported speech is part of that mixed
  // quote, not a statement of its own.
  void drop_parts_of_mixed();

  // Reported statements the statement model rejects are dropped (statement_filter.cpp).
  void filter_statements();

  // The cue model's verdict on every candidate word outside quote marks
  // (reported speech is read only there), once.
  void score_cues();

  // A cue of reported speech: the model says so.
  bool reported_cue_at(std::size_t i) const { return i < t_.size() && is_cue_[i]; }

  // A cue that can head a cue phrase: not a weekday ("said Wednesday").
  bool head_cue_at(std::size_t i) const { return reported_cue_at(i) && !quotes::is_weekday(t_[i].lower); }

  bool speech_cue_at(std::size_t i) const {
    return i < t_.size() && t_[i].kind == Tok::Word && quotes::cue_weight(t_[i].lower) >= kSpeechCueWeight;
  }

  bool cue_at(std::size_t i) const {
    return i < t_.size() && t_[i].kind == Tok::Word && quotes::cue_weight(t_[i].lower) >= options_.min_cue_weight;
  }

  Range sentence_of(std::size_t i) const {
    // Sentences are in order and disjoint: the last one starting at or before i.
    const auto after = std::upper_bound(sentences_.begin(), sentences_.end(), i,
                                        [](std::size_t x, const Range& s) { return x < s.begin; });
    if (after != sentences_.begin() && i < std::prev(after)->end) return *std::prev(after);
    return {i, i + 1};
  }

  std::string slice(CodePointOffset from, CodePointOffset to) const {
    const std::size_t b = quotes::byte_at(text_, t_, from);
    return std::string(text_.substr(b, quotes::byte_at(text_, t_, to) - b));
  }

  // Content between token indices [b, e), trimmed of edge punctuation.
  std::optional<Span> content_span(std::size_t b, std::size_t e) const;

  void emit(Span content, QuoteKind kind, std::optional<std::size_t> cue, std::optional<Range> speaker);

  // Whether a quote ends at a mark: one left open ends with its paragraph,
  // and what follows is no attribution of it.
  bool closing_mark_at(std::size_t close) const { return close < t_.size() && is_mark(t_[close]); }

  // Whether token i is a sentence end written ".", not "!" or "?".
  bool full_stop_at(std::size_t i) const {
    return t_[i].kind == Tok::End && text_.substr(t_[i].byte, t_[i].byte_end - t_[i].byte) == ".";
  }

  struct VerbAttribution {
    Range speaker;
    std::size_t verb;
  };

  // Whether a comma ends the tokens before `i`: a comma, or the closing mark
  // of a quote that ends on one ("… “expanded the party,” claiming …").
  bool comma_before(std::size_t i) const {
    return i > 0 && (t_[i - 1].kind == Tok::Comma ||
                     (is_mark(t_[i - 1]) && i > 1 && t_[i - 2].kind == Tok::Comma && inside_[i - 2]));
  }

  bool past_tense_at(std::size_t i) const {
    return i < t_.size() && t_[i].kind == Tok::Word && !t_[i].capitalised && t_[i].lower.size() > 3 &&
           t_[i].lower.ends_with("ed");
  }

  bool covered(Span c) const;

  bool has_marks(Span c) const;

  quotes::ContentContext bounds() const { return {text_, t_, inside_, is_cue_}; }

  // Where content starting at token c ends: at the sentence's end, or at
  // a comma that opens a clause of another kind (", while …", ", who …",
  // ", crediting her …"), by the rules.
  std::size_t clause_end(std::size_t c, std::size_t end) const { return quotes::rule_clause_end(bounds(), c, end); }

  // Direct quotes and their attribution (direct_quotes.cpp).

  // Attribution of a direct quote: after it ("…," Zelensky said / said
  // Zelensky), before it (Zelensky said: "…"), or the speaker of the quote
  // it continues.
  void direct(const Marked& m);

  // Where an attribution after a closing mark starts: past a comma or dash.
  std::size_t attribution_start(std::size_t close) const;

  // A cue within the next few words after a closing mark: words, with the
  // full stops of abbreviations ("Mr. Obama said"), the brackets of "Rep.
  // Jim Jordan (R-Ohio) said" and the commas of an appositive ("Flynn, a
  // top Trump surrogate, said").
  // A quote that closes on a full stop ("“… industry.” In a later vote, he
  // warned …") is followed by a new sentence: only a short attribution
  // without commas ("“….” he said.") is read as its own.
  std::optional<std::size_t> cue_after(std::size_t close) const;

  // Whether a sentence end follows within a word or two of token i ("said.",
  // "said Trump.").
  bool sentence_ends_soon(std::size_t i) const;

  // An attribution by any verb right after a closing mark: "“…,” Vitter
  // demanded.", "“…,” she countered.", and, when the quote ends on a comma,
  // "!" or "?" (the mark of a quote being attributed), "“…!” the crowd cried
  // out", "“…!” beamed Donald Hartley" with a verb in -ed.
  std::optional<VerbAttribution> verb_attribution_after(std::size_t close) const;

  // Reported speech (reported_speech.cpp).

  // Reported speech in one sentence: the first cue outside quote marks with
  // a speaker next to it.
  void reported(const Range& s);

  // "Lynch: No outside influence on FBI probe …": a line opening with a
  // few capitalised words and a colon is their statement.
  bool headline_colon(const Range& s);

  // "In a CNN poll released Monday, 50 percent of respondents chose
  // Clinton": the poll's statement.
  bool poll_opening(const Range& s);

  // "CONTENT, he said." / "CONTENT, a spokesman said." / "CONTENT, said X.":
  // the attribution closes the sentence.
  bool attributed_at_end(const Range& s);

  // "Asked if Trump's comments had rattled them as well, Ryan said, …",
  // "When asked whom she supported, Ms. Sherry smiled": what was asked is
  // the content, the one who answers its source.
  bool asked_then_answer(const Range& s, std::size_t k);

  // "According to X, CONTENT." or "CONTENT, according to X."
  bool according_to(const Range& s, std::size_t k);

  // "…, Zelensky said: “…”": the cue belongs to the quote that follows.
  bool introduces_quote(std::size_t cue, const Range& s) const;

  // The first token of content after cue k: past "that", the hearer ("told
  // reporters", "told him"), colons and commas; by the content model or the rules.
  std::size_t content_after(const Range& s, std::size_t k);

  // Where content after cue k starting at c ends: by the content model or
  // the rules. The model does not carry content over a quote mark or a cue
  // the rules stop before ("When Clinton noted that … ― as was true … ―
  // Trump boasted, “…”", "said they were worried …, and more than 4 in 10
  // said …"): what follows is a statement of its own.
  std::size_t content_end(std::size_t k, std::size_t c, std::size_t end);

  // Where content from c, ending before e, meets another statement: a comma,
  // then a phrase and a verb of speech ("…,” one of the former prosecutors
  // said …"); e if nowhere (sentence_shapes.cpp).
  std::size_t next_speaker_clause(std::size_t c, std::size_t e) const;
  void join_interrupted_subject(const Range& s, std::size_t k, const Range& speaker);

  // The first word of the cue phrase ending at k: back over the words the
  // cue lexicon knows and adverbs ("has been asking repeatedly about").
  std::size_t cue_phrase_start(std::size_t k, std::size_t floor) const;

  // Whether reported content opening with the quote mark at `open` has at
  // least two more words after the quote, before its clause ends.
  bool continues_after_quote(std::size_t open, std::size_t end) const;

  // "said on Sunday", "said in a statement": a circumstance after a verb of
  // speech is no content (`only` is set); "said Thursday during a taping …,
  // that state is wrong": the content is from the "that" after it.
  std::size_t past_circumstance(const Range& s, std::size_t c, bool& only) const;

  // A circumstance opening at token i: a preposition or a weekday ("on Sunday").
  bool circumstance_at(std::size_t i) const;

  // A time opening at token i ("last week", "that night", "Nov. 9").
  bool time_phrase_at(std::size_t i) const;

  // "to" at token i before whom the words were said to ("said to reporters").
  bool hearer_after_to(std::size_t i) const;

  // The speaker after a cue that closes an attribution ("…, said X."): the
  // phrase after it, followed by no more words than a circumstance.
  std::optional<Range> speaker_closing(std::size_t from, std::size_t end) const;

  // "X said (that) CONTENT." / "CONTENT, X said." / "CONTENT, said X."
  bool cue_with_speaker(const Range& s, std::size_t k);

  // Shapes of a sentence (sentence_shapes.cpp).

  // Whether the phrase after cue k is the speaker of what precedes
  // ("CONTENT, said X."), not the content of the sentence's subject
  // ("Morrell, a veteran of the CIA, said the approach is insufficient").
  bool attribution_after(const Range& s, std::size_t k) const;

  // Whether sentence s opens with a preposition, past a conjunction ("But
  // in Michigan a week ago, they …"): a circumstance, not a statement.
  bool opens_with_circumstance(const Range& s) const;

  // Whether cue k is a participle opening sentence s, past a preposition or
  // a conjunction ("While saying that …, he …", "By refusing to …, Trump").
  bool opens_with_participle(const Range& s, std::size_t k) const;

  // Speaker phrases (attribution.cpp).

  // The tokens of a code-point span: those it overlaps.
  Range tokens_of(Span span) const;

  // The type of the first entity mention overlapping tokens r.
  std::optional<EntityType> entity_at(Range r) const;

  // The person named nearest before cue k in sentence s, outside the content.
  std::optional<Range> nearest_person(const Range& s, std::size_t k, Span content) const;

  // The source of a statement with cue k, among the rules' speaker and the
  // other phrases around the cue, by the source model (source_selector.h).
  Range choose_source(std::size_t k, Range rule, QuoteKind kind, Span content);

  // A name (capitalised words and initials) just before the colon at
  // `colon`, opening its line or after "from": "Jeffrey M. Jones:".
  std::optional<Range> name_before_colon(std::size_t colon) const;

  // "“…,” Scott Pruitt, the Republican attorney general of Oklahoma, one of
  // the states suing, said": a name opening the attribution, then a comma,
  // before the cue at k; the asides between are the name's.
  std::optional<Range> name_then_appositive(std::size_t a, std::size_t k) const;

  // Where a run of capitalised words and the full stops of initials
  // starting at b ends: before `limit`, after `max_tokens` tokens at most.
  std::size_t name_run_end(std::size_t b, std::size_t limit, std::size_t max_tokens = kMaxNameWords) const;

  // The end of a name (capitalised words and initials) starting at b.
  std::size_t name_end(std::size_t b) const;

  // The end of a subject starting at a: a pronoun, a name, or a determiner
  // and a few words before a verb in -ed ("the crowd", "a young woman").
  std::size_t subject_end(std::size_t a) const;

  // A dash after the closing mark, on its line or opening the next, then a
  // name (capitalised words and initials) that ends the line or is followed
  // by a comma.
  std::optional<Range> signature_after(std::size_t close) const;

  // Whether token k is a full stop before a comma ("Cambridge, Mass., said"):
  // an abbreviation's, no sentence end.
  bool stop_before_comma(std::size_t k) const;

  // The sentence closing just before an opening mark (in its paragraph or
  // ending the previous one), outside quote marks and after code point
  // `after`, when a verb of speech in it has a speaker before it ("Greene
  // added that the Fed …. “…”"): that verb and its speaker.
  std::optional<VerbAttribution> said_sentence_before(const Marked& m, CodePointOffset after) const;

  std::optional<Range> name_line_before(const Marked& m) const;

  // The subject of sentence s, before token `limit`: the first capitalised
  // words or pronoun, or the noun phrase a determiner opens, past a leading
  // conjunction, a dateline or an opening adjunct and its comma.
  std::optional<Range> sentence_subject(const Range& s, std::size_t limit) const;

  // The agent of a passive cue: "Trump has been criticized by some of his
  // rivals for …" is the rivals' statement, not Trump's. Up to a
  // preposition other than "of".
  std::optional<Range> passive_agent(const Range& s, std::size_t k) const;

  // The sentence's subject for a cue that goes on from its verb: a
  // participle after a comma ("Albright urged women …, saying, “…”") or
  // a verb after "and" ("The president noted …, and added: “…”").
  std::optional<Range> subject_of_coordinated_cue(const Range& s, std::size_t cue) const;

  // Reported speech mostly quoted ("Cox says the NRA won't allow “law-abiding
  // gun owners to …”") is the direct quote's statement: a quote there without
  // a speaker of its own takes this cue's.
  void lend_speaker(Span content, std::size_t cue, Range speaker);

  std::string_view text_;
  const std::vector<EntityMention>& mentions_;
  const QuoteExtractor::Options& options_;
  const std::vector<QToken>& t_;
  std::vector<Range> paragraphs_;
  std::vector<Range> sentences_;
  std::vector<bool> inside_;  // token is within quote marks
  std::vector<bool> is_cue_;  // the cue model's verdict per token
  std::vector<float> cue_scores_;  // the cue model's score per token (kNoCueScore: not scored)
  std::vector<std::uint64_t> scratch_;  // the content model's features
  std::vector<Span> direct_spans_;
  std::vector<Quote> out_;
  std::vector<SourceCandidate> candidates_;  // the source model's, per statement
  std::vector<SourceChoice>* record_ = nullptr;
  std::vector<StatementRecord>* record_statements_ = nullptr;
  std::optional<Speaker> last_named_;
  std::optional<Speaker> last_direct_speaker_;
  struct PendingSplit {
    std::size_t index;      // in out_
    std::size_t next_open;  // token where the second part would open
  };
  std::optional<PendingSplit> pending_split_;
  CodePointOffset last_direct_end_ = 0;
  std::size_t direct_count_ = 0;  // out_'s first quotes, the direct ones
};

}  // namespace quoth::quotes
