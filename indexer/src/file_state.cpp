#include "quoth/index/file_state.h"

#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "quoth/index/article_id.h"
#include "quoth/index/schema.h"

namespace quoth {
namespace {

std::string encode(const FileState& s) {
  const nlohmann::json j{{"path", s.path}, {"size", s.size}, {"mtime", s.mtime_ns},
                         {"hash", s.hash}, {"articles", s.articles}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<FileState> decode(const std::string& value) {
  const auto j = nlohmann::json::parse(value, nullptr, false);
  if (!j.is_object()) return std::nullopt;
  FileState s;
  s.path = j.value("path", "");
  s.size = j.value("size", std::uint64_t{0});
  s.mtime_ns = j.value("mtime", std::int64_t{0});
  s.hash = j.value("hash", "");
  if (const auto it = j.find("articles"); it != j.end() && it->is_array()) {
    s.articles = it->get<std::vector<std::string>>();
  }
  return s;
}

}  // namespace

void ContentHasher::update(std::string_view bytes) {
  // Two independent 64-bit FNV-1a lanes: cheap, and collisions between two
  // versions of one file are vanishingly unlikely.
  std::uint64_t a = a_, b = b_;
  for (const char c : bytes) {
    a = (a ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    b = (b ^ static_cast<unsigned char>(c)) * 0x1000193ULL + 0x9e3779b97f4a7c15ULL;
  }
  a_ = a;
  b_ = b;
}

std::string ContentHasher::hex() const { return article_key(std::to_string(a_)) + article_key(std::to_string(b_)); }

std::string content_hash(std::string_view bytes) {
  ContentHasher hasher;
  hasher.update(bytes);
  return hasher.hex();
}

std::optional<FileState> stat_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  FileState s;
  s.path = path;
  s.size = static_cast<std::uint64_t>(st.st_size);
  s.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
  return s;
}

std::string file_state_key(std::string_view path) {
  return std::string(schema::meta::kFileStatePrefix) + article_key(path);
}

std::optional<FileState> read_file_state(const Xapian::Database& db, std::string_view path) {
  const std::string value = db.get_metadata(file_state_key(path));
  if (value.empty()) return std::nullopt;
  return decode(value);
}

void write_file_state(Xapian::WritableDatabase& db, const FileState& state) {
  db.set_metadata(file_state_key(state.path), encode(state));
}

void erase_file_state(Xapian::WritableDatabase& db, std::string_view path) {
  db.set_metadata(file_state_key(path), "");
}

std::vector<FileState> all_file_states(const Xapian::Database& db) {
  std::vector<FileState> out;
  const std::string prefix(schema::meta::kFileStatePrefix);
  for (auto it = db.metadata_keys_begin(prefix); it != db.metadata_keys_end(prefix); ++it) {
    if (auto s = decode(db.get_metadata(*it))) out.push_back(std::move(*s));
  }
  return out;
}

}  // namespace quoth
