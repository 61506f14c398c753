#include "quoth/analyzers/entity_recognizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iterator>
#include <optional>

#include "../quotes/cue_lexicon.h"
#include "../quotes/quote_tokens.h"
#include "entity_tables.h"
#include "ner_tagger.h"
#include "quoth/analyzers/utf8.h"

namespace quoth {
namespace {

using quotes::QToken;
using quotes::Range;
using quotes::Tok;

// Short forms that name a place or organisation whose full name differs.
struct ShortForm {
  std::string_view lower;
  std::string_view canonical;
  EntityType type;
};
constexpr ShortForm kShortForms[] = {
    {"u.s", "United States", EntityType::Place}, {"us", "United States", EntityType::Place},
    {"usa", "United States", EntityType::Place}, {"america", "United States", EntityType::Place},
    {"u.k", "United Kingdom", EntityType::Place}, {"uk", "United Kingdom", EntityType::Place},
    {"britain", "United Kingdom", EntityType::Place}, {"eu", "European Union", EntityType::Org},
    {"un", "United Nations", EntityType::Org}, {"kiev", "Kyiv", EntityType::Place},
};

const ShortForm* short_form(std::string_view lower) {
  for (const ShortForm& s : kShortForms) {
    if (s.lower == lower) return &s;
  }
  return nullptr;
}

// Modifiers that belong to a role before a title word: "special envoy".
// Words whose full stop is part of them: initials, dotted abbreviations and
// the usual short forms ("Corp.", "Jr.").
bool abbreviation(std::string_view lower) {
  static constexpr std::string_view kShort[] = {"inc", "corp", "co", "ltd", "jr", "sr", "mr", "mrs", "ms", "dr",
                                                "st", "gen", "lt", "col", "sgt", "rep", "sen", "gov", "prof", "plc"};
  if (lower.size() == 1 || lower.find('.') != std::string_view::npos) return true;
  return std::find(std::begin(kShort), std::end(kShort), lower) != std::end(kShort);
}

bool role_modifier(std::string_view w) {
  static constexpr std::string_view kModifiers[] = {"special", "senior", "former", "top", "deputy", "foreign",
                                                    "defense", "defence", "chief", "longtime", "press", "vice",
                                                    "prime", "national", "security", "acting", "assistant"};
  return std::find(std::begin(kModifiers), std::end(kModifiers), w) != std::end(kModifiers);
}

// "Witkoff's" -> "Witkoff"; the suffix is two code points either way.
std::string_view strip_possessive(std::string_view s) {
  if (s.size() <= 2) return s;
  if (s.ends_with("'s")) return s.substr(0, s.size() - 2);
  if (s.ends_with("\u2019s")) return s.substr(0, s.size() - 4);
  return s;
}

// The length of the possessive ending of `text` ("'s" of "CNN's", "’s"),
// when letters come before it; 0 otherwise. Asked of every word the tagger
// reads: the last byte is looked at first.
std::size_t possessive_suffix(std::string_view text) {
  if (text.size() <= 2 || text.back() != 's') return 0;
  if (text[text.size() - 2] == '\'') return 2;
  return text.size() > 4 && text.ends_with("\u2019s") ? 4 : 0;
}

// "Ukrainian", "Western", "German": adjectives of nationality, not names
// (besides those listed as entities::kDemonym).
bool demonym_by_ending(std::string_view w) {
  return w.size() > 5 && (w.ends_with("ian") || w.ends_with("ean") || w.ends_with("can"));
}

// "person:", "org:" ...: the start of an entity id.
std::string_view id_prefix(EntityType type) {
  switch (type) {
    case EntityType::Person: return "person:";
    case EntityType::Org: return "org:";
    case EntityType::Place: return "place:";
    case EntityType::Date: return "date:";
    case EntityType::Figure: return "figure:";
  }
  return "";
}

// Whether `full` ("Steve Witkoff") starts or ends with the word `part` ("Witkoff").
bool has_name_part(std::string_view full, std::string_view part) {
  if (full.size() <= part.size()) return false;
  return (full.ends_with(part) && full[full.size() - part.size() - 1] == ' ') ||
         (full.starts_with(part) && full[part.size()] == ' ');
}

// A mention found by the rules or the tagger. Its text and role view the
// article's text: candidates are moved about (compacted, sorted) and only
// those that become mentions are copied out.
struct Candidate {
  Span span;
  std::string_view text;
  EntityType type;
  std::size_t words;
  std::string_view role;  // stated role, if any
  Span role_span;
};

class Recognition {
 public:
  explicit Recognition(const TokenizedText& tokens)
      : text_(tokens.text()), t_(tokens.tokens()), classes_(t_.size(), entities::kClassesNotLookedUp) {}

