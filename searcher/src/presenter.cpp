#include "quoth/search/presenter.h"

#include <nlohmann/json.hpp>

#include <cstdio>

#include "quoth/analyzers/utf8.h"

namespace quoth {
namespace {

// Replaces highlight markers with the style's escapes; folds whitespace.
std::string render(std::string_view marked, const Style& style) {
  std::string out;
  out.reserve(marked.size() + 32);
  for (const char c : marked) {
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

// Cuts plain text to `columns` code points, ending with "…" if cut.
std::string fit(std::string_view text, int columns) {
  if (columns < 8) columns = 8;
  std::string out;
  std::size_t i = 0;
  int n = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const char32_t cp = decode_code_point(text, i);
    if (cp == '\n' || cp == '\r' || cp == '\t') {
      out += ' ';
    } else {
      out.append(text.substr(start, i - start));
    }
    if (++n == columns - 1 && i < text.size()) {
      out += "…";
      break;
    }
  }
  return out;
}

std::string article_line(const ArticleRef& a) {
  std::string line = a.path;
  if (!a.source.empty()) line += " · " + a.source;
  if (!a.date.empty()) line += " · " + a.date;
  return line;
}

std::string score_text(double score) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", score);
  return buf;
}

void print_answers(std::ostream& out, const SearchResults& r, const Style& s, int width) {
  int rank = 0;
  for (const Answer& a : r.answers) {
    ++rank;
    std::string who = a.speaker.empty() ? "(speaker unknown)" : a.speaker;
    out << s.bold << rank << ". " << who << s.reset;
    if (!a.role.empty()) out << s.dim << ", " << a.role << s.reset;
    if (a.statements > 1) out << s.dim << "  (" << a.statements << " statements)" << s.reset;
    out << '\n';
    out << "   “" << render(a.quote, s) << "”" << s.dim << "  [" << a.kind << (a.cue.empty() ? "" : ", " + a.cue)
        << "]" << s.reset << '\n';
    out << "   " << s.title << fit(a.article.title, width - 3) << s.reset << '\n';
    out << "   " << s.dim << fit(article_line(a.article), width - 3) << s.reset << "\n\n";
  }
}

void print_entity(std::ostream& out, const EntityCard& card, const Style& s, int width) {
  const EntityRecord& e = card.record;
  out << s.bold << e.canonical() << s.reset << s.dim << "  (" << to_string(e.type) << ")" << s.reset << '\n';
  const auto aliases = e.aliases();
  if (!aliases.empty()) {
    std::string line = "also: ";
    for (std::size_t i = 0; i < aliases.size(); ++i) line += (i ? ", " : "") + aliases[i];
    out << "  " << fit(line, width - 2) << '\n';
  }
  for (const RoleSource& role : e.roles) {
    out << "  " << role.role << s.dim << "  — " << fit(role.article, width - 8 - static_cast<int>(role.role.size()))
        << s.reset << '\n';
  }
  out << "  " << e.articles << " article" << (e.articles == 1 ? "" : "s") << ", " << e.quotes << " quote"
      << (e.quotes == 1 ? "" : "s") << '\n';
  if (!card.related.empty()) {
    std::string line = "with: ";
    for (std::size_t i = 0; i < card.related.size(); ++i) {
      line += (i ? ", " : "") + card.related[i].name + " (" + std::to_string(card.related[i].articles) + ")";
    }
    out << "  " << fit(line, width - 2) << '\n';
  }
  out << '\n';
}

void print_hits(std::ostream& out, const SearchResults& r, const Style& s, int width) {
  int rank = 0;
  for (const ArticleHit& hit : r.hits) {
    ++rank;
    out << s.bold << rank << ". " << s.reset << s.title << fit(hit.title, width - 12) << s.reset << s.dim << "  ("
        << score_text(hit.score) << ")" << s.reset << '\n';
    out << "   " << s.dim << fit(article_line(hit), width - 3) << s.reset << '\n';
    out << "   " << render(hit.snippet, s) << "\n\n";
  }
}

void print_facets(std::ostream& out, const Facets& f, const Style& s) {
  const std::pair<const char*, const std::vector<FacetValue>*> groups[] = {
      {"people", &f.people}, {"organisations", &f.organisations}, {"places", &f.places},
      {"sources", &f.sources}, {"dates", &f.dates}};
  for (const auto& [name, values] : groups) {
    if (values->empty()) continue;
    out << s.dim << name << ":" << s.reset;
    for (const FacetValue& v : *values) out << "  " << v.value << " (" << v.count << ")";
    out << '\n';
  }
}

nlohmann::ordered_json article_json(const ArticleRef& a) {
  nlohmann::ordered_json j;
  j["id"] = a.id;
  j["path"] = a.path;
  j["title"] = a.title;
  j["source"] = a.source;
  j["date"] = a.date;
  return j;
}

nlohmann::ordered_json facet_json(const std::vector<FacetValue>& values) {
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const FacetValue& v : values) arr.push_back({{"value", v.value}, {"count", v.count}});
  return arr;
}

}  // namespace

