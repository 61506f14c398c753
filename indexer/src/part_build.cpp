#include "quoth/index/part_build.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <system_error>

#include <nlohmann/json.hpp>

#include "quoth/analyzers/term_analyzer.h"
#include "quoth/index/article_data.h"
#include "quoth/index/compaction.h"
#include "quoth/index/database.h"
#include "quoth/index/entity_contribution.h"
#include "quoth/index/entity_record.h"
#include "quoth/index/entity_registry.h"
#include "quoth/index/schema.h"
#include "quoth/index/shards.h"

namespace fs = std::filesystem;

namespace quoth {
namespace {

constexpr const char* kMarkerName = "quoth.parts";
constexpr const char* kMergingName = "quoth.merging";  // a merge under way

std::uint64_t number_in(const Xapian::Database& db, std::string_view key) {
  const std::string v = db.get_metadata(std::string(key));
  return v.empty() ? 0 : std::stoull(v);
}

// The terms starting with `prefix` that more than one part holds, each with
// the parts holding it (in part order).
std::map<std::string, std::vector<std::size_t>> terms_in_several(const std::vector<Xapian::WritableDatabase>& parts,
                                                                 std::string_view prefix) {
  std::map<std::string, std::vector<std::size_t>> where;
  const std::string p(prefix);
  for (std::size_t k = 0; k < parts.size(); ++k) {
    for (auto t = parts[k].allterms_begin(p); t != parts[k].allterms_end(p); ++t) where[*t].push_back(k);
  }
  std::erase_if(where, [](const auto& entry) { return entry.second.size() < 2; });
  return where;
}

// An identity on lines of a JSON Lines file that went to different parts:
// the last copy wins, as when one writer replaces an article. The earlier
// copies go, with their quotes, their registry contributions (unless the
// registry is made anew) and their bytes in their part's count.
void drop_replaced_articles(std::vector<Xapian::WritableDatabase>& parts, bool registry_made_anew) {
  std::vector<std::unique_ptr<EntityRegistry>> registries(parts.size());
  std::vector<std::uint64_t> dropped(parts.size(), 0);
  for (const auto& [term, holders] : terms_in_several(parts, schema::prefix::kArticleId)) {
    const std::string quotes = schema::term(schema::prefix::kQuoteArticle, term.substr(schema::prefix::kArticleId.size()));
    for (std::size_t i = 0; i + 1 < holders.size(); ++i) {
      Xapian::WritableDatabase& db = parts[holders[i]];
      const Xapian::Document doc = db.get_document(*db.postlist_begin(term));
      const std::string data = doc.get_data();
      const ArticleData article = read_article_data(data);
      dropped[holders[i]] += article.text.size();
      if (!registry_made_anew) {
        auto& registry = registries[holders[i]];
        if (!registry) registry = std::make_unique<EntityRegistry>(db);
        registry->remove(stored_contribution(doc),
                         article.fields.is_object() ? article.fields.value(schema::data::kId, "") : "");
      }
      db.delete_document(quotes);  // in this part, all of them are this copy's
      db.delete_document(term);
    }
  }
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (registries[k]) registries[k]->flush();
    if (dropped[k] == 0) continue;
    const std::uint64_t bytes = number_in(parts[k], schema::meta::kByteCount);
    parts[k].set_metadata(std::string(schema::meta::kByteCount), std::to_string(bytes - std::min(bytes, dropped[k])));
  }
}

// One registry entry per entity: the parts' entries merged in part order,
// so roles keep the order of the articles stating them, the merged entry in
// the last part. Returns how many entities had entries in several parts.
std::size_t merge_registry_entries(std::vector<Xapian::WritableDatabase>& parts) {
  TermAnalyzer analyzer;
  const auto repeated = terms_in_several(parts, schema::prefix::kEntityId);
  for (const auto& [term, holders] : repeated) {
    EntityRecord merged;
    for (const std::size_t k : holders) {
      const std::string data = parts[k].get_document(*parts[k].postlist_begin(term)).get_data();
      merge_into(merged, entity_record_from_json(nlohmann::json::parse(data, nullptr, false)));
      parts[k].delete_document(term);
    }
    parts.back().add_document(entity_document(merged, analyzer));
  }
  return repeated.size();
}

// The registry made anew from the articles, in the last part: for parts
// that a killed run left with records unwritten or half merged.
void rebuild_registry(std::vector<Xapian::WritableDatabase>& parts) {
  for (Xapian::WritableDatabase& db : parts) db.delete_document(schema::kind_term(schema::doc_kind::kEntity));
  EntityRegistry registry(parts.back());
  for (const Xapian::WritableDatabase& db : parts) add_articles_of(db, registry);
  registry.flush();
}

void remove_part_build(const fs::path& location) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(location, ec)) {
    if (entry.path().filename().string().starts_with("shard-")) fs::remove_all(entry.path(), ec);
  }
  fs::remove(location / kMarkerName, ec);
  fs::remove(location / kMergingName, ec);
}

}  // namespace

