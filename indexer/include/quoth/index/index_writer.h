// The single writer of a quoth index: applies prepared articles and removals
// to the database, keeps the quote documents, the entity registry, the file
// states and the byte counter consistent with the articles, and commits in
// batches. Everything between two commits lands together or not at all, so a
// killed indexer leaves the last commit intact. With several shards, each
// article (with its quotes) goes to the shard of its identity and each file
// record to the shard of its path; the entity registry lives in shard 0
// only, so the collection (and BM25's statistics) is the same as in one
// database. Shards commit in parallel, shard 0 last, each stamping the same
// generation; if a killed run leaves them apart, the next writer rebuilds
// the registry from the articles' stored contributions. Not thread-safe.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "quoth/analyzers/term_analyzer.h"
#include "quoth/index/document_builder.h"
#include "quoth/index/entity_registry.h"
#include "quoth/index/file_state.h"

namespace quoth {

class IndexWriter {
 public:
  // Commits after about `batch_documents` added documents (articles and
  // quotes), or sooner when they hold kBatchTerms terms: Xapian holds a
  // batch's postings in memory until the commit, and long articles have many.
  //
  // Registry::kHeld is for the parts of a new index (part_build.h): a commit
  // writes only the registry records beyond kHeldRecords, the ones least
  // recently touched, and marks the database's registry as pending
  // (schema::meta::kRegistryPending) until finish() writes the rest; a part
  // left pending by a killed run has its registry rebuilt when merged.
  enum class Registry { kEveryCommit, kHeld };
  IndexWriter(std::vector<Xapian::WritableDatabase> shards, std::size_t batch_documents,
              Registry registry = Registry::kEveryCommit);
  IndexWriter(Xapian::WritableDatabase db, std::size_t batch_documents, Registry registry = Registry::kEveryCommit)
      : IndexWriter(std::vector<Xapian::WritableDatabase>{std::move(db)}, batch_documents, registry) {}

  // Replaces the articles of a file with `articles`, removes the ones the
  // file no longer yields, and records its state.
  void write_file(FileState state, std::vector<PreparedArticle>& articles);

  // Adds or replaces one article that has no source file (stdin), or one
  // of a file streamed article by article (then finish with record_file).
  void write_article(PreparedArticle& article);

  // Records a streamed file's state; removes the articles it no longer yields.
  void record_file(const FileState& state);

  // Records a new mtime for a file whose content did not change.
  void touch_file(const FileState& state);

  // Removes every article of a file and forgets the file. Returns how many.
  std::size_t remove_file(const std::string& absolute_path);

  // Removes one article (and its quotes, and its registry contribution).
  bool remove_article(const std::string& identity);

  // Commits pending changes (nothing at all if there are none).
  void commit();

  // Writes the whole registry and commits: the last call of a writer.
  void finish();

  [[nodiscard]] std::size_t removed() const { return removed_; }

 private:
  struct Shard {
    Xapian::WritableDatabase db;
    std::int64_t byte_delta = 0;
    bool dirty = false;
    void commit(std::uint64_t generation);
  };
  // Rebuilds the registry (in shard 0) if the shards' generations differ.
  void reconcile_registry();
  void add_article(PreparedArticle& article);
  void maybe_commit();
  Shard& article_shard(std::string_view identity);
  Shard& file_shard(std::string_view path);

  std::vector<Shard> shards_;
  EntityRegistry registry_;  // on shards_[0]
  Registry registry_writes_;
  static constexpr std::size_t kHeldRecords = 5000;  // a few MB: peak RSS stays flat with corpus size
  std::uint64_t generation_ = 0;
  std::size_t batch_documents_;
  static constexpr std::size_t kBatchTerms = 120000;  // a few tens of MB of postings
  std::size_t pending_documents_ = 0;
  std::size_t pending_terms_ = 0;
  std::size_t removed_ = 0;
};

}  // namespace quoth
