#include "spelling.h"

#include "quoth/index/schema.h"

#include <algorithm>
#include <vector>

namespace quoth {
namespace {

constexpr std::size_t kMinWordBytes = 4;

// The most frequent index term within edit distance of `word`, among terms
// sharing its first letter (a typo rarely hits the first letter).
std::string closest_term(const Xapian::Database& db, const std::string& word) {
  const std::size_t limit = word.size() >= 8 ? 2 : 1;
  const std::string first = word.substr(0, 1);
  std::string best;
  Xapian::doccount best_freq = 0;
  std::size_t best_distance = limit + 1;
  for (auto it = db.allterms_begin(first); it != db.allterms_end(first); ++it) {
    const std::string term = *it;
    if (term.size() + limit < word.size() || term.size() > word.size() + limit) continue;
    const std::size_t d = edit_distance(word, term, limit);
    if (d > limit) continue;
    const Xapian::doccount freq = it.get_termfreq();
    if (d < best_distance || (d == best_distance && freq > best_freq)) {
      best = term;
      best_freq = freq;
      best_distance = d;
    }
  }
  return best;
}

// `term` (an index term, folded to lower case) written the way the user wrote
// `typed`: "Witkof" -> "Witkoff", "NATTO" -> "NATO". Only ASCII letters change.
std::string in_typed_case(std::string term, std::string_view typed) {
  const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  const bool all_upper = typed.size() > 1 && std::none_of(typed.begin(), typed.end(), lower);
  for (std::size_t i = 0; i < term.size(); ++i) {
    if (!lower(term[i])) continue;
    if (all_upper || (i == 0 && !typed.empty() && upper(typed[0]))) term[i] = static_cast<char>(term[i] - 'a' + 'A');
  }
  return term;
}

using ByteRange = std::pair<std::size_t, std::size_t>;

// The bytes of `text` a span of code points covers (the query is short, so
// this walks it).
ByteRange byte_range(std::string_view text, Span span) {
  std::size_t byte = 0, cp = 0, start = 0;
  while (byte < text.size() && cp < span.end) {
    if (cp == span.start) start = byte;
    ++byte;
    while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) ++byte;
    ++cp;
  }
  return {start, byte};
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    std::size_t row_min = limit + 1;
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      row_min = std::min(row_min, d[i][j]);
    }
    if (row_min > limit) return limit + 1;
  }
  return std::min(d[n][m], limit + 1);
}

std::string suggest_spelling(const Xapian::Database& db, TermAnalyzer& analyzer, std::string_view query) {
  std::string suggestion(query);
  // Replace from the end so earlier byte offsets stay valid.
  std::vector<std::pair<ByteRange, std::string>> replacements;
  const Xapian::Stem stemmer("english");
  for (const Term& t : analyzer.analyze(query)) {
    if (t.text.size() < kMinWordBytes || db.term_exists(t.text)) continue;
    // Another form of a known word ("articles" where only "article" occurs)
    // is not a misspelling.
    if (db.term_exists(std::string(schema::prefix::kStem) + stemmer(t.text))) continue;
    if (std::any_of(t.text.begin(), t.text.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    const ByteRange range = byte_range(query, t.span);
    if (range.second < query.size() && query[range.second] == ':') continue;  // a field name
    std::string better = closest_term(db, t.text);
    if (!better.empty()) replacements.emplace_back(range, std::move(better));
  }
  for (auto it = replacements.rbegin(); it != replacements.rend(); ++it) {
    const auto [start, end] = it->first;
    suggestion.replace(start, end - start, in_typed_case(it->second, query.substr(start, end - start)));
  }
  return replacements.empty() ? std::string() : suggestion;
}

}  // namespace quoth
