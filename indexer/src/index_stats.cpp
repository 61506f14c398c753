#include "quoth/index/index_stats.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "quoth/index/article_data.h"
#include "quoth/index/article_id.h"
#include "quoth/index/database.h"
#include "quoth/index/entity_contribution.h"
#include "quoth/index/entity_record.h"
#include "quoth/index/file_state.h"
#include "quoth/index/schema.h"
#include "quoth/index/shards.h"

namespace quoth {
namespace {

// The first term of a document with the given prefix (without the prefix).
std::string first_term(const Xapian::Document& doc, std::string_view prefix) {
  const std::string p(prefix);
  auto it = doc.termlist_begin();
  it.skip_to(p);
  if (it != doc.termlist_end() && (*it).compare(0, p.size(), p) == 0) return (*it).substr(p.size());
  return {};
}

template <typename Fn>
void for_each_doc(const Xapian::Database& db, std::string_view kind, Fn&& fn) {
  const std::string term = schema::kind_term(kind);
  for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) fn(db.get_document(*p));
}

}  // namespace

IndexStats read_stats(const Xapian::Database& db) {
  IndexStats s;
  s.articles = db.get_termfreq(schema::kind_term(schema::doc_kind::kArticle));
  s.quotes = db.get_termfreq(schema::kind_term(schema::doc_kind::kQuote));
  // Distinct ids: with shards, one entity may have a registry entry in each.
  const std::string prefix(schema::prefix::kEntityId);
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) ++s.entities;
  const std::string bytes = db.get_metadata(std::string(schema::meta::kByteCount));
  s.bytes = bytes.empty() ? 0 : std::stoull(bytes);
  s.schema = db.get_metadata(std::string(schema::meta::kSchemaVersion));
  s.last_indexed = db.get_metadata(std::string(schema::meta::kLastIndexed));
  return s;
}

IndexStats read_stats(const std::string& location) {
  const OpenedIndex all = open_shards_for_reading(location, {});
  IndexStats s = read_stats(all.db);
  // Metadata of a combined database is its first shard's: add up the rest.
  s.bytes = 0;
  for (const ShardSpec& spec : resolve_shards(location)) {
    const IndexStats one = read_stats(open_shards_for_reading(spec.remote() ? "tcp://" + spec.describe() : spec.path, {}).db);
    s.bytes += one.bytes;
    s.last_indexed = std::max(s.last_indexed, one.last_indexed);
  }
  return s;
}

std::string stats_json(const IndexStats& s) {
  nlohmann::ordered_json j;
  j["articles"] = s.articles;
  j["quotes"] = s.quotes;
  j["entities"] = s.entities;
  j["bytes"] = s.bytes;
  j["schema"] = s.schema;
  j["last_indexed"] = s.last_indexed;
  return j.dump();
}

