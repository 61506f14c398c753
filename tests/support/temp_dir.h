// A temporary directory removed with everything in it when it goes out of
// scope; tests put real indexes and files there.
#pragma once

#include <filesystem>
#include <string>

namespace quoth::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

  // Writes `content` to a file under the directory, creating parents.
  std::filesystem::path write(const std::string& name, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

// The repository's source directory and ../shared beside it (may not exist).
[[nodiscard]] std::filesystem::path source_dir();
[[nodiscard]] std::filesystem::path shared_dir();
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

}  // namespace quoth::test