bool is_part_build(const std::string& location) {
  std::error_code ec;
  return fs::exists(fs::path(location) / kMarkerName, ec);
}

std::vector<Xapian::WritableDatabase> start_part_build(const std::string& location, unsigned parts) {
  std::error_code ec;
  fs::create_directories(location, ec);
  std::ofstream marker(fs::path(location) / kMarkerName);
  marker << parts << '\n';
  marker.close();
  if (!marker) throw IndexError(location + ": cannot start a parallel build (cannot write " + kMarkerName + ")");
  // Unsynced: a process killed meanwhile loses nothing committed (the page
  // cache keeps it), and the merged index, the one that stays, is synced.
  return open_shards_for_writing(location, parts, Xapian::DB_NO_SYNC);
}

MergeResult merge_parts(const std::string& location, const std::vector<FileState>& records) {
  MergeResult result;
  if (!is_sharded_index(location)) {  // killed before the parts existed
    remove_part_build(location);
    return result;
  }
  // The parts are made to agree (one registry entry per entity, one copy of
  // an article), then Xapian's compaction joins them into a copy beside the
  // index, part k's documents after part k-1's, and that copy is put in
  // place. A merge killed after changing some parts and not others leaves
  // the marker: the next one makes the registry anew from the articles.
  const fs::path marker = fs::path(location) / kMergingName;
  std::error_code ec;
  bool registry_made_anew = fs::exists(marker, ec);
  const std::string copy = compacting_path(location);
  fs::remove_all(merging_path(location), ec);  // left by an earlier version's merge
  fs::remove_all(copy, ec);
  try {
    std::vector<Xapian::WritableDatabase> parts;
    for (const ShardSpec& part : resolve_shards(location)) {
      result.bytes_before += index_bytes(part.path);
      parts.push_back(open_index_for_writing(part.path, Xapian::DB_NO_SYNC));
      const std::string pending = parts.back().get_metadata(std::string(schema::meta::kRegistryPending));
      registry_made_anew = registry_made_anew || !pending.empty();
    }
    std::ofstream(marker) << "merging\n";
    drop_replaced_articles(parts, registry_made_anew);
    if (registry_made_anew) {
      rebuild_registry(parts);
    } else {
      result.merged_entities = merge_registry_entries(parts);
    }
    std::uint64_t bytes = 0, generation = 0;
    std::string last_indexed;
    Xapian::Database all;
    for (Xapian::WritableDatabase& db : parts) {
      db.commit();
      bytes += number_in(db, schema::meta::kByteCount);
      generation = std::max(generation, number_in(db, schema::meta::kGeneration));
      last_indexed = std::max(last_indexed, db.get_metadata(std::string(schema::meta::kLastIndexed)));
      all.add_database(db);
    }
    all.compact(copy);
    all.close();
    for (Xapian::WritableDatabase& db : parts) db.close();
    // Metadata is the first part's after the compaction: the sums go in now
    // (a few blocks, so the copy stays compact).
    Xapian::WritableDatabase out(copy, Xapian::DB_OPEN);
    out.set_metadata(std::string(schema::meta::kByteCount), std::to_string(bytes));
    out.set_metadata(std::string(schema::meta::kGeneration), std::to_string(generation));
    out.set_metadata(std::string(schema::meta::kLastIndexed), last_indexed);
    out.set_metadata(std::string(schema::meta::kRegistryPending), "");
    for (const FileState& record : records) write_file_state(out, record);
    out.commit();
    out.close();
  } catch (const Xapian::Error& e) {
    fs::remove_all(copy, ec);
    throw IndexError(location + ": cannot merge the parts of the new index: " + e.get_description());
  }
  put_compacted_copy_in_place(location);
  result.bytes_after = index_bytes(location);
  return result;
}

}  // namespace quoth
