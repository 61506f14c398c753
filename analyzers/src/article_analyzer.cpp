#include "quoth/analyzers/article_analyzer.h"

#include <algorithm>
#include <cctype>

#include "quoth/analyzers/entity_recognizer.h"
#include "quoth/analyzers/quote_extractor.h"
#include "quoth/analyzers/utf8.h"

namespace quoth {
namespace {

std::vector<std::string> lower_words(std::string_view s) {
  std::vector<std::string> words;
  std::string w;
  for (const char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || (c & 0x80)) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(w);
  for (auto& x : words) {
    while (!x.empty() && x.back() == '.') x.pop_back();
  }
  return words;
}

// "the Ukrainian president said": a description that states a person's
// role in this article ("Ukrainian President Volodymyr Zelensky") is that
// person. The role matching most words of the description wins.
void resolve_role_descriptions(ArticleAnalysis& analysis) {
  for (Quote& q : analysis.quotes) {
    if (!q.speaker || !q.speaker->entity_id.empty() || !q.speaker->anonymous) continue;
    const auto said = lower_words(q.speaker->text);
    const ArticleEntity* best = nullptr;
    std::size_t best_words = 0;
    for (const ArticleEntity& e : analysis.entities) {
      if (e.type != EntityType::Person) continue;
      for (const EntityRole& role : e.roles) {
        const auto words = lower_words(role.role);
        const bool stated = !words.empty() && std::all_of(words.begin(), words.end(), [&](const std::string& w) {
          return std::find(said.begin(), said.end(), w) != said.end();
        });
        if (stated && words.size() > best_words) {
          best = &e;
          best_words = words.size();
        }
      }
    }
    if (!best) continue;
    q.speaker->entity_id = best->id;
    q.speaker->name = best->canonical;
    q.speaker->anonymous = false;
  }
}

// The text with its boilerplate lines blanked, code point by code point, so
// that every offset still points into the stored text.
std::string without_boilerplate(const Article& article) {
  if (article.boilerplate.empty()) return article.text;
  std::string out;
  out.reserve(article.text.size());
  std::size_t next = 0;
  CodePointOffset cp = 0;
  for (std::size_t i = 0; i < article.text.size(); ++cp) {
    while (next < article.boilerplate.size() && article.boilerplate[next].end <= cp) ++next;
    const std::size_t start = i;
    (void)decode_code_point(article.text, i);
    const bool blank = next < article.boilerplate.size() && article.boilerplate[next].start <= cp;
    if (blank) {
      out += ' ';
    } else {
      out.append(article.text, start, i - start);
    }
  }
  return out;
}

}  // namespace

ArticleAnalyzer::ArticleAnalyzer() = default;
ArticleAnalyzer::~ArticleAnalyzer() = default;

ArticleAnalysis ArticleAnalyzer::analyze(const Article& article) {
  ArticleAnalysis analysis;
  const std::string text = without_boilerplate(article);
  const TokenizedText tokens(text);  // read by both
  EntityAnalysis entities = EntityRecognizer().analyze(tokens);
  analysis.mentions = std::move(entities.mentions);
  analysis.entities = std::move(entities.entities);
  analysis.quotes = QuoteExtractor().extract(tokens, analysis.mentions);
  resolve_role_descriptions(analysis);
  return analysis;
}

}  // namespace quoth
