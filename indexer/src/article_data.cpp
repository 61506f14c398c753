#include "quoth/index/article_data.h"

namespace quoth {

std::string article_data(const nlohmann::ordered_json& fields, std::string_view text) {
  std::string data = fields.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  data += '\n';
  data += text;
  return data;
}

ArticleData read_article_data(std::string_view data) {
  const std::size_t end = data.find('\n');
  ArticleData out;
  out.fields = nlohmann::json::parse(data.substr(0, end), nullptr, false);
  if (end != std::string_view::npos && out.fields.is_object()) out.text = data.substr(end + 1);
  return out;
}

}  // namespace quoth