  EntityAnalysis run() {
    candidates_.reserve(t_.size() / 8 + 8);  // news has a name or figure every ten tokens or so
    std::vector<Range> sentences;  // of one paragraph, its buffer kept for the next
    for (const Range& p : quotes::paragraphs(t_)) {
      const std::size_t first_candidate = candidates_.size(), first_single = single_.size();
      sentences.clear();
      quotes::append_sentences(t_, p, sentences);
      for (const Range& s : sentences) sentence(s);
      apply_tagger(p, first_candidate, first_single);  // per paragraph: initials and "U.S." end no sentence
    }
    return resolve();
  }

 private:
  std::string_view view(std::size_t a, std::size_t b) const {  // tokens [a, b)
    return {text_.data() + t_[a].byte, t_[b - 1].byte_end - t_[a].byte};  // tokens lie in the text: no bounds to check
  }

  bool word(std::size_t i) const { return i < t_.size() && t_[i].kind == Tok::Word; }
  bool cap(std::size_t i) const { return word(i) && t_[i].capitalised; }
  // Whether token i is a word in one of the entity_tables lists `classes`
  // (looked up once per token).
  bool is(std::size_t i, unsigned classes) const {
    if (!word(i)) return false;
    if (classes_[i] == entities::kClassesNotLookedUp) classes_[i] = entities::word_classes(t_[i].lower);
    return (classes_[i] & classes) != 0;
  }
  // "of", "von der": a word that joins the words of a name (most words
  // are too long to be one, and are not looked up for it).
  bool connector(std::size_t i) const {
    return word(i) && t_[i].lower.size() <= entities::kLongestConnector && is(i, entities::kConnector);
  }
  bool demonym(std::size_t i) const { return is(i, entities::kDemonym) || demonym_by_ending(t_[i].lower); }
  bool digit(std::size_t i) const { return word(i) && t_[i].lower[0] >= '0' && t_[i].lower[0] <= '9'; }

  bool all_caps(std::size_t i) const {
    const std::string_view w = view(i, i + 1);
    bool letter = false;
    for (const char c : w) {
      if (c >= 'a' && c <= 'z') return false;
      letter |= c >= 'A' && c <= 'Z';
    }
    return letter;
  }

  void sentence(const Range& s) {
    // Headlines in capitals are not names.
    std::size_t words = 0, caps = 0;
    for (std::size_t i = s.begin; i < s.end; ++i) {
      if (!word(i) || digit(i)) continue;
      ++words;
      caps += t_[i].capitalised && all_caps(i) ? 1 : 0;  // only a capitalised word can be all capitals
    }
    const bool shouting = words >= 4 && caps * 10 >= words * 7;
    for (std::size_t i = s.begin; i < s.end;) {
      if (digit(i) || (cap(i) && is(i, entities::kMonth | entities::kWeekday))) {  // not "may", "march"
        i = number_or_date(i, s.end);
        continue;
      }
      if (!cap(i) || shouting) {
        ++i;
        continue;
      }
      std::size_t j = i + 1;
      for (;;) {  // capitalised words, joined by up to two connectors ("von der Leyen")
        std::size_t c = j;
        while (c < s.end && c < j + 2 && connector(c)) ++c;
        if (c >= s.end || !cap(c)) break;
        j = c + 1;
      }
      name_run(i, j, s);
      i = j;
    }
  }

