// The index schema: the one description of how quoth lays out a Xapian
// database, shared by quoth-index (which writes it) and quoth (which reads it).
// No prefix, slot or data field is spelled anywhere else.
//
// Offsets: every character offset quoth stores or reports is a Unicode
// code-point offset into the article's stored text (DataField::kText). For a
// plain-text file that text is the file's whole decoded content, title line
// included, so offsets line up with the file.
//
// Changing anything here that an existing index depends on means bumping
// kSchemaVersion; opening an index of another version is refused with a
// message telling how to rebuild it (see database.h).
#pragma once

#include <xapian.h>

#include <array>
#include <string_view>

namespace quoth::schema {

inline constexpr std::string_view kSchemaVersion = "1";
inline constexpr std::string_view kSchemaVersionKey = "quoth.schema";
inline constexpr std::string_view kLastIndexedKey = "quoth.last_indexed";

// Term prefixes (Xapian convention: upper-case letters, X for multi-letter).
namespace prefix {
inline constexpr std::string_view kArticleId = "Q";  // + hex digest of the article identity
inline constexpr std::string_view kTitle = "S";      // + title word (title words are also unprefixed)
inline constexpr std::string_view kSource = "XSRC";  // + folded source word
inline constexpr std::string_view kDocKind = "K";    // + one of DocKind
}  // namespace prefix

namespace doc_kind {
inline constexpr std::string_view kArticle = "article";
}

// Value slots.
namespace slot {
inline constexpr Xapian::valueno kDate = 0;    // "YYYYMMDD" (sortable, range-searchable)
inline constexpr Xapian::valueno kSource = 1;  // source as written
}  // namespace slot

// Document data: one JSON object with these fields.
namespace data {
inline constexpr std::string_view kId = "id";        // identity: the path, or path#id for JSONL
inline constexpr std::string_view kPath = "path";    // the file it came from
inline constexpr std::string_view kTitle = "title";
inline constexpr std::string_view kSource = "source";
inline constexpr std::string_view kDate = "date";    // ISO 8601 YYYY-MM-DD or ""
inline constexpr std::string_view kText = "text";    // the stored text all offsets index
}  // namespace data

// Query fields the searcher accepts as FIELD:value, with their term prefix.
struct QueryField {
  std::string_view name;
  std::string_view prefix;
};
inline constexpr std::array kQueryFields{
    QueryField{"title", prefix::kTitle},
    QueryField{"source", prefix::kSource},
};

}  // namespace quoth::schema
