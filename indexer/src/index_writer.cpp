#include "quoth/index/index_writer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>

#include "quoth/index/article_id.h"
#include "quoth/index/schema.h"

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

IndexWriter::IndexWriter(Xapian::WritableDatabase& db, std::size_t batch_documents)
    : db_(db), registry_(db, analyzer_), batch_documents_(std::max<std::size_t>(1, batch_documents)) {}

bool IndexWriter::remove_article(const std::string& identity) {
  const std::string id_term = article_id_term(identity);
  Xapian::PostingIterator p = db_.postlist_begin(id_term);
  if (p == db_.postlist_end(id_term)) return false;
  const auto data = nlohmann::json::parse(db_.get_document(*p).get_data(), nullptr, false);
  if (data.is_object()) {
    if (const auto it = data.find(schema::data::kEntities); it != data.end()) {
      registry_.remove(contribution_from_json(*it), identity);
    }
    if (const auto it = data.find(schema::data::kText); it != data.end() && it->is_string()) {
      byte_delta_ -= static_cast<std::int64_t>(it->get_ref<const std::string&>().size());
    }
  }
  db_.delete_document(std::string(schema::prefix::kQuoteArticle) + article_key(identity));
  db_.delete_document(id_term);
  ++removed_;
  ++pending_documents_;
  dirty_ = true;
  return true;
}

void IndexWriter::add_article(PreparedArticle& article) {
  const bool existed = remove_article(article.identity);
  if (existed) --removed_;  // a replacement, not a removal
  db_.replace_document(article_id_term(article.identity), article.document);
  for (const Xapian::Document& quote : article.quotes) db_.add_document(quote);
  registry_.add(article.contribution, article.identity);
  dirty_ = true;
  byte_delta_ += static_cast<std::int64_t>(article.bytes);
  pending_documents_ += 1 + article.quotes.size();
}

void IndexWriter::write_file(FileState state, std::vector<PreparedArticle>& articles) {
  if (const auto old = read_file_state(db_, state.path)) {
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
  write_file_state(db_, state);
  maybe_commit();
}

void IndexWriter::write_article(PreparedArticle& article) {
  add_article(article);
  maybe_commit();
}

void IndexWriter::touch_file(const FileState& state) {
  if (auto old = read_file_state(db_, state.path)) {
    old->size = state.size;
    old->mtime_ns = state.mtime_ns;
    write_file_state(db_, *old);
    dirty_ = true;
  }
}

std::size_t IndexWriter::remove_file(const std::string& path) {
  std::size_t n = 0;
  if (const auto old = read_file_state(db_, path)) {
    for (const std::string& identity : old->articles) n += remove_article(identity) ? 1 : 0;
  }
  erase_file_state(db_, path);
  maybe_commit();
  return n;
}

void IndexWriter::maybe_commit() {
  dirty_ = true;
  if (pending_documents_ >= batch_documents_) commit();
}

void IndexWriter::commit() {
  if (!dirty_) return;
  registry_.flush();
  const std::string key(schema::meta::kByteCount);
  const std::string old = db_.get_metadata(key);
  const std::int64_t bytes = (old.empty() ? 0 : std::stoll(old)) + byte_delta_;
  db_.set_metadata(key, std::to_string(std::max<std::int64_t>(0, bytes)));
  db_.set_metadata(std::string(schema::meta::kLastIndexed), utc_now_iso());
  db_.commit();
  byte_delta_ = 0;
  pending_documents_ = 0;
  dirty_ = false;
}

}  // namespace quoth
