#include "quoth/analyzers/dates.h"
#include "quoth/analyzers/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include "quoth/analyzers/boilerplate.h"
#include "quoth/analyzers/utf8.h"

namespace quoth {
namespace {

constexpr std::string_view kTextKeys[] = {"text", "body", "content"};
constexpr std::string_view kKnownKeys[] = {"title", "text", "body", "content", "date", "source", "url", "id"};

std::string scalar(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number()) return v.dump();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  return {};
}

bool is_known(std::string_view key) {
  for (const auto k : kKnownKeys) {
    if (k == key) return true;
  }
  return false;
}

}  // namespace

JsonlResult read_jsonl_line(std::string_view line) {
  JsonlResult result;
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return result;
  const auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    result.error = "not valid JSON";
    return result;
  }
  if (!j.is_object()) {
    result.error = "not a JSON object";
    return result;
  }
  JsonlArticle a;
  for (const auto key : kTextKeys) {
    if (const auto it = j.find(key); it != j.end() && it->is_string()) {
      a.article.text = it->get<std::string>();
      break;
    }
  }
  if (a.article.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    result.error = "no article text (keys text, body or content)";
    return result;
  }
  if (const auto it = j.find("title"); it != j.end()) a.article.title = scalar(*it);
  if (const auto it = j.find("source"); it != j.end()) a.article.source = scalar(*it);
  if (const auto it = j.find("date"); it != j.end()) a.article.date = normalise_date(scalar(*it));
  if (const auto it = j.find("url"); it != j.end()) a.url = scalar(*it);
  if (const auto it = j.find("id"); it != j.end()) a.id = scalar(*it);
  if (a.id.empty()) a.id = a.url;
  for (const auto& [key, value] : j.items()) {
    if (is_known(key)) continue;
    const std::string s = scalar(value);
    if (!s.empty()) a.article.metadata.emplace_back(key, s);
  }
  const auto n = static_cast<CodePointOffset>(count_code_points(a.article.text));
  a.article.body_span = {0, n};
  a.article.boilerplate = find_boilerplate_lines(a.article.text);
  result.article = std::move(a);
  return result;
}

}  // namespace quoth
