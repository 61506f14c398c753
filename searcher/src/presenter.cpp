#include "quoth/search/presenter.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace quoth {
namespace {

// Replaces highlight markers with the style's escapes; folds newlines.
std::string render_snippet(std::string_view snippet, const Style& style) {
  std::string out;
  out.reserve(snippet.size() + 32);
  for (const char c : snippet) {
    if (c == kHighlightStart) {
      out += style.highlight;
    } else if (c == kHighlightEnd) {
      out += style.reset;
    } else if (c == '\n' || c == '\r' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

void print_results(std::ostream& out, const SearchResults& results, const Style& style,
                   int width) {
  (void)width;
  int rank = 0;
  for (const ArticleHit& hit : results.hits) {
    ++rank;
    char score[32];
    std::snprintf(score, sizeof score, "%.2f", hit.score);
    out << style.bold << rank << ". " << style.reset << style.title << hit.title << style.reset
        << style.dim << "  (" << score << ")" << style.reset << '\n';
    out << "   " << style.dim << hit.path;
    if (!hit.source.empty()) out << " · " << hit.source;
    if (!hit.date.empty()) out << " · " << hit.date;
    out << style.reset << '\n';
    out << "   " << render_snippet(hit.snippet, style) << "\n\n";
  }
  out << style.dim << results.hits.size() << " of " << results.total << " matching article"
      << (results.total == 1 ? "" : "s") << style.reset << '\n';
}

std::string results_json(const SearchResults& results) {
  nlohmann::ordered_json j;
  j["query"] = results.query;
  j["total"] = results.total;
  j["results"] = nlohmann::ordered_json::array();
  for (const ArticleHit& hit : results.hits) {
    nlohmann::ordered_json r;
    r["id"] = hit.id;
    r["path"] = hit.path;
    r["title"] = hit.title;
    r["source"] = hit.source;
    r["date"] = hit.date;
    r["score"] = hit.score;
    r["snippet"] = plain_snippet(hit.snippet);
    j["results"].push_back(std::move(r));
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace quoth
