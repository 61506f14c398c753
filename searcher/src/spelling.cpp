#include "spelling.h"

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
  bool changed = false;
  // Replace from the end so earlier byte offsets stay valid.
  const auto terms = analyzer.analyze(query);
  std::vector<std::pair<Span, std::string>> replacements;
  for (const Term& t : terms) {
    if (t.text.size() < kMinWordBytes || db.term_exists(t.text)) continue;
    if (std::any_of(t.text.begin(), t.text.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    std::string better = closest_term(db, t.text);
    if (!better.empty()) replacements.emplace_back(t.span, std::move(better));
  }
  for (auto it = replacements.rbegin(); it != replacements.rend(); ++it) {
    // Spans are code points; the query is short, so convert by walking.
    std::size_t byte = 0, cp = 0, start = 0;
    while (byte < suggestion.size() && cp < it->first.end) {
      if (cp == it->first.start) start = byte;
      ++byte;
      while (byte < suggestion.size() && (static_cast<unsigned char>(suggestion[byte]) & 0xC0) == 0x80) ++byte;
      ++cp;
    }
    suggestion.replace(start, byte - start, it->second);
    changed = true;
  }
  return changed ? suggestion : std::string();
}

}  // namespace quoth
