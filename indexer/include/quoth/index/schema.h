// The index schema: the one description of how quoth lays out a Xapian
// database, shared by quoth-index (which writes it) and quoth (which reads it).
// No prefix, slot or data field is spelled anywhere else.
//
// Offsets: every character offset quoth stores or reports is a Unicode
// code-point offset into the article's stored text (DataField::kText). For a
// plain-text file that text is the file's whole decoded content, title line
// included, so offsets line up with the file; for Markdown it is the text with
// the markup stripped, for HTML the page's title and main text (see
// html_reader.h), for JSON Lines the record's text.
//
// Changing anything here that an existing index depends on means bumping
// kSchemaVersion; opening an index of another version is refused with a
// message telling how to rebuild it (see database.h).
#pragma once

#include <xapian.h>

#include <array>
#include <string>
#include <string_view>

namespace quoth::schema {

inline constexpr std::string_view kSchemaVersion = "6";

// Database metadata keys.
namespace meta {
inline constexpr std::string_view kSchemaVersion = "quoth.schema";
inline constexpr std::string_view kLastIndexed = "quoth.last_indexed";  // ISO 8601 UTC
inline constexpr std::string_view kArticleCount = "quoth.articles";     // decimal
inline constexpr std::string_view kQuoteCount = "quoth.quotes";
inline constexpr std::string_view kEntityCount = "quoth.entities";
inline constexpr std::string_view kByteCount = "quoth.bytes";  // stored article text
inline constexpr std::string_view kGeneration = "quoth.generation";  // commit round (same in every shard)
// "1" while some registry records are not written yet (the parts of a new
// index write theirs late: index_writer.h); absent otherwise.
inline constexpr std::string_view kRegistryPending = "quoth.registry_pending";
// + hex key of a source file's path -> FileState JSON (see file_state.h)
inline constexpr std::string_view kFileStatePrefix = "quoth.file.";
}  // namespace meta
inline constexpr std::string_view kSchemaVersionKey = meta::kSchemaVersion;
inline constexpr std::string_view kLastIndexedKey = meta::kLastIndexed;

// Three kinds of documents share the database, told apart by a K term.
namespace doc_kind {
inline constexpr std::string_view kArticle = "article";
inline constexpr std::string_view kQuote = "quote";    // one statement of an article
inline constexpr std::string_view kEntity = "entity";  // one index-wide entity (the registry)
}  // namespace doc_kind

// Term prefixes (Xapian convention: upper-case letters, X for multi-letter;
// stems are "Z" + prefix + stem).
namespace prefix {
inline constexpr std::string_view kDocKind = "K";    // + doc_kind
inline constexpr std::string_view kArticleId = "Q";  // + article key (articles)
inline constexpr std::string_view kTitle = "S";      // + title word (title words are also unprefixed)
inline constexpr std::string_view kSource = "XSRC";  // + folded source word
inline constexpr std::string_view kStem = "Z";       // + stem of an unprefixed word

// Entities on articles: ids (boolean) and the words of every name used.
inline constexpr std::string_view kPersonId = "XPID";  // + entity id
inline constexpr std::string_view kOrgId = "XOID";
inline constexpr std::string_view kPlaceId = "XLID";
inline constexpr std::string_view kPersonWord = "XPER";  // + word of a person's name
inline constexpr std::string_view kOrgWord = "XORG";
inline constexpr std::string_view kPlaceWord = "XPLA";
// Speakers of the article's statements (articles and quotes).
inline constexpr std::string_view kSpeakerId = "XSID";    // + entity id
inline constexpr std::string_view kSpeakerWord = "XSPK";  // + word of the speaker's name/description

// Quote documents.
inline constexpr std::string_view kQuoteArticle = "XART";  // + article key of its article
inline constexpr std::string_view kQuoteWord = "XQ";       // + content word, with positions
inline constexpr std::string_view kQuoteKind = "XKIND";    // + direct | mixed | indirect
inline constexpr std::string_view kAttributed = "XATTRIBUTED";  // a whole term: the quote has a speaker
inline constexpr std::string_view kSpeakerValue = "XSV";  // + slot::kSpeaker's value (see speaker_value_term)

// Entity documents.
inline constexpr std::string_view kEntityId = "XEID";    // + entity id
inline constexpr std::string_view kEntityName = "XNAME";  // + word of any alias
inline constexpr std::string_view kEntityType = "XTYPE";  // + PERSON | ORG | PLACE ...
}  // namespace prefix

// Value slots.
namespace slot {
inline constexpr Xapian::valueno kDate = 0;      // "YYYYMMDD" (sortable, range-searchable)
inline constexpr Xapian::valueno kSource = 1;    // source as written
inline constexpr Xapian::valueno kArticleKey = 2;  // article key (articles and quotes)
inline constexpr Xapian::valueno kSpeaker = 3;   // quotes: speaker entity id, or "~" + description
// Unique and independent of document ids: breaks ties in score the same way
// however the index is sharded (articles: article key; quotes: article key
// + ":" + zero-padded start offset).
inline constexpr Xapian::valueno kTieBreak = 4;
// "YYYYMMDD" + kTieBreak: newest-first order that is the same however the
// index is sharded (remote shards cannot take a KeyMaker).
inline constexpr Xapian::valueno kDateOrder = 5;
// Articles: what the article contributes to the entity registry, so that
// replacing or removing it can take that back: a JSON array [{id, canonical,
// type, names, roles, mentions, quotes}] (entity_contribution.h). A slot of
// its own, not document data, so that showing a hit does not parse it.
inline constexpr Xapian::valueno kEntities = 6;
// Articles: the registry entities the article names, one "TYPE id" a line
// (PERSON person:steve-witkoff): co-occurrence without parsing kEntities.
inline constexpr Xapian::valueno kEntityIds = 7;
}  // namespace slot

// Document data: one JSON object per document with these fields.
namespace data {
// Articles.
inline constexpr std::string_view kId = "id";        // identity: the path, or path#id for JSONL
inline constexpr std::string_view kPath = "path";    // the file it came from
inline constexpr std::string_view kTitle = "title";
inline constexpr std::string_view kSource = "source";
inline constexpr std::string_view kDate = "date";    // ISO 8601 YYYY-MM-DD or ""
inline constexpr std::string_view kText = "text";    // the stored text all offsets index (after the fields: article_data.h)
inline constexpr std::string_view kMetadata = "metadata";  // extra key/values (JSONL)
inline constexpr std::string_view kQuoteCount = "quotes";
// Quotes (plus kId/kPath/kTitle/kSource/kDate of their article).
inline constexpr std::string_view kQuoteText = "quote";
inline constexpr std::string_view kKind = "kind";
inline constexpr std::string_view kStart = "start";
inline constexpr std::string_view kEnd = "end";
inline constexpr std::string_view kCue = "cue";
inline constexpr std::string_view kSpeaker = "speaker";        // display name
inline constexpr std::string_view kSpeakerId = "speaker_id";   // entity id or ""
inline constexpr std::string_view kSpeakerText = "speaker_text";  // the mention as written
inline constexpr std::string_view kSpeakerRole = "speaker_role";
inline constexpr std::string_view kAnonymous = "anonymous";
// Entities (registry).
inline constexpr std::string_view kEntityId = "id";
inline constexpr std::string_view kCanonical = "canonical";
inline constexpr std::string_view kType = "type";
inline constexpr std::string_view kAliases = "aliases";  // {alias: mentions}
inline constexpr std::string_view kRoles = "roles";      // [{role, article}]
inline constexpr std::string_view kArticles = "articles";  // article count
inline constexpr std::string_view kQuotes = "quotes";      // quote count
inline constexpr std::string_view kMentions = "mentions";
}  // namespace data

// A prefixed term: term(prefix::kDocKind, doc_kind::kQuote) == "Kquote".
inline std::string term(std::string_view prefix, std::string_view value) {
  std::string t;
  t.reserve(prefix.size() + value.size());
  t.append(prefix).append(value);
  return t;
}
inline std::string kind_term(std::string_view kind) { return term(prefix::kDocKind, kind); }
// The boolean term of a quote's speaker (its slot::kSpeaker value), cut to
// fit Xapian's term length.
inline std::string speaker_value_term(std::string_view value) {
  return term(prefix::kSpeakerValue, value.substr(0, 200));
}

// Query fields the searcher accepts as FIELD:value, with their term prefix.
struct QueryField {
  std::string_view name;
  std::string_view prefix;
};
// A field whose prefix is empty is handled specially by the parser (date
// ranges on slot::kDate).
inline constexpr std::array kQueryFields{
    QueryField{"title", prefix::kTitle},       QueryField{"source", prefix::kSource},
    QueryField{"person", prefix::kPersonWord}, QueryField{"org", prefix::kOrgWord},
    QueryField{"place", prefix::kPlaceWord},   QueryField{"speaker", prefix::kSpeakerWord},
    QueryField{"quote", prefix::kQuoteWord},   QueryField{"date", ""},
};

}  // namespace quoth::schema