  // The statistical tagger decides which capitalised runs are names, of what
  // type and with what extent; the rules above keep what they know better:
  // roles, titles, dates and figures. A rule's name the tagger rejects is
  // dropped; a name the tagger finds that no rule proposed is added.
  void apply_tagger(const Range& s, std::size_t first_candidate, std::size_t first_single) {
    if (s.end <= s.begin) return;
    // Words as the tagger learnt them: an abbreviation keeps its full stop
    // ("U.S.", "J.", "Corp."), a possessive is a word of its own ("CNN 's").
    std::vector<std::string_view>& words = scratch_.words;
    std::vector<WordTokens>& tokens_of = scratch_.tokens_of;
    words.clear();
    tokens_of.clear();
    for (std::size_t i = s.begin; i < s.end; ++i) {
      if (t_[i].kind == Tok::End && !tokens_of.empty() && t_[i].span.start == t_[i - 1].span.end &&
          word(i - 1) && abbreviation(t_[i - 1].lower) && view(i, i + 1) == ".") {
        words.back() = view(tokens_of.back().first, i + 1);
        tokens_of.back().last = i;
        continue;
      }
      const std::string_view text = view(i, i + 1);
      const std::size_t suffix = possessive_suffix(text);
      const bool possessive = suffix > 0;
      tokens_of.push_back({i, i});
      words.push_back(possessive ? text.substr(0, text.size() - suffix) : text);
      if (possessive) {
        tokens_of.push_back({i, i});
        words.emplace_back("'s");
      }
    }
    scratch_.features.take(words);  // `words` is not read again before it is cleared
    ner::Tagger::builtin().tag(scratch_.features, &scratch_.memory, scratch_.tags);
    const std::vector<ner::Tag>& tags = scratch_.tags;
    std::vector<Found>& found = scratch_.found;
    found.clear();
    for (std::size_t k = 0; k < tags.size(); ++k) {
      const ner::Tag t = tags[k];
      if (t != ner::kBPer && t != ner::kBOrg && t != ner::kBLoc) continue;
      std::size_t j = k + 1;
      while (j < tags.size() && tags[j] == t + 1) ++j;
      const EntityType type = t == ner::kBPer ? EntityType::Person : t == ner::kBOrg ? EntityType::Org : EntityType::Place;
      Found f{tokens_of[k].first, tokens_of[j - 1].last + 1, type};
      for (std::size_t m = f.a + 1; m + 1 < f.b; ++m) f.titled |= cap(m) && is(m, entities::kTitleWord);
      found.push_back(f);
    }
    const auto overlapping = [&](Span span) -> Found* {
      for (Found& f : found) {
        if (t_[f.a].span.start < span.end && span.start < t_[f.b - 1].span.end) return &f;
      }
      return nullptr;
    };
    // This paragraph's candidates that stay are moved up in place; the
    // earlier ones stay as they are.
    std::size_t kept = first_candidate;
    for (std::size_t k = first_candidate; k < candidates_.size(); ++k) {
      Candidate& c = candidates_[k];
      if (c.type == EntityType::Person || c.type == EntityType::Org || c.type == EntityType::Place) {
        Found* f = overlapping(c.span);
        if (f != nullptr && f->titled) {
          f->used = true;  // the rules split names at titles; the tagger's run stays out
        } else {
          if (f == nullptr || f->used) continue;
          f->used = true;
          if (!extends_by_connector(c, *f)) c = candidate(f->a, f->b, f->type, c.role, c.role_span);
        }
      }
      if (kept != k) candidates_[kept] = std::move(c);
      ++kept;
    }
    candidates_.erase(candidates_.begin() + static_cast<long>(kept), candidates_.end());
    // Only this paragraph's single words: the earlier ones stay as they are.
    single_.erase(std::remove_if(single_.begin() + static_cast<long>(first_single), single_.end(),
                                 [&](const Single& one) {
                                   Found* f = overlapping(one.span);
                                   return f != nullptr && !f->used;  // the tagger's name replaces it below
                                 }),
                  single_.end());
    for (Found& f : found) {
      if (!f.used) candidates_.push_back(candidate(f.a, f.b, f.type));
    }
  }

