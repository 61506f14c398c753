#include "quoth/index/part_build.h"

#include <filesystem>
#include <fstream>
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

std::uint64_t number_in(const Xapian::Database& db, std::string_view key) {
  const std::string v = db.get_metadata(std::string(key));
  return v.empty() ? 0 : std::stoull(v);
}

// The terms starting with `prefix` that index more than one document.
std::vector<std::string> repeated_terms(const Xapian::Database& db, const std::string& prefix) {
  std::vector<std::string> out;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    if (t.get_termfreq() > 1) out.push_back(*t);
  }
  return out;
}

// One registry entry per entity: the parts' entries merged in part order,
// so roles keep the order of the articles stating them. The merged entry is
// added at the end rather than put in place of the first: the compacted
// B-trees' blocks are full, and growing an entry in place splits them.
std::size_t merge_registry_entries(Xapian::WritableDatabase& db) {
  const std::vector<std::string> repeated = repeated_terms(db, std::string(schema::prefix::kEntityId));
  TermAnalyzer analyzer;
  for (const std::string& term : repeated) {
    EntityRecord merged;
    const std::vector<Xapian::docid> entries(db.postlist_begin(term), db.postlist_end(term));
    for (const Xapian::docid d : entries) {
      merge_into(merged, entity_record_from_json(nlohmann::json::parse(db.get_document(d).get_data(), nullptr, false)));
    }
    for (const Xapian::docid d : entries) db.delete_document(d);
    db.add_document(entity_document(merged, analyzer));
  }
  return repeated.size();
}

// An identity on lines of a JSON Lines file that went to different parts:
// the last copy wins, as when one writer replaces an article. Returns the
// stored bytes of the copies dropped.
std::uint64_t drop_replaced_articles(Xapian::WritableDatabase& db) {
  std::uint64_t dropped = 0;
  EntityRegistry registry(db);
  for (const std::string& term : repeated_terms(db, std::string(schema::prefix::kArticleId))) {
    std::vector<Xapian::docid> copies(db.postlist_begin(term), db.postlist_end(term));
    const Xapian::docid kept = copies.back();
    const Xapian::Document last = db.get_document(kept);
    const std::string last_data = last.get_data();
    const ArticleData last_article = read_article_data(last_data);
    const std::string identity = last_article.fields.is_object() ? last_article.fields.value(schema::data::kId, "") : "";
    copies.pop_back();
    for (const Xapian::docid d : copies) {
      const Xapian::Document doc = db.get_document(d);
      const std::string data = doc.get_data();
      dropped += read_article_data(data).text.size();
      registry.remove(stored_contribution(doc), identity);
      db.delete_document(d);
    }
    // Its quotes follow it; the earlier copies' come before it.
    const std::string quotes = schema::term(schema::prefix::kQuoteArticle, term.substr(schema::prefix::kArticleId.size()));
    std::vector<Xapian::docid> stale;
    for (auto p = db.postlist_begin(quotes); p != db.postlist_end(quotes) && *p < kept; ++p) stale.push_back(*p);
    for (const Xapian::docid d : stale) db.delete_document(d);
    // The kept copy's roles go after the others', where a replacement puts them.
    registry.remove(stored_contribution(last), identity);
    registry.add(stored_contribution(last), identity);
  }
  registry.flush();
  return dropped;
}

void remove_part_build(const fs::path& location) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(location, ec)) {
    if (entry.path().filename().string().starts_with("shard-")) fs::remove_all(entry.path(), ec);
  }
  fs::remove(location / kMarkerName, ec);
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
  Xapian::Database all;
  std::uint64_t bytes = 0, generation = 0;
  std::string last_indexed;
  for (const ShardSpec& part : resolve_shards(location)) {
    const Xapian::Database db = open_index_for_reading(part.path);
    bytes += number_in(db, schema::meta::kByteCount);
    generation = std::max(generation, number_in(db, schema::meta::kGeneration));
    last_indexed = std::max(last_indexed, db.get_metadata(std::string(schema::meta::kLastIndexed)));
    all.add_database(db);
    result.bytes_before += index_bytes(part.path);
  }
  // The parts are joined into a scratch copy and put right there; that copy
  // compacted is the index (glass writes each changed block anew, so
  // changes to a compacted database leave it larger).
  const std::string scratch = merging_path(location), copy = compacting_path(location);
  std::error_code ec;
  fs::remove_all(scratch, ec);
  fs::remove_all(copy, ec);
  try {
    all.compact(scratch);  // part k's documents follow part k-1's
    Xapian::WritableDatabase out(scratch, Xapian::DB_OPEN | Xapian::DB_NO_SYNC);
    result.merged_entities = merge_registry_entries(out);
    bytes -= std::min(bytes, drop_replaced_articles(out));
    out.set_metadata(std::string(schema::meta::kByteCount), std::to_string(bytes));
    out.set_metadata(std::string(schema::meta::kGeneration), std::to_string(generation));
    out.set_metadata(std::string(schema::meta::kLastIndexed), last_indexed);
    for (const FileState& record : records) write_file_state(out, record);
    out.commit();
    out.close();
    Xapian::Database(scratch).compact(copy);
    fs::remove_all(scratch, ec);
  } catch (const Xapian::Error& e) {
    fs::remove_all(scratch, ec);
    fs::remove_all(copy, ec);
    throw IndexError(location + ": cannot merge the parts of the new index: " + e.get_description());
  }
  put_compacted_copy_in_place(location);
  result.bytes_after = index_bytes(location);
  return result;
}

}  // namespace quoth
