#include "quoth/index/indexer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <map>
#include <sstream>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <unordered_map>

#include "quoth/analyzers/article_analyzer.h"
#include "quoth/analyzers/utf8.h"
#include "quoth/analyzers/term_analyzer.h"
#include "quoth/index/document_builder.h"
#include "quoth/index/file_state.h"
#include "quoth/index/article_id.h"
#include "quoth/index/index_writer.h"
#include "quoth/index/shards.h"

namespace quoth {
namespace {

// What a worker made of one file, for the writer.
struct FileResult {
  enum class Outcome { Indexed, Unchanged, Touched, Failed } outcome = Outcome::Failed;
  FileState state;
  std::vector<PreparedArticle> articles;
  std::vector<FileError> errors;
  std::vector<FileError> warnings;
  std::size_t bytes = 0;
};

// Analysis state owned by one worker thread.
struct Worker {
  TermAnalyzer terms;
  ArticleAnalyzer analysis;
  DocumentBuilder builder{terms};

  FileResult process(const std::filesystem::path& path, const std::optional<FileState>& previous) {
    FileResult result;
    const std::string absolute = absolute_path_of(path);
    auto current = stat_file(absolute);
    if (current && previous && current->same_stat(*previous) && !previous->hash.empty()) {
      result.outcome = FileResult::Outcome::Unchanged;
      return result;
    }
    ArticleFile file = load_article_file(path);
    result.errors = std::move(file.errors);
    result.warnings = std::move(file.warnings);
    result.bytes = file.bytes;
    if (file.articles.empty() && !result.errors.empty() && file.content_hash.empty()) {
      return result;  // the file itself could not be read
    }
    result.state = current.value_or(FileState{});
    result.state.path = absolute;
    result.state.hash = file.content_hash;
    if (previous && previous->hash == result.state.hash) {
      result.outcome = FileResult::Outcome::Touched;
      return result;
    }
    for (const LoadedArticle& loaded : file.articles) {
      result.articles.push_back(builder.build(loaded, analysis.analyze(loaded.article)));
    }
    result.outcome = FileResult::Outcome::Indexed;
    return result;
  }
};

void index_json_lines_file(const std::filesystem::path& path, const std::optional<FileState>& previous,
                           IndexWriter& writer, const IndexOptions& options, const IndexReport& report,
                           IndexSummary& summary);

// Hands results to the writer in input order, holding workers back when
// they run more than `window` files ahead of it.
class OrderedResults {
 public:
  explicit OrderedResults(std::size_t window) : window_(window) {}

  // Blocks until slot `seq` is within the window; false if stopping.
  bool wait_for_slot(std::size_t seq) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return stopping_ || seq < next_ + window_; });
    return !stopping_;
  }
  void put(std::size_t seq, FileResult result) {
    {
      std::lock_guard lock(mutex_);
      ready_.emplace(seq, std::move(result));
    }
    available_.notify_one();
  }
  std::optional<FileResult> take_next() {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [&] { return stopping_ || ready_.count(next_) > 0; });
    if (stopping_) return std::nullopt;
    FileResult r = std::move(ready_.at(next_));
    ready_.erase(next_++);
    lock.unlock();
    space_.notify_all();
    return r;
  }
  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    space_.notify_all();
    available_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable space_, available_;
  std::map<std::size_t, FileResult> ready_;
  std::size_t next_ = 0;
  std::size_t window_;
  bool stopping_ = false;
};

}  // namespace

