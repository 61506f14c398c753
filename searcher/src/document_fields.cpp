#include "document_fields.h"

#include <nlohmann/json.hpp>

#include "quoth/index/article_data.h"

namespace quoth {
namespace {

FlatJson flat_from(const nlohmann::json& data) {
  FlatJson out;
  if (!data.is_object()) return out;
  for (const auto& [key, value] : data.items()) {
    if (value.is_string()) {
      out.members.push_back({key, value.get<std::string>(), true});
    } else if (value.is_boolean()) {
      out.members.push_back({key, value.get<bool>() ? "true" : "false", false});
    }
  }
  return out;
}

}  // namespace

ArticleFields read_article_fields(std::string_view data) {
  const std::size_t end = data.find('\n');
  if (end != std::string_view::npos) {
    if (auto flat = read_flat_json(data.substr(0, end)))
      return {std::move(*flat), data.substr(end + 1)};
  }
  const ArticleData article = read_article_data(data);
  return {flat_from(article.fields), article.text};
}

FlatJson read_document_fields(std::string_view data) {
  if (auto flat = read_flat_json(data)) return std::move(*flat);
  return flat_from(nlohmann::json::parse(data, nullptr, false));
}

}  // namespace quoth