  // Whether a rule's person is the tagger's person continued through a name
  // connector: "Ursula" + "von der Leyen".
  template <typename Found>
  bool extends_by_connector(const Candidate& c, const Found& f) const {
    if (c.type != EntityType::Person || f.type != EntityType::Person || t_[f.a].span.start != c.span.start) return false;
    return c.span.end > t_[f.b - 1].span.end && connector(f.b);
  }

  // DATE ("December 14", "December 14–15, 2025", "Tuesday") and FIGURE
  // ("90%", "$100 billion", "20-point", "800,000") by rule.
  std::size_t number_or_date(std::size_t i, std::size_t end) {
    if (!digit(i)) {
      std::size_t j = i + 1;
      if (is(i, entities::kMonth)) {
        while (j < end && (digit(j) || t_[j].kind == Tok::Dash || (t_[j].kind == Tok::Comma && digit(j + 1)))) ++j;
      }
      add(i, j, EntityType::Date);
      return j;
    }
    std::size_t a = i, j = i + 1;
    if (a > 0 && t_[a - 1].kind == Tok::Other && text_.substr(t_[a - 1].byte, 1) == "$") --a;
    while (j < end && ((t_[j].kind == Tok::Comma && digit(j + 1) && t_[j + 1].span.start == t_[j].span.end) || digit(j))) ++j;
    bool figure = a < i;
    if (j < end && t_[j].kind == Tok::Other && text_.substr(t_[j].byte, 1) == "%") {
      ++j;
      figure = true;
    }
    while (j < end && word(j) && is(j, entities::kFigureWord)) {
      ++j;
      figure = true;
    }
    if (t_[i].lower.find('-') != std::string::npos) figure = true;  // "20-point"
    if (j < end && word(j) && is(j, entities::kMonth)) {   // "15 December 2025"
      ++j;
      if (digit(j)) ++j;
      add(i, j, EntityType::Date);
      return j;
    }
    if (figure || t_[i].lower.size() >= 4) add(a, j, t_[i].lower.size() == 4 && !figure ? EntityType::Date : EntityType::Figure);
    return j;
  }

  void add(std::size_t a, std::size_t b, EntityType type, std::string_view role = {}, Span role_span = {}) {
    if (b <= a) return;
    candidates_.push_back(candidate(a, b, type, role, role_span));
  }

  Candidate candidate(std::size_t a, std::size_t b, EntityType type, std::string_view role = {}, Span role_span = {}) const {
    std::string_view text = view(a, b);
    CodePointOffset end = t_[b - 1].span.end;
    if (type == EntityType::Person || type == EntityType::Org || type == EntityType::Place) {
      const std::string_view stripped = strip_possessive(text);
      if (stripped.size() != text.size()) {
        end -= 2;
        text = stripped;
      }
    }
    return {{t_[a].span.start, end}, text, type, b - a, role, role_span};
  }

