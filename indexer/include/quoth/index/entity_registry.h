// Keeps the index-wide entity registry (one entity document per entity)
// consistent while articles are added, replaced and removed: each article's
// contribution is added or taken back, touched records are cached and
// written at flush(), in the same Xapian transaction as the articles. The
// entries last written are kept (up to kKeptRecords), so that an entity met
// in batch after batch is not read back and parsed each time. Not
// thread-safe: used by the single writer, the only one writing `db`'s
// registry documents.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <unordered_map>

#include "quoth/analyzers/term_analyzer.h"
#include "quoth/index/entity_contribution.h"
#include "quoth/index/entity_record.h"

namespace quoth {

class EntityRegistry {
 public:
  // `db` is a handle to the shard whose articles feed this registry.
  explicit EntityRegistry(Xapian::WritableDatabase db) : db_(std::move(db)) {}

  void add(const ArticleContribution& contribution, const std::string& article_id);
  void remove(const ArticleContribution& contribution, const std::string& article_id);

  // Writes every touched record (deleting those no article mentions any more).
  void flush();

  // Writes the touched records least recently touched, so that at most
  // `held` stay unwritten: an entity met in batch after batch (a president,
  // a capital) is then written once rather than at every commit.
  void flush_beyond(std::size_t held);

  // Whether some touched record is not written yet.
  [[nodiscard]] bool holds_unwritten() const { return !touched_.empty(); }

  // Forgets every cached record (after the registry documents were deleted).
  void clear() {
    touched_.clear();
    kept_.clear();
  }

 private:
  EntityRecord& record(const EntityContribution& c);
  struct Touched {
    EntityRecord record;
    std::uint64_t at = 0;  // clock_ when last touched
    bool stored = true;    // the database holds an entry for it
  };
  void write(const EntityId& id, Touched& t);

  Xapian::WritableDatabase db_;
  TermAnalyzer analyzer_;  // the words of entity names
  static constexpr std::size_t kKeptRecords = 10000;  // a few MB
  std::uint64_t clock_ = 0;
  std::unordered_map<EntityId, Touched> touched_;
  std::unordered_map<EntityId, EntityRecord> kept_;  // as written at the last flush
};

// Adds every article of `db` to `registry`, in document order, from the
// contributions the articles store (to rebuild a registry from its truth).
void add_articles_of(const Xapian::Database& db, EntityRegistry& registry);

// The id term of an entity document.
[[nodiscard]] std::string entity_id_term(const EntityId& id);

// The registry document of an entry (kind, id, type and name-word terms;
// the entry as JSON data). `analyzer` folds the names into words.
[[nodiscard]] Xapian::Document entity_document(const EntityRecord& r, TermAnalyzer& analyzer);

}  // namespace quoth