IndexSummary index_files(const std::vector<Xapian::WritableDatabase>& shards,
                         const std::vector<std::filesystem::path>& all_files, const IndexOptions& options,
                         const IndexReport& report) {
  const auto started = std::chrono::steady_clock::now();
  IndexSummary summary;
  summary.files = all_files.size();
  // JSON Lines files are streamed in parallel batches after the others; the
  // rest go through the file pipeline.
  std::vector<std::filesystem::path> files, streamed;
  for (const auto& f : all_files) (is_json_lines_file(f) ? streamed : files).push_back(f);

  // Previous states, read up front: workers never touch the database. A
  // record whose articles are not all there (shards commit one by one, so a
  // killed run can leave one ahead of another) does not count.
  std::unordered_map<std::string, FileState> previous;
  for (const Xapian::WritableDatabase& shard : shards) {
    for (FileState& s : all_file_states(shard)) {
      const bool complete = std::all_of(s.articles.begin(), s.articles.end(), [&](const std::string& id) {
        return shards[shard_of(id, shards.size())].term_exists(article_id_term(id));
      });
      if (!complete) continue;
      std::string path = s.path;
      previous.emplace(std::move(path), std::move(s));
    }
  }
  std::vector<std::optional<FileState>> previous_of(files.size());
  IndexProgress progress;
  progress.files_total = files.size();
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (auto it = previous.find(absolute_path_of(files[i])); it != previous.end()) previous_of[i] = it->second;
    if (auto st = stat_file(absolute_path_of(files[i]))) progress.bytes_total += st->size;
  }

  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, files.size())));
  OrderedResults results(std::size_t{jobs} * 4);
  std::atomic<std::size_t> next_file{0};
  std::vector<std::jthread> workers;
  for (unsigned j = 0; j < jobs; ++j) {
    workers.emplace_back([&] {
      Worker worker;
      for (std::size_t i = next_file++; i < files.size(); i = next_file++) {
        if (!results.wait_for_slot(i)) return;
        FileResult r;
        try {
          r = worker.process(files[i], previous_of[i]);
        } catch (const std::exception& e) {
          r = FileResult{};
          r.errors.push_back({files[i].string(), std::string("internal error: ") + e.what()});
        }
        results.put(i, std::move(r));
      }
    });
  }
  struct StopOnExit {
    OrderedResults& r;
    ~StopOnExit() { r.stop(); }
  } stop_on_exit{results};

  IndexWriter writer(shards, options.batch_documents);
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::optional<FileResult> r = results.take_next();
    if (!r) break;
    for (const auto& e : r->errors) {
      if (report.error) report.error(e);
    }
    for (const auto& w : r->warnings) {
      if (report.warning) report.warning(w);
    }
    summary.failed += r->errors.size();
    summary.bytes += r->bytes;
    switch (r->outcome) {
      case FileResult::Outcome::Unchanged:
        ++summary.unchanged;
        break;
      case FileResult::Outcome::Touched:
        ++summary.unchanged;
        writer.touch_file(r->state);
        break;
      case FileResult::Outcome::Indexed:
        summary.indexed += r->articles.size();
        writer.write_file(std::move(r->state), r->articles);
        break;
      case FileResult::Outcome::Failed:
        break;
    }
    if (report.progress) {
      progress.files_done = i + 1;
      progress.bytes_done += r->bytes;
      progress.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      report.progress(progress);
    }
  }
  for (std::size_t i = 0; i < streamed.size(); ++i) {
    const auto it = previous.find(absolute_path_of(streamed[i]));
    index_json_lines_file(streamed[i], it == previous.end() ? std::nullopt : std::optional<FileState>(it->second),
                          writer, options, report, summary);
  }
  writer.commit();
  summary.removed = writer.removed();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

