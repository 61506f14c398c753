#include "quoth/index/analyze_command.h"

#include <nlohmann/json.hpp>

#include <iostream>

#include "quoth/analyzers/article_analyzer.h"
#include "quoth/common/exit_status.h"

namespace quoth {
namespace {

nlohmann::ordered_json span_json(Span s, const std::string& text) {
  nlohmann::ordered_json j;
  j["start"] = s.start;
  j["end"] = s.end;
  j["text"] = text;
  return j;
}

void print_listing(std::ostream& out, const LoadedArticle& a, const ArticleAnalysis& analysis) {
  out << a.identity << "\n  title: " << a.article.title << '\n';
  if (!a.article.source.empty()) out << "  source: " << a.article.source << '\n';
  if (!a.article.date.empty()) out << "  date: " << a.article.date << '\n';
  out << "  entities:\n";
  for (const ArticleEntity& e : analysis.entities) {
    out << "    " << to_string(e.type) << "  " << e.canonical << "  (" << e.mentions << "x, " << e.id << ")";
    for (const EntityRole& r : e.roles) out << "  role: " << r.role;
    out << '\n';
  }
  out << "  quotes:\n";
  for (const Quote& q : analysis.quotes) {
    out << "    [" << to_string(q.kind) << "] " << (q.speaker ? (q.speaker->name.empty() ? q.speaker->text : q.speaker->name) : "?")
        << (q.speaker && q.speaker->anonymous ? " (anonymous)" : "") << ": \u201C" << q.text << "\u201D\n";
  }
}

}  // namespace

std::string analysis_json(const LoadedArticle& a, const ArticleAnalysis& analysis) {
  nlohmann::ordered_json j;
  j["path"] = a.identity;
  j["title"] = a.article.title;
  j["source"] = a.article.source;
  j["date"] = a.article.date;
  j["text"] = a.article.text;
  j["entities"] = nlohmann::ordered_json::array();
  for (const EntityMention& m : analysis.mentions) {
    nlohmann::ordered_json e;
    e["start"] = m.span.start;
    e["end"] = m.span.end;
    e["type"] = to_string(m.type);
    e["text"] = m.text;
    e["entity_id"] = m.entity_id;
    e["canonical"] = m.canonical;
    j["entities"].push_back(std::move(e));
  }
  j["quotes"] = nlohmann::ordered_json::array();
  for (const Quote& q : analysis.quotes) {
    nlohmann::ordered_json x;
    x["start"] = q.content.start;
    x["end"] = q.content.end;
    x["text"] = q.text;
    x["kind"] = to_string(q.kind);
    x["cue"] = span_json(q.cue, q.cue_text);
    if (q.split()) {
      x["gap"] = {{"start", q.gap.start}, {"end", q.gap.end}};
    } else {
      x["gap"] = nullptr;
    }
    if (q.speaker) {
      nlohmann::ordered_json s = span_json(q.speaker->span, q.speaker->text);
      s["name"] = q.speaker->name;
      s["entity_id"] = q.speaker->entity_id;
      s["anonymous"] = q.speaker->anonymous;
      x["speaker"] = s;
    } else {
      x["speaker"] = nullptr;
    }
    j["quotes"].push_back(std::move(x));
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

int run_analyze_command(const std::vector<std::string>& inputs, bool json, std::ostream& out) {
  std::vector<FileError> errors;
  const auto files = collect_article_files(inputs, errors);
  ArticleAnalyzer analyzer;
  for (const auto& path : files) {
    ArticleFile file = load_article_file(path);
    errors.insert(errors.end(), file.errors.begin(), file.errors.end());
    for (const auto& w : file.warnings) std::cerr << "quoth-index: warning: " << w.path << ": " << w.reason << '\n';
    for (const LoadedArticle& a : file.articles) {
      const ArticleAnalysis analysis = analyzer.analyze(a.article);
      if (json) {
        out << analysis_json(a, analysis) << '\n';
      } else {
        print_listing(out, a, analysis);
      }
    }
  }
  for (const auto& e : errors) std::cerr << "quoth-index: " << e.path << ": " << e.reason << '\n';
  return errors.empty() ? exit_status::kOk : exit_status::kNothing;
}

}  // namespace quoth