  // A run of capitalised words [i, j): split off titles, then type it.
  void name_run(std::size_t i, std::size_t j, const Range& s) {
    while (i < j && (is(i, entities::kNonNameStart) ||
                     (j - i > 1 && demonym(i) && !is(i + 1, entities::kTitleWord) && !is(j - 1, entities::kOrgWord)))) {
      ++i;
    }
    if (i >= j) return;
    // "and" joins words of one organisation ("Security and Defense
    // Council"), otherwise it separates two names.
    for (std::size_t k = i + 1; k + 1 < j; ++k) {
      if (t_[k].lower != "and") continue;
      bool org = false;
      for (std::size_t m = k; m < j; ++m) org |= is(m, entities::kOrgWord);
      if (org) break;
      name_run(i, k, s);
      name_run(k + 1, j, s);
      return;
    }
    if (j - i == 1 && (demonym(i) || is(i, entities::kPluralNoun))) return;
    // Titles inside the run: "German Chancellor Friedrich Merz".
    std::optional<std::size_t> title;
    for (std::size_t k = i; k + 1 < j; ++k) {
      if (is(k, entities::kTitleWord)) title = k;
    }
    if (title) {
      const std::size_t person = *title + 1;
      std::size_t role_start = i, first_title = *title;
      while (first_title > i && is(first_title - 1, entities::kTitleWord)) --first_title;
      if (i < first_title) {
        // Organisation words before the title name an organisation too.
        bool org = false;
        for (std::size_t k = i; k < first_title; ++k) org |= is(k, entities::kOrgWord | entities::kOrgAcronym);
        if (org) add(i, first_title, EntityType::Org);
      }
      add(person, j, EntityType::Person, view(role_start, person), {t_[role_start].span.start, t_[*title].span.end});
      return;
    }
    // A lower-case title just before: "Kremlin spokesman Dmitry Peskov".
    if (i > s.begin && word(i - 1) && !cap(i - 1) && is(i - 1, entities::kTitleWord)) {
      std::size_t r = i - 1;
      while (r > s.begin && word(r - 1) && (cap(r - 1) || role_modifier(t_[r - 1].lower) || is(r - 1, entities::kTitleWord)) &&
             !is(r - 1, entities::kNonNameStart)) {
        --r;
      }
      add(i, j, EntityType::Person, view(r, i), {t_[r].span.start, t_[i - 1].span.end});
      appositive_role(j, s);
      return;
    }
    run_lower_.clear();
    for (std::size_t k = i; k < j; ++k) run_lower_.append(k > i ? " " : "").append(t_[k].lower);
    const std::string_view lower = run_lower_;
    if (j - i == 1) {
      if (const ShortForm* sf = short_form(t_[i].lower); sf && (all_caps(i) || t_[i].lower.find('.') != std::string::npos || sf->lower.size() > 3)) {
        add(i, j, sf->type);
        return;
      }
      if (is(i, entities::kOrgAcronym) || (all_caps(i) && t_[i].lower.size() >= 2 && t_[i].lower.size() <= 5)) {
        add(i, j, EntityType::Org);
        return;
      }
    }
    if (entities::is_place_name(lower) || (j - i > 1 && (t_[j - 1].lower == "oblast" || t_[j - 1].lower == "region" ||
                                                        t_[j - 1].lower == "province"))) {
      add(i, j, EntityType::Place);
      return;
    }
    for (std::size_t k = i; k < j; ++k) {
      if (is(k, entities::kOrgWord | entities::kOrgAcronym)) {
        add(i, j, EntityType::Org);
        return;
      }
    }
    if (j - i >= 2) {
      if (is(j - 1, entities::kPlace)) {
        add(i, j, EntityType::Place);
        return;
      }
      add(i, j, EntityType::Person);
      appositive_role(j, s);
      return;
    }
    // One unknown capitalised word: a person if it speaks ("Witkoff said")
    // or a fuller name in the article ends with it (settled in resolve()).
    if (i == s.begin && !cap(i + 1) && quotes::cue_weight(t_[i + 1 < t_.size() ? i + 1 : i].lower) < 0.3) {
      single_.push_back({t_[i].span, view(i, j)});
      return;
    }
    if (word(j) && quotes::cue_weight(t_[j].lower) >= 0.3) {
      add(i, j, EntityType::Person);
      return;
    }
    single_.push_back({t_[i].span, view(i, j)});
  }

  // "Rustem Umerov, secretary of Ukraine's National Security and Defense
  // Council," -> the role of the person just added.
  void appositive_role(std::size_t after, const Range& s) {
    if (after + 1 >= s.end || t_[after].kind != Tok::Comma || !word(after + 1) || t_[after + 1].capitalised) return;
    std::size_t k = after + 1;
    if (t_[k].lower == "the" || t_[k].lower == "a" || t_[k].lower == "an") ++k;
    bool titled = false;
    std::size_t e = k;
    while (e < s.end && word(e) && e < k + 14) {
      titled |= is(e, entities::kTitleWord);
      ++e;
    }
    if (!titled || e == k) return;
    Candidate& person = candidates_.back();
    if (person.role.empty()) {
      person.role = view(after + 1, e);
      person.role_span = {t_[after + 1].span.start, t_[e - 1].span.end};
    }
  }

  EntityAnalysis resolve();

