#include "quoth/index/article_files.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include "quoth/analyzers/html_reader.h"
#include "quoth/analyzers/jsonl_reader.h"
#include "quoth/analyzers/markdown_reader.h"
#include "quoth/analyzers/plain_text_reader.h"
#include "quoth/analyzers/utf8.h"
#include "quoth/index/file_state.h"

namespace fs = std::filesystem;

namespace quoth {
namespace {

void walk_directory(const fs::path& dir, std::set<fs::path>& visited_dirs,
                    std::vector<fs::path>& files, std::vector<FileError>& errors) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(dir, ec);
  if (ec) {
    errors.push_back({dir.string(), ec.message()});
    return;
  }
  if (!visited_dirs.insert(canonical).second) return;  // symlink loop or repeat

  fs::directory_iterator it(dir, ec);
  if (ec) {
    errors.push_back({dir.string(), "cannot read directory: " + ec.message()});
    return;
  }
  std::vector<fs::path> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      errors.push_back({dir.string(), "cannot read directory: " + ec.message()});
      break;
    }
    entries.push_back(it->path());
  }
  std::sort(entries.begin(), entries.end());
  for (const auto& entry : entries) {
    const auto status = fs::status(entry, ec);
    if (ec) {
      // A dangling symlink to something we would have read is worth naming.
      if (is_article_file(entry)) errors.push_back({entry.string(), ec.message()});
      continue;
    }
    if (fs::is_directory(status)) {
      walk_directory(entry, visited_dirs, files, errors);
    } else if (fs::is_regular_file(status) && is_article_file(entry)) {
      files.push_back(entry);
    }
  }
}

}  // namespace

std::string absolute_path_of(const fs::path& p) {
  std::error_code ec;
  fs::path abs = fs::absolute(p, ec);
  if (ec) abs = p;
  return abs.lexically_normal().string();
}

namespace {

enum class Format { Unknown, PlainText, Markdown, Html, JsonLines };

// Formats by extension: a table, so adding one is one line.
struct Extension {
  std::string_view ext;
  Format format;
};
constexpr Extension kExtensions[] = {
    {".txt", Format::PlainText}, {".text", Format::PlainText}, {".md", Format::Markdown},
    {".markdown", Format::Markdown}, {".html", Format::Html}, {".htm", Format::Html}, {".xhtml", Format::Html},
    {".jsonl", Format::JsonLines}, {".ndjson", Format::JsonLines},
};

Format format_of(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const Extension& e : kExtensions) {
    if (e.ext == ext) return e.format;
  }
  return Format::Unknown;
}

// One article per line; a bad line is an error naming the line, the rest go on.
void read_json_lines(const std::string& text, const std::string& path, const std::string& shown,
                     ArticleFile& file) {
  std::size_t start = 0;
  for (std::size_t number = 1; start < text.size(); ++number) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + start, end - start);
    start = end + 1;
    std::optional<FileError> error;
    if (auto loaded = read_json_line(line, path, number, error)) file.articles.push_back(std::move(*loaded));
    if (error) file.errors.push_back({shown + ":" + std::to_string(number), error->reason});
  }
}

}  // namespace

std::optional<LoadedArticle> read_json_line(std::string_view line, const std::string& source, std::size_t number,
                                            std::optional<FileError>& error) {
  JsonlResult r = read_jsonl_line(line);
  if (!r.error.empty()) error = FileError{source + ":" + std::to_string(number), r.error};
  if (!r.article) return std::nullopt;
  LoadedArticle loaded;
  loaded.path = source;
  loaded.identity = source + "#" + (r.article->id.empty() ? "line-" + std::to_string(number) : r.article->id);
  loaded.article = std::move(r.article->article);
  return loaded;
}

bool is_article_file(const fs::path& path) { return format_of(path) != Format::Unknown; }
bool is_json_lines_file(const fs::path& path) { return format_of(path) == Format::JsonLines; }

std::string supported_extensions() {
  std::string list;
  for (const Extension& e : kExtensions) list += (list.empty() ? "" : " ") + std::string(e.ext);
  return list;
}

std::vector<fs::path> collect_article_files(const std::vector<std::string>& inputs,
                                            std::vector<FileError>& errors) {
  std::vector<fs::path> files;
  std::set<fs::path> visited_dirs;
  for (const auto& input : inputs) {
    std::error_code ec;
    const fs::path p(input);
    const auto status = fs::status(p, ec);
    if (ec) {
      errors.push_back({input, ec.message()});
    } else if (fs::is_directory(status)) {
      walk_directory(p, visited_dirs, files, errors);
    } else if (!fs::is_regular_file(status)) {
      errors.push_back({input, "not a regular file"});
    } else if (!is_article_file(p)) {
      errors.push_back({input, "unsupported file type (quoth reads " + supported_extensions() + ")"});
    } else {
      files.push_back(p);
    }
  }
  // Deduplicate by absolute path, keeping the first spelling.
  std::set<std::string> seen;
  std::erase_if(files, [&](const fs::path& f) { return !seen.insert(absolute_path_of(f)).second; });
  return files;
}

ArticleFile load_article_file(const fs::path& path) {
  const std::string shown = path.string();
  ArticleFile file;
  auto fail = [&](std::string reason) {
    file.errors.push_back({shown, std::move(reason)});
    return file;
  };
  std::error_code size_error;
  const std::uintmax_t size = fs::file_size(path, size_error);
  if (!size_error && size > kMaxArticleFileBytes && format_of(path) != Format::JsonLines) {
    return fail("file too large for one article (" + std::to_string(size >> 20) + " MB; the limit is " +
                std::to_string(kMaxArticleFileBytes >> 20) + " MB; split it, or make it JSON Lines)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(std::string("cannot open: ") + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return fail("read error");
  std::string bytes = std::move(buffer).str();
  file.content_hash = content_hash(bytes);
  file.bytes = bytes.size();

  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string::npos) return fail("empty file");
  if (const auto nul = bytes.find('\0'); nul != std::string::npos) {
    return fail("binary file (NUL byte at offset " + std::to_string(nul) + ")");
  }

  const Format format = format_of(path);
  if (format == Format::Html) {
    // A saved page may declare a legacy encoding; decode it before the UTF-8 check.
    const std::string charset = declared_html_charset(bytes);
    if (!charset.empty()) {
      if (auto converted = convert_to_utf8(bytes, charset)) {
        bytes = std::move(*converted);
      } else {
        file.warnings.push_back({shown, "unknown charset \"" + charset + "\"; read as UTF-8"});
      }
    }
  }
  Utf8Repair repaired = repair_utf8(bytes);
  if (repaired.first_invalid_byte) {
    file.warnings.push_back({shown, "not UTF-8 at byte " + std::to_string(*repaired.first_invalid_byte) +
                                        "; " + std::to_string(repaired.invalid_sequences) +
                                        " invalid sequence(s) replaced by U+FFFD"});
  }
  const std::string absolute = absolute_path_of(path);
  if (format == Format::JsonLines) {
    read_json_lines(repaired.text, absolute, shown, file);
    return file;
  }
  LoadedArticle loaded;
  loaded.path = absolute;
  loaded.identity = absolute;
  switch (format) {
    case Format::Markdown: loaded.article = read_markdown(repaired.text); break;
    case Format::Html: loaded.article = read_html(repaired.text); break;
    default: loaded.article = read_plain_text(std::move(repaired.text)); break;
  }
  if (format == Format::Html && loaded.article.body_span.empty()) return fail("no article text found in the page");
  file.articles.push_back(std::move(loaded));
  return file;
}

}  // namespace quoth