void print_results(std::ostream& out, const SearchResults& r, const Style& s, int width) {
  if (r.entity) print_entity(out, *r.entity, s, width);
  print_answers(out, r, s, width);
  print_hits(out, r, s, width);
  if (r.facets) print_facets(out, *r.facets, s);
  if (!r.answers.empty()) {
    out << s.dim << r.answers.size() << " answer" << (r.answers.size() == 1 ? "" : "s") << " from "
        << (r.total_exact ? "" : "about ") << r.total
        << " matching statement" << (r.total == 1 ? "" : "s") << s.reset << '\n';
  } else if (!r.hits.empty()) {
    out << s.dim << r.hits.size() << " of " << (r.total_exact ? "" : "about ") << r.total << " matching article"
        << (r.total == 1 ? "" : "s")
        << s.reset << '\n';
  }
}

std::string results_json(const SearchResults& r) {
  nlohmann::ordered_json j;
  j["query"] = r.query;
  j["intent"] = to_string(r.intent.kind);
  j["total"] = r.total;
  j["total_exact"] = r.total_exact;
  j["answers"] = nlohmann::ordered_json::array();
  for (const Answer& a : r.answers) {
    nlohmann::ordered_json x;
    x["speaker"] = a.speaker;
    x["speaker_id"] = a.speaker_id;
    x["role"] = a.role;
    x["anonymous"] = a.anonymous;
    x["quote"] = plain_text(a.quote);
    x["kind"] = a.kind;
    x["cue"] = a.cue;
    x["score"] = a.score;
    x["statements"] = a.statements;
    x["article"] = article_json(a.article);
    j["answers"].push_back(std::move(x));
  }
  j["results"] = nlohmann::ordered_json::array();
  for (const ArticleHit& hit : r.hits) {
    nlohmann::ordered_json x = article_json(hit);
    x["score"] = hit.score;
    x["snippet"] = plain_text(hit.snippet);
    j["results"].push_back(std::move(x));
  }
  if (r.entity) {
    const EntityRecord& e = r.entity->record;
    nlohmann::ordered_json x;
    x["id"] = e.id;
    x["name"] = e.canonical();
    x["type"] = to_string(e.type);
    x["aliases"] = e.aliases();
    nlohmann::ordered_json roles = nlohmann::ordered_json::array();
    nlohmann::ordered_json sources = nlohmann::ordered_json::array();
    for (const RoleSource& role : e.roles) {
      roles.push_back(role.role);
      sources.push_back({{"role", role.role}, {"article", role.article}});
    }
    x["roles"] = roles;
    x["role_sources"] = sources;
    x["articles"] = e.articles;
    x["quotes"] = e.quotes;
    nlohmann::ordered_json related = nlohmann::ordered_json::array();
    for (const RelatedEntity& rel : r.entity->related) {
      related.push_back({{"name", rel.name}, {"type", to_string(rel.type)}, {"articles", rel.articles}});
    }
    x["related"] = related;
    j["entity"] = x;
  } else {
    j["entity"] = nullptr;
  }
  if (r.facets) {
    j["facets"] = {{"people", facet_json(r.facets->people)},
                   {"organisations", facet_json(r.facets->organisations)},
                   {"places", facet_json(r.facets->places)},
                   {"sources", facet_json(r.facets->sources)},
                   {"dates", facet_json(r.facets->dates)}};
  } else {
    j["facets"] = nullptr;
  }
  j["suggestion"] = r.suggestion;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace quoth
