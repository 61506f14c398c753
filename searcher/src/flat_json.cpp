#include "flat_json.h"

#include "json_cursor.h"

namespace quoth {

std::string FlatJson::string(std::string_view key) const {
  for (const Member& m : members) {
    if (m.key == key) return m.is_string ? m.value : std::string();
  }
  return {};
}

bool FlatJson::boolean(std::string_view key, bool otherwise) const {
  for (const Member& m : members) {
    if (m.key == key && !m.is_string)
      return m.value == "true" ? true : m.value == "false" ? false : otherwise;
  }
  return otherwise;
}

std::optional<FlatJson> read_flat_json(std::string_view json) {
  JsonCursor in(json);
  FlatJson out;
  if (!in.take('{')) return std::nullopt;
  if (!in.take('}')) {
    do {
      FlatJson::Member m;
      if (!in.string(m.key) || !in.take(':')) return std::nullopt;
      in.skip_space();
      if (in.peek() == '"') {
        if (!in.string(m.value)) return std::nullopt;
        m.is_string = true;
      } else if (!in.literal(m.value)) {
        return std::nullopt;
      }
      out.members.push_back(std::move(m));
    } while (in.take(','));
    if (!in.take('}')) return std::nullopt;
  }
  if (!in.at_end()) return std::nullopt;
  return out;
}

}  // namespace quoth