namespace {

// Indexes JSON Lines from a stream in batches analysed in parallel, so a
// large feed neither waits for one thread nor sits in memory whole: a batch
// is analysed while the one before is written, and holds at most
// kBatchLines lines or kBatchBytes bytes (memory follows the bytes: long
// articles make fewer lines a batch). The identities written are appended
// to `identities` when given.
IndexSummary stream_json_lines(std::istream& in, const std::string& name, IndexWriter& writer,
                               const IndexOptions& options, const IndexReport& report,
                               std::vector<std::string>* identities) {
  constexpr std::size_t kBatchLines = 256, kBatchBytes = std::size_t{256} << 10;
  const auto started = std::chrono::steady_clock::now();
  IndexSummary summary;
  const unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::unique_ptr<Worker>> workers;
  for (unsigned j = 0; j < jobs; ++j) workers.push_back(std::make_unique<Worker>());

  struct Batch {
    std::vector<std::pair<std::size_t, std::string>> lines;  // line number, bytes
    std::vector<std::optional<PreparedArticle>> prepared;
    std::vector<std::optional<FileError>> errors;
  };
  const auto analyse = [&](Batch& batch) {
    batch.prepared.resize(batch.lines.size());
    batch.errors.resize(batch.lines.size());
    std::atomic<std::size_t> next{0};
    std::vector<std::jthread> threads;
    for (unsigned j = 0; j < jobs; ++j) {
      threads.emplace_back([&, j] {
        for (std::size_t i = next++; i < batch.lines.size(); i = next++) {
          const auto& [number, bytes] = batch.lines[i];
          const auto loaded = read_json_line(repair_utf8(bytes).text, name, number, batch.errors[i]);
          if (!loaded) continue;
          try {
            batch.prepared[i] = workers[j]->builder.build(*loaded, workers[j]->analysis.analyze(loaded->article));
          } catch (const std::exception& e) {
            batch.errors[i] = FileError{name + ":" + std::to_string(number), std::string("internal error: ") + e.what()};
          }
        }
      });
    }
  };
  const auto write = [&](Batch& batch) {
    for (std::size_t i = 0; i < batch.lines.size(); ++i) {
      summary.bytes += batch.lines[i].second.size();
      if (batch.errors[i]) {
        ++summary.failed;
        if (report.error) report.error(*batch.errors[i]);
      } else if (batch.prepared[i]) {
        if (identities) identities->push_back(batch.prepared[i]->identity);
        writer.write_article(*batch.prepared[i]);
        ++summary.indexed;
      }
    }
  };

  // One batch is analysed in the background while the one before it is written.
  std::optional<Batch> analysing;
  std::jthread analyser;
  const auto hand_over = [&](Batch next) {
    if (analyser.joinable()) analyser.join();
    std::optional<Batch> analysed = std::move(analysing);
    analysing.emplace(std::move(next));
    analyser = std::jthread([&, &batch = *analysing] { analyse(batch); });
    if (analysed) write(*analysed);
  };
  Batch filling;
  std::size_t line_number = 0, filled_bytes = 0;
  for (std::string line; std::getline(in, line);) {
    filled_bytes += line.size();
    filling.lines.emplace_back(++line_number, std::move(line));
    if (filling.lines.size() == kBatchLines || filled_bytes >= kBatchBytes) {
      hand_over(std::exchange(filling, Batch{}));
      filled_bytes = 0;
    }
  }
  hand_over(std::move(filling));
  analyser.join();
  write(*analysing);
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

// A JSON Lines file: skipped when unchanged, else streamed and recorded.
void index_json_lines_file(const std::filesystem::path& path, const std::optional<FileState>& previous,
                           IndexWriter& writer, const IndexOptions& options, const IndexReport& report,
                           IndexSummary& summary) {
  const std::string absolute = absolute_path_of(path);
  auto state = stat_file(absolute);
  if (!state) {
    ++summary.failed;
    if (report.error) report.error({path.string(), "cannot read"});
    return;
  }
  if (previous && state->same_stat(*previous) && !previous->hash.empty()) {
    ++summary.unchanged;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.eof() && in.fail()) {
    ++summary.failed;
    if (report.error) report.error({path.string(), "read error"});
    return;
  }
  state->hash = content_hash(bytes);
  if (previous && previous->hash == state->hash) {
    ++summary.unchanged;
    writer.touch_file(*state);
    return;
  }
  std::istringstream lines(std::move(bytes));
  const IndexSummary s = stream_json_lines(lines, absolute, writer, options, report, &state->articles);
  summary.indexed += s.indexed;
  summary.failed += s.failed;
  summary.bytes += s.bytes;
  writer.record_file(*state);
}

}  // namespace

IndexSummary index_json_lines(std::istream& in, const std::string& name,
                              const std::vector<Xapian::WritableDatabase>& shards, const IndexOptions& options,
                              const IndexReport& report) {
  IndexWriter writer(shards, options.batch_documents);
  IndexSummary summary = stream_json_lines(in, name, writer, options, report, nullptr);
  writer.commit();
  return summary;
}

}  // namespace quoth