  std::string_view text_;
  const std::vector<QToken>& t_;
  mutable std::vector<std::uint16_t> classes_;  // per token, entities::word_classes
  std::vector<Candidate> candidates_;
  std::string run_lower_;  // name_run()'s words in lower case, its buffer kept from run to run
  struct Single {
    Span span;
    std::string_view text;
  };
  std::vector<Single> single_;
  // A word the tagger reads: its first and last tokens.
  struct WordTokens {
    std::size_t first, last;
  };
  // A name the tagger found in a paragraph: tokens [a, b).
  struct Found {
    std::size_t a, b;
    EntityType type;
    bool used = false;
    bool titled = false;  // a title inside: "NATO Secretary General Mark Rutte"
  };
  // The tagger's memory of this article's earlier paragraphs, and its input
  // and output for one paragraph: per thread, so that their buffers serve
  // article after article.
  struct Scratch {
    std::vector<Found> found;
    ner::DocumentMemory memory;
    std::vector<std::string_view> words;
    std::vector<WordTokens> tokens_of;
    ner::SentenceFeatures features;
    std::vector<ner::Tag> tags;
  };
  static Scratch& scratch() {
    thread_local Scratch s;
    s.memory.clear();
    return s;
  }
  Scratch& scratch_ = scratch();
};

EntityAnalysis Recognition::resolve() {
  // People: full names first; a single word joins the full name ending (or
  // starting) with it.
  std::vector<Candidate> extra;
  for (const Single& s : single_) {
    const std::string_view word = strip_possessive(s.text);
    const auto full = std::find_if(candidates_.begin(), candidates_.end(), [&](const Candidate& c) {
      return c.type == EntityType::Person && c.words >= 2 && has_name_part(c.text, word);
    });
    const Span span{s.span.start, s.span.start + static_cast<CodePointOffset>(count_code_points(word))};
    if (full != candidates_.end()) {
      extra.push_back({span, word, EntityType::Person, 1, {}, {}});
    } else if (entities::is_place_name(canonical_key(word))) {
      extra.push_back({span, word, EntityType::Place, 1, {}, {}});
    }
  }
  std::vector<Candidate>& all = candidates_;
  std::move(extra.begin(), extra.end(), std::back_inserter(all));
  std::sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) { return a.span.start < b.span.start; });

  EntityAnalysis out;
  // Group mentions into entities. A mention's canonical name is its own
  // text, a short form's full name, or for a surname alone the fullest
  // person name in the article with it; the key of a candidate's text is
  // computed once, however many surnames point to it.
  std::vector<std::string> keys(all.size());
  std::vector<bool> keyed(all.size(), false);
  const auto key_of = [&](std::size_t k) -> const std::string& {
    if (!keyed[k]) {
      keys[k] = canonical_key(all[k].text);
      keyed[k] = true;
    }
    return keys[k];
  };
  const auto fullest_with = [&](const Candidate& c) -> std::optional<std::size_t> {
    std::optional<std::size_t> best;
    for (std::size_t f = 0; f < all.size(); ++f) {
      const Candidate& other = all[f];
      if (other.type == EntityType::Person && other.words > (best ? all[*best].words : 1) &&
          has_name_part(other.text, c.text)) {
        best = f;
      }
    }
    return best;
  };
  // Entities by id: open addressing over indices into out.entities.
  std::size_t capacity = 16;
  while (capacity < all.size() * 2) capacity <<= 1;
  std::vector<std::uint32_t> by_id(capacity, 0);  // entity index + 1; 0: empty
  const auto entity_of = [&](std::string_view id) -> std::uint32_t& {
    for (std::size_t i = std::hash<std::string_view>{}(id) & (capacity - 1);; i = (i + 1) & (capacity - 1)) {
      if (by_id[i] == 0 || out.entities[by_id[i] - 1].id == id) return by_id[i];
    }
  };
  out.mentions.reserve(all.size());
  out.entities.reserve(all.size());
  std::string short_form_key;
  for (std::size_t k = 0; k < all.size(); ++k) {
    const Candidate& c = all[k];
    std::string_view canonical = c.text, key;
    if (c.type != EntityType::Person) {
      if (const ShortForm* sf = short_form(key_of(k))) {
        canonical = sf->canonical;
        short_form_key = canonical_key(sf->canonical);
        key = short_form_key;
      } else {
        key = key_of(k);
      }
    } else if (c.words >= 2) {
      key = key_of(k);
    } else if (const std::optional<std::size_t> best = fullest_with(c)) {
      canonical = all[*best].text;
      key = key_of(*best);
    } else {
      key = key_of(k);
    }
    const std::string_view prefix = id_prefix(c.type);
    EntityMention& mention = out.mentions.emplace_back();
    mention.span = c.span;
    mention.type = c.type;
    mention.text = c.text;
    mention.entity_id.reserve(prefix.size() + key.size());
    mention.entity_id.append(prefix).append(key);
    mention.canonical = canonical;
    std::uint32_t& slot = entity_of(mention.entity_id);
    if (slot == 0) {
      ArticleEntity& added = out.entities.emplace_back();
      added.id = mention.entity_id;
      added.canonical = canonical;
      added.type = c.type;
      slot = static_cast<std::uint32_t>(out.entities.size());
    }
    ArticleEntity& e = out.entities[slot - 1];
    ++e.mentions;
    if (c.text != e.canonical && std::find(e.aliases.begin(), e.aliases.end(), c.text) == e.aliases.end()) {
      e.aliases.emplace_back(c.text);
    }
    if (!c.role.empty() && std::none_of(e.roles.begin(), e.roles.end(), [&](const EntityRole& r) { return r.role == c.role; })) {
      e.roles.push_back({std::string(c.role), c.role_span});
    }
  }
  return out;
}

