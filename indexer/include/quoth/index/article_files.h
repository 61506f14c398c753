// Finding article files and reading them into Articles: the indexer's edge
// with the file system. Per-file problems are values (FileError), never
// exceptions, so one bad file never stops the rest.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "quoth/analyzers/article.h"

namespace quoth {

struct FileError {
  std::string path;
  std::string reason;
};

struct LoadedArticle {
  std::string identity;  // what makes the article unique in the index
  std::string path;      // the file it came from (absolute)
  Article article;
};

// What one file yields: a .txt file one article, a JSON Lines file one per
// good line. Errors skip an article (or the whole file); warnings do not.
struct ArticleFile {
  std::string content_hash;  // of the file's bytes; empty if they could not be read
  std::size_t bytes = 0;
  std::vector<LoadedArticle> articles;
  std::vector<FileError> errors;
  std::vector<FileError> warnings;
};

// Expands files and directories (recursively, following symlinks without
// looping) into the article files they hold, sorted. Unreadable entries and
// unsupported explicitly named files are reported in `errors`.
[[nodiscard]] std::vector<std::filesystem::path> collect_article_files(
    const std::vector<std::string>& inputs, std::vector<FileError>& errors);

// The absolute, lexically normal form of a path: an article file's identity.
[[nodiscard]] std::string absolute_path_of(const std::filesystem::path& path);

// One JSON Lines record as an article of `source` (a file path or "stdin"):
// identity SOURCE#id, or SOURCE#line-N when the record has no id. Returns
// nothing for a blank line; a bad line sets `error` (a FileError naming
// SOURCE:LINE).
[[nodiscard]] std::optional<LoadedArticle> read_json_line(std::string_view line, const std::string& source,
                                                          std::size_t number, std::optional<FileError>& error);

// Whether a file name has an extension quoth reads, and the list of them.
[[nodiscard]] bool is_article_file(const std::filesystem::path& path);
[[nodiscard]] std::string supported_extensions();
[[nodiscard]] bool is_json_lines_file(const std::filesystem::path& path);

// A single article (not a JSON Lines file, which is read line by line) larger
// than this is refused with an error: no news article is 16 MB of text.
inline constexpr std::uintmax_t kMaxArticleFileBytes = 16u << 20;

// Reads one article file: .txt (first non-empty line the title), .md, .html
// (main text; a legacy charset it declares is converted), or .jsonl (one
// article per line, identity PATH#id or PATH#line-N; a bad line is an error
// naming PATH:LINE and the others are read). Invalid UTF-8 is repaired
// (U+FFFD) with a warning; binary files, empty files, files over
// kMaxArticleFileBytes and pages with no article text are errors.
[[nodiscard]] ArticleFile load_article_file(const std::filesystem::path& path);

}  // namespace quoth
