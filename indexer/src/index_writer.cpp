#include "quoth/index/index_writer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <set>
#include <thread>

#include "quoth/index/article_data.h"
#include "quoth/index/article_id.h"
#include "quoth/index/schema.h"
#include "quoth/index/shards.h"

namespace quoth {
namespace {

std::string utc_now_iso() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

namespace {

std::uint64_t generation_of(const Xapian::Database& db) {
  const std::string g = db.get_metadata(std::string(schema::meta::kGeneration));
  return g.empty() ? 0 : std::stoull(g);
}

}  // namespace

IndexWriter::IndexWriter(std::vector<Xapian::WritableDatabase> shards, std::size_t batch_documents, Registry registry)
    : registry_(shards.at(0)), registry_writes_(registry), batch_documents_(std::max<std::size_t>(1, batch_documents)) {
  shards_.reserve(shards.size());
  for (Xapian::WritableDatabase& db : shards) shards_.push_back(Shard{db});
  for (const Shard& shard : shards_) generation_ = std::max(generation_, generation_of(shard.db));
  reconcile_registry();
}

void IndexWriter::reconcile_registry() {
  const bool agree = std::all_of(shards_.begin(), shards_.end(),
                                 [&](const Shard& s) { return generation_of(s.db) == generation_; });
  if (agree) return;
  // A run was killed between shard commits: the articles are the truth.
  Xapian::WritableDatabase& home = shards_.front().db;
  home.delete_document(schema::kind_term(schema::doc_kind::kEntity));
  registry_.clear();
  for (const Shard& shard : shards_) add_articles_of(shard.db, registry_);
  for (Shard& shard : shards_) shard.dirty = true;
  commit();
}

IndexWriter::Shard& IndexWriter::article_shard(std::string_view identity) {
  return shards_[shard_of(identity, shards_.size())];
}

IndexWriter::Shard& IndexWriter::file_shard(std::string_view path) {
  return shards_[shard_of(path, shards_.size())];
}

bool IndexWriter::remove_article(const std::string& identity) {
  Shard& shard = article_shard(identity);
  const std::string id_term = article_id_term(identity);
  Xapian::PostingIterator p = shard.db.postlist_begin(id_term);
  if (p == shard.db.postlist_end(id_term)) return false;
  const Xapian::Document doc = shard.db.get_document(*p);
  registry_.remove(stored_contribution(doc), identity);
  const std::string data = doc.get_data();
  shard.byte_delta -= static_cast<std::int64_t>(read_article_data(data).text.size());
  shard.db.delete_document(schema::term(schema::prefix::kQuoteArticle, article_key(identity)));
  shard.db.delete_document(id_term);
  shard.dirty = true;
  ++removed_;
  ++pending_documents_;
  return true;
}

void IndexWriter::add_article(PreparedArticle& article) {
  if (remove_article(article.identity)) --removed_;  // a replacement, not a removal
  Shard& shard = article_shard(article.identity);
  shard.db.replace_document(article_id_term(article.identity), article.document);
  for (const Xapian::Document& quote : article.quotes) shard.db.add_document(quote);
  registry_.add(article.contribution, article.identity);
  shard.byte_delta += static_cast<std::int64_t>(article.bytes);
  shard.dirty = true;
  pending_documents_ += 1 + article.quotes.size();
  pending_terms_ += article.document.termlist_count();
  for (const Xapian::Document& quote : article.quotes) pending_terms_ += quote.termlist_count();
}

void IndexWriter::write_file(FileState state, std::vector<PreparedArticle>& articles) {
  Shard& shard = file_shard(state.path);
  if (const auto old = read_file_state(shard.db, state.path)) {
    for (const std::string& identity : old->articles) {
      const bool still_there = std::any_of(articles.begin(), articles.end(),
                                           [&](const PreparedArticle& a) { return a.identity == identity; });
      if (!still_there) remove_article(identity);
    }
  }
  state.articles.clear();
  for (PreparedArticle& article : articles) {
    add_article(article);
    state.articles.push_back(article.identity);
  }
  write_file_state(shard.db, state);
  shard.dirty = true;
  maybe_commit();
}

void IndexWriter::write_article(PreparedArticle& article) {
  add_article(article);
  maybe_commit();
}

void IndexWriter::record_file(const FileState& state) {
  Shard& shard = file_shard(state.path);
  if (const auto old = read_file_state(shard.db, state.path)) {
    const std::set<std::string> now(state.articles.begin(), state.articles.end());
    for (const std::string& identity : old->articles) {
      if (!now.count(identity)) remove_article(identity);
    }
  }
  write_file_state(shard.db, state);
  shard.dirty = true;
  maybe_commit();
}

void IndexWriter::touch_file(const FileState& state) {
  Shard& shard = file_shard(state.path);
  if (auto old = read_file_state(shard.db, state.path)) {
    old->size = state.size;
    old->mtime_ns = state.mtime_ns;
    write_file_state(shard.db, *old);
    shard.dirty = true;
  }
}

std::size_t IndexWriter::remove_file(const std::string& path) {
  Shard& shard = file_shard(path);
  std::size_t n = 0;
  if (const auto old = read_file_state(shard.db, path)) {
    for (const std::string& identity : old->articles) n += remove_article(identity) ? 1 : 0;
    erase_file_state(shard.db, path);
    shard.dirty = true;
  }
  maybe_commit();
  return n;
}

void IndexWriter::maybe_commit() {
  if (pending_documents_ >= batch_documents_ || pending_terms_ >= kBatchTerms) commit();
}

void IndexWriter::Shard::commit(std::uint64_t generation) {
  if (!dirty) return;
  const std::string key(schema::meta::kByteCount);
  const std::string old = db.get_metadata(key);
  const std::int64_t bytes = (old.empty() ? 0 : std::stoll(old)) + byte_delta;
  db.set_metadata(key, std::to_string(std::max<std::int64_t>(0, bytes)));
  db.set_metadata(std::string(schema::meta::kLastIndexed), utc_now_iso());
  db.set_metadata(std::string(schema::meta::kGeneration), std::to_string(generation));
  db.commit();
  byte_delta = 0;
  dirty = false;
}

void IndexWriter::commit() {
  const bool any = std::any_of(shards_.begin(), shards_.end(), [](const Shard& s) { return s.dirty; });
  if (!any) return;
  ++generation_;
  for (Shard& shard : shards_) shard.dirty = true;  // every shard stamps the new generation
  if (registry_writes_ == Registry::kHeld) {
    registry_.flush_beyond(kHeldRecords);
  } else {
    registry_.flush();
  }
  shards_.front().db.set_metadata(std::string(schema::meta::kRegistryPending), registry_.holds_unwritten() ? "1" : "");
  if (shards_.size() > 1) {
    // Flushing is where Xapian spends its time: the article shards do it
    // side by side; shard 0, with the registry, commits last.
    std::vector<std::exception_ptr> errors(shards_.size());
    {
      std::vector<std::jthread> threads;
      for (std::size_t i = 1; i < shards_.size(); ++i) {
        threads.emplace_back([&, i] {
          try {
            shards_[i].commit(generation_);
          } catch (...) {
            errors[i] = std::current_exception();  // rethrown below, on the writer's thread
          }
        });
      }
    }
    for (const auto& e : errors) {
      if (e) std::rethrow_exception(e);
    }
  }
  shards_.front().commit(generation_);
  pending_documents_ = 0;
  pending_terms_ = 0;
}

void IndexWriter::finish() {
  registry_writes_ = Registry::kEveryCommit;
  if (registry_.holds_unwritten()) shards_.front().dirty = true;
  commit();
}

}  // namespace quoth
