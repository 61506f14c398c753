#include "term_matches.h"

#include <algorithm>

#include "quoth/analyzers/utf8.h"

namespace quoth {
namespace {

// Code-point spans as byte spans; `spans` sorted by start.
void to_bytes(std::string_view text, std::vector<std::pair<Span, std::size_t>>& spans,
              std::vector<TermMatch>& out) {
  ByteCursor bytes(text);
  for (const auto& [span, clause] : spans) {
    if (!out.empty() && span.start < bytes.code_point()) continue;  // overlaps the match before
    const ByteOffset start = bytes.at(span.start);
    const ByteOffset end = bytes.at(span.end);
    out.push_back({{start, end}, clause});
  }
}

// The query clause a word matches, if any: its own form or its stem.
std::optional<std::size_t> word_clause(const Term& t, const QueryTerms& query,
                                       const Xapian::Stem& stemmer, std::string& stem) {
  for (const QueryTerms::Word& w : query.words) {
    if (!w.text.empty() && w.text == t.text) return w.clause;
  }
  stem.clear();
  for (const QueryTerms::Word& w : query.words) {
    // An English stem begins as its word does (bar a leading apostrophe).
    if (w.stem.empty() || (w.stem.front() != t.text.front() && t.text.front() != '\'')) continue;
    if (stem.empty()) stem = stemmer(t.text);
    if (w.stem == stem) return w.clause;
  }
  return std::nullopt;
}

// Whether the words at `first` and on (Word terms with their Unaccented
// alternatives) spell `phrase`; sets `last` to the phrase's last term.
bool phrase_at(const std::vector<Term>& terms, std::size_t first, const QueryTerms::Phrase& phrase,
               std::size_t& last) {
  std::size_t i = first;
  for (std::size_t k = 0; k < phrase.words.size(); ++k) {
    if (i >= terms.size()) return false;
    const TermPosition position = terms[i].position;
    bool found = false;
    for (; i < terms.size() && terms[i].position == position; ++i) {
      if (terms[i].kind != TermKind::Date && terms[i].text == phrase.words[k]) {
        found = true;
        last = i;
      }
    }
    if (!found ||
        (k + 1 < phrase.words.size() && (i >= terms.size() || terms[i].position != position + 1))) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<TermMatch> match_terms(std::string_view text, const std::vector<Term>& terms,
                                   const QueryTerms& query, const Xapian::Stem& stemmer) {
  std::vector<std::pair<Span, std::size_t>> spans;
  std::string stem;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const Term& t = terms[i];
    if (t.kind == TermKind::Date || t.text.empty()) continue;
    bool in_phrase = false;
    for (const QueryTerms::Phrase& p : query.phrases) {
      std::size_t last = i;
      if (phrase_at(terms, i, p, last)) {
        spans.emplace_back(Span{t.span.start, std::max(t.span.end, terms[last].span.end)},
                           p.clause);
        in_phrase = true;
        break;
      }
    }
    if (in_phrase) continue;
    if (const auto clause = word_clause(t, query, stemmer, stem))
      spans.emplace_back(t.span, *clause);
  }
  std::stable_sort(spans.begin(), spans.end(),
                   [](const auto& a, const auto& b) { return a.first.start < b.first.start; });
  std::vector<TermMatch> out;
  to_bytes(text, spans, out);
  return out;
}

}  // namespace quoth