namespace {

// What one shard holds, for the checks that span shards.
struct ShardContents {
  std::set<std::string> identities;
  std::vector<FileState> files;
  std::map<EntityId, EntityRecord> expected;  // registry as the articles imply it
  std::map<EntityId, EntityRecord> found;     // registry entries present
  bool registry_pending = false;              // records not written yet (index_writer.h)
};

// Checks one shard's own invariants (articles, their quotes, its byte
// counter) and collects what the index-wide checks need.
ShardContents check_shard(const std::string& path, std::vector<std::string>& problems) {
  ShardContents contents;
  const Xapian::Database db = open_index_for_reading(path);
  const auto problem = [&](const std::string& what) { problems.push_back(path + ": " + what); };

  std::set<std::string> article_keys;
  std::map<std::string, std::size_t> declared_quotes;
  std::map<EntityId, EntityRecord>& expected = contents.expected;
  std::uint64_t bytes = 0;
  for_each_doc(db, schema::doc_kind::kArticle, [&](const Xapian::Document& doc) {
    const std::string stored = doc.get_data();
    const ArticleData article = read_article_data(stored);
    const nlohmann::json& data = article.fields;
    const std::string id = data.is_object() ? data.value(schema::data::kId, "") : "";
    const std::string key = article_key(id);
    if (first_term(doc, schema::prefix::kArticleId) != key) {
      problem("article " + std::to_string(doc.get_docid()) + " (" + id + ") has a wrong id term");
    }
    article_keys.insert(key);
    contents.identities.insert(id);
    declared_quotes[key] = data.is_object() ? data.value(schema::data::kQuoteCount, std::size_t{0}) : 0;
    bytes += article.text.size();
    for (const EntityContribution& c : stored_contribution(doc)) {
      EntityRecord& r = expected[c.id];
      r.id = c.id;
      ++r.articles;
      r.quotes += c.quotes;
      r.mentions += c.mentions;
      for (const auto& [name, n] : c.names) r.names[name] += n;
    }
  });

  std::map<std::string, std::size_t> found_quotes;
  for_each_doc(db, schema::doc_kind::kQuote, [&](const Xapian::Document& doc) {
    const std::string key = first_term(doc, schema::prefix::kQuoteArticle);
    if (!article_keys.count(key)) problem("quote " + std::to_string(doc.get_docid()) + " belongs to no article");
    ++found_quotes[key];
  });
  for (const auto& [key, n] : declared_quotes) {
    const std::size_t found = found_quotes.count(key) ? found_quotes[key] : 0;
    if (found != n) {
      problem("article " + key + " declares " + std::to_string(n) + " quotes, the index has " + std::to_string(found));
    }
  }

  for_each_doc(db, schema::doc_kind::kEntity, [&](const Xapian::Document& doc) {
    const EntityRecord r = entity_record_from_json(nlohmann::json::parse(doc.get_data(), nullptr, false));
    merge_into(contents.found[r.id], r);
  });
  if (read_stats(db).bytes != bytes) {
    problem("byte count " + std::to_string(read_stats(db).bytes) + " != stored text " + std::to_string(bytes));
  }
  contents.files = all_file_states(db);
  contents.registry_pending = !db.get_metadata(std::string(schema::meta::kRegistryPending)).empty();
  return contents;
}

}  // namespace

std::vector<std::string> check_index(const std::string& location) {
  std::vector<std::string> problems;
  std::set<std::string> identities;
  std::vector<FileState> files;
  std::map<EntityId, EntityRecord> expected, found;
  bool registry_pending = false;
  for (const ShardSpec& shard : resolve_shards(location)) {
    if (shard.remote()) {
      problems.push_back(shard.describe() + ": remote shards are checked where they are served");
      continue;
    }
    std::ostringstream report;
    const std::size_t errors = Xapian::Database::check(shard.path, Xapian::DBCHECK_SHORT_TREE, &report);
    if (errors > 0) {
      problems.push_back(shard.path + ": Xapian's check found " + std::to_string(errors) + " error(s): " + report.str());
      continue;
    }
    ShardContents contents = check_shard(shard.path, problems);
    registry_pending = registry_pending || contents.registry_pending;
    identities.merge(contents.identities);
    files.insert(files.end(), contents.files.begin(), contents.files.end());
    for (auto& [id, r] : contents.expected) merge_into(expected[id], r);
    for (auto& [id, r] : contents.found) merge_into(found[id], r);
  }
  // The parts of a new index being built write their registry last; the
  // merge that ends the build completes it (part_build.h).
  if (registry_pending) {
    found.clear();
    expected.clear();
  }
  for (const auto& [id, r] : found) {
    const auto it = expected.find(id);
    if (it == expected.end()) {
      problems.push_back(location + ": entity " + id + " is mentioned by no article");
    } else if (it->second.articles != r.articles || it->second.quotes != r.quotes ||
               it->second.mentions != r.mentions || it->second.names != r.names) {
      problems.push_back(location + ": entity " + id + " has counts or names that disagree with its articles");
    }
  }
  for (const auto& [id, r] : expected) {
    if (!found.count(id)) problems.push_back(location + ": entity " + id + " has no registry entry");
  }
  for (const FileState& f : files) {
    for (const std::string& identity : f.articles) {
      if (!identities.count(identity)) problems.push_back(f.path + ": recorded article " + identity + " is missing");
    }
  }
  return problems;
}

}  // namespace quoth
