#include "snippet.h"

#include <algorithm>

#include "quoth/search/searcher.h"

namespace quoth {
namespace {

constexpr bool space(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
}
constexpr bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// How far a cut looks for a space before giving up on one.
constexpr std::size_t kSpaceSearch = 32;

bool ascii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// A start at or before `at` just after a space, never after `limit`.
std::size_t cut_start(std::string_view text, std::size_t at, std::size_t limit) {
  if (at == 0) return 0;
  for (std::size_t i = at, n = 0; i > 0 && n < kSpaceSearch; --i, ++n) {
    if (space(text[i - 1])) return i;
  }
  for (std::size_t i = at; i < limit; ++i) {
    if (space(text[i])) return i + 1;
  }
  return limit;
}

// An end at or before `at` on a space, never before `limit`.
std::size_t cut_end(std::string_view text, std::size_t at, std::size_t limit) {
  if (at >= text.size()) return text.size();
  for (std::size_t i = at, n = 0; i > limit && n < kSpaceSearch; --i, ++n) {
    if (space(text[i])) return i;
  }
  // No space near: cut between characters (a passage's end is between
  // characters, so backing up never cuts into it).
  std::size_t i = std::max(at, limit);
  while (i > 0 && continuation(text[i])) --i;
  return i;
}

// The start of the whitespace-delimited token holding text[i], then `more`
// tokens further back; never before `low`.
std::size_t tokens_back(std::string_view text, std::size_t i, std::size_t low, std::size_t more) {
  while (i > low && !space(text[i - 1])) --i;
  for (; more > 0 && i > low; --more) {
    while (i > low && space(text[i - 1])) --i;
    while (i > low && !space(text[i - 1])) --i;
  }
  return i;
}

// The end of the token holding text[i], then of `more` tokens further on;
// never after `high`.
std::size_t tokens_forward(std::string_view text, std::size_t i, std::size_t high,
                           std::size_t more) {
  while (i < high && !space(text[i])) ++i;
  for (; more > 0 && i < high; --more) {
    while (i < high && space(text[i])) ++i;
    while (i < high && !space(text[i])) ++i;
  }
  return i;
}

}  // namespace

ByteSpan snippet_window(std::string_view text, ByteSpan passage, std::size_t bytes) {
  const std::size_t width = std::min(passage.length(), bytes);
  const std::size_t lead = (bytes - width) / 3;
  std::size_t start = passage.start <= bytes / 2 ? 0 : passage.start - lead;
  start = cut_start(text, start, passage.start);
  const std::size_t end =
      cut_end(text, std::min(text.size(), start + bytes), std::min(passage.end, start + bytes));
  return {start, end};
}

std::string render_snippet(std::string_view text, ByteSpan window,
                           const std::vector<TermMatch>& matches) {
  std::string out;
  out.reserve(window.length() + 16);
  if (window.start > 0) out += "…";
  const std::size_t lead = out.size();
  // Marked: the matches wholly inside the window.
  auto match = std::find_if(matches.begin(), matches.end(),
                            [&](const TermMatch& m) { return m.bytes.start >= window.start; });
  const auto marked_end = std::find_if(
      match, matches.end(), [&](const TermMatch& m) { return m.bytes.end > window.end; });
  bool pending_space = false, inside = false;
  std::size_t i = window.start;
  while (i < window.end) {
    if (space(text[i])) {
      pending_space = true;
      ++i;
      continue;
    }
    if (pending_space && out.size() > lead) out += ' ';
    pending_space = false;
    if (!inside && match != marked_end && i == match->bytes.start) {
      out += kHighlightStart;
      inside = true;
    }
    // Copy up to the next space or marker.
    std::size_t stop = window.end;
    if (inside) {
      stop = match->bytes.end;
    } else if (match != marked_end) {
      stop = std::min(stop, match->bytes.start);
    }
    std::size_t j = i;
    while (j < stop && !space(text[j])) ++j;
    out.append(text.substr(i, j - i));
    i = j;
    if (inside && i == match->bytes.end) {
      out += kHighlightEnd;
      inside = false;
      ++match;
    }
  }
  if (window.end < text.size()) out += "…";
  return out;
}

SnippetMaker::SnippetMaker(TermAnalyzer& analyzer, const Xapian::Query& query, std::size_t bytes)
    : analyzer_(analyzer),
      query_(query_terms(query)),
      scan_(query_),
      bytes_(bytes),
      clause_words_(query_.clauses, 1) {
  for (const QueryTerms::Phrase& p : query_.phrases) clause_words_[p.clause] = p.words.size();
}

ByteSpan SnippetMaker::window(std::string_view text,
                              const std::vector<std::pair<ByteSpan, std::size_t>>& found) const {
  // The stretch of at most two thirds of the snippet holding the most
  // clauses, then the most matches; the earliest of equals.
  const std::size_t focus = bytes_ * 2 / 3;
  std::vector<unsigned> count(query_.clauses + 1, 0);
  std::size_t distinct = 0, best_score = 0, best_first = 0, best_last = 0;
  std::size_t last = 0;  // one past the stretch from `first`
  for (std::size_t first = 0; first < found.size(); ++first) {
    while (last < found.size() &&
           (last == first || found[last].first.end - found[first].first.start <= focus)) {
      if (count[found[last].second]++ == 0) ++distinct;
      ++last;
    }
    const std::size_t score = distinct * 64 + std::min<std::size_t>(last - first, 63);
    if (score > best_score) {
      best_score = score;
      best_first = first;
      best_last = last - 1;
    }
    if (--count[found[first].second] == 0) --distinct;
  }
  return snippet_window(text, {found[best_first].first.start, found[best_last].first.end}, bytes_);
}

std::vector<TermMatch> SnippetMaker::analyse_around(
    std::string_view text, ByteSpan w, const std::vector<std::pair<ByteSpan, std::size_t>>& found) {
  // Each match the scan found, with a token of context either side (and a
  // phrase's further words), pieces that meet merged.
  std::vector<ByteSpan> pieces;
  for (const auto& [at, clause] : found) {
    if (at.start < w.start || at.end > w.end) continue;
    const ByteSpan piece{tokens_back(text, at.start, w.start, 1),
                         tokens_forward(text, at.start, w.end, clause_words_[clause])};
    if (!pieces.empty() && piece.start <= pieces.back().end) {
      pieces.back().end = std::max(pieces.back().end, piece.end);
    } else {
      pieces.push_back(piece);
    }
  }
  std::vector<TermMatch> matches;
  for (const ByteSpan& piece : pieces) {
    for (const TermMatch& m : analyse(text, piece)) {
      if (matches.empty() || m.bytes.start >= matches.back().bytes.end) matches.push_back(m);
    }
  }
  return matches;
}

std::vector<TermMatch> SnippetMaker::analyse(std::string_view text, ByteSpan part) {
  const std::string_view piece = text.substr(part.start, part.length());
  std::vector<TermMatch> matches = match_terms(piece, analyzer_.analyze(piece), query_, stemmer_);
  for (TermMatch& m : matches) {
    m.bytes.start += part.start;
    m.bytes.end += part.start;
  }
  return matches;
}

std::string SnippetMaker::make(std::string_view text) {
  const ByteSpan opening = snippet_window(text, {0, 0}, bytes_);
  if (query_.empty() || text.empty()) return render_snippet(text, opening, {});
  const auto found = scan_.find(text);
  if (!found.empty()) {
    const ByteSpan w = window(text, found);
    // A query word the scan cannot spell ("u.s" for "US") is looked for in
    // the whole window.
    auto matches = scan_.exhaustive_on_ascii() ? analyse_around(text, w, found) : analyse(text, w);
    if (!matches.empty()) return render_snippet(text, w, matches);
  } else if (scan_.exhaustive_on_ascii() && ascii(text)) {
    return render_snippet(text, opening, {});
  }
  // The scan was misled or cannot judge this text: analyse it all.
  const auto matches = analyse(text, {0, text.size()});
  if (matches.empty()) return render_snippet(text, opening, {});
  std::vector<std::pair<ByteSpan, std::size_t>> exact;
  exact.reserve(matches.size());
  for (const TermMatch& m : matches) exact.emplace_back(m.bytes, m.clause);
  return render_snippet(text, window(text, exact), matches);
}

}  // namespace quoth