// Transliteration endings folded to one form, longest first.
constexpr std::pair<std::string_view, std::string_view> kEndings[] = {
    {"yy", "y"}, {"iy", "y"}, {"ij", "y"}, {"ii", "y"}, {"ei", "ey"}};

}  // namespace

namespace {

// Folds one word of a key: the transliteration endings.
void fold_ending(std::string& word) {
  for (const auto& [from, to] : kEndings) {
    if (word.size() > from.size() + 2 && word.ends_with(from)) {
      word.replace(word.size() - from.size(), from.size(), to);
      return;
    }
  }
}

}  // namespace

std::string canonical_key(std::string_view name) {
  std::string key, word;
  const auto flush = [&] {
    if (word.empty()) return;
    fold_ending(word);
    if (!key.empty()) key += '-';
    key += word;
    word.clear();
  };
  // ASCII needs neither normalisation nor Unicode classes: the common case.
  // Its words are written straight into a buffer, each folded when it ends
  // (the key is never longer than the name).
  constexpr std::size_t kLongest = 256;
  if (name.size() <= kLongest &&
      std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    char out[kLongest];
    std::size_t size = 0, word_at = 0;
    bool in_word = false;
    const auto end_word = [&] {
      if (!in_word) return;
      in_word = false;
      const std::string_view w(out + word_at, size - word_at);
      if (w.back() != 'y' && w.back() != 'i' && w.back() != 'j') return;  // how every ending ends
      for (const auto& [from, to] : kEndings) {
        if (w.size() > from.size() + 2 && w.ends_with(from)) {
          size -= from.size();
          for (const char c : to) out[size++] = c;
          return;
        }
      }
    };
    for (const char c : name) {
      const bool upper = c >= 'A' && c <= 'Z';
      if (upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (!in_word) {
          if (size > 0) out[size++] = '-';
          word_at = size;
          in_word = true;
        }
        out[size++] = upper ? static_cast<char>(c + 32) : c;
      } else if (c != '\'' && c != '.') {
        end_word();
      }
    }
    end_word();
    return std::string(out, size);
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (U_SUCCESS(status)) u = nfd->normalize(u, status);
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (u_isalnum(c)) {
      append_utf8(word, static_cast<char32_t>(u_tolower(c)));
    } else if (c == '\'' || c == 0x2019) {
      continue;
    } else if (c != '.') {
      flush();
    }
  }
  flush();
  return key;
}

EntityAnalysis EntityRecognizer::analyze(std::string_view text) const { return analyze(TokenizedText(text)); }

EntityAnalysis EntityRecognizer::analyze(const TokenizedText& tokens) const { return Recognition(tokens).run(); }

}  // namespace quoth
