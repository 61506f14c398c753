#include "quoth/index/indexer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <limits>
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

namespace {

// Indexes ordinary files through `jobs` analysis threads and `writer`, in
// the order of `files`.
void index_file_list(IndexWriter& writer, const std::vector<std::filesystem::path>& files,
                     const std::vector<std::optional<FileState>>& previous_of, unsigned jobs,
                     const IndexReport& report, IndexSummary& summary) {
  const auto started = std::chrono::steady_clock::now();
  IndexProgress progress;
  progress.files_total = files.size();
  for (const auto& f : files) {
    if (auto st = stat_file(absolute_path_of(f))) progress.bytes_total += st->size;
  }
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
}

unsigned job_count(const IndexOptions& options) {
  return options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

unsigned part_count(const IndexOptions& options) { return std::min(8u, job_count(options)); }

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
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (auto it = previous.find(absolute_path_of(files[i])); it != previous.end()) previous_of[i] = it->second;
  }

  IndexWriter writer(shards, options.batch_documents);
  index_file_list(writer, files, previous_of, job_count(options), report, summary);
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
                               std::vector<std::string>* identities, std::size_t first_line = 0,
                               std::uint64_t byte_limit = std::numeric_limits<std::uint64_t>::max()) {
  constexpr std::size_t kBatchLines = 256, kBatchBytes = std::size_t{256} << 10;
  const auto started = std::chrono::steady_clock::now();
  IndexSummary summary;
  const unsigned jobs = job_count(options);
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
  std::size_t line_number = first_line, filled_bytes = 0;
  std::uint64_t consumed = 0;
  for (std::string line; consumed < byte_limit && std::getline(in, line);) {
    consumed += line.size() + 1;
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

namespace {

// One part's run of a JSON Lines file: bytes [begin, end), starting at line
// first_line + 1.
struct LineRun {
  std::uint64_t begin = 0, end = 0;
  std::size_t first_line = 0;
};

// The input of a parallel build is cut into one run per part: the ordinary
// files, then the lines of each JSON Lines file (the order one writer takes
// them in), by bytes, the byte at offset x of that sequence going to part
// x * parts / total. So a part's input comes before the next part's.
class PartCut {
 public:
  PartCut(std::uint64_t total_bytes, std::size_t parts) : total_(std::max<std::uint64_t>(1, total_bytes)), parts_(parts) {}
  [[nodiscard]] std::size_t part_at(std::uint64_t offset) const {
    return std::min<std::size_t>(parts_ - 1, static_cast<std::size_t>(offset * parts_ / total_));
  }
  [[nodiscard]] std::size_t parts() const { return parts_; }

 private:
  std::uint64_t total_;
  std::size_t parts_;
};

// A JSON Lines file cut into runs of whole lines, one per part (empty for
// the parts it does not reach); read once, in chunks, for the cuts and the
// content hash.
struct SplitFile {
  std::string absolute;
  FileState state;
  std::vector<LineRun> runs;
  std::vector<std::vector<std::string>> identities;  // per part, in order
};

// `start` is the file's offset in the sequence PartCut cuts.
std::optional<SplitFile> split_json_lines(const std::filesystem::path& path, const PartCut& cut, std::uint64_t start) {
  SplitFile split;
  split.absolute = absolute_path_of(path);
  auto state = stat_file(split.absolute);
  std::ifstream in(path, std::ios::binary);
  if (!state || !in) return std::nullopt;
  split.state = *state;
  split.runs.resize(cut.parts());
  split.identities.resize(cut.parts());
  ContentHasher hasher;
  std::vector<char> chunk(std::size_t{1} << 20);
  std::uint64_t offset = 0;
  std::size_t line = 0, part = cut.part_at(start);
  split.runs[part] = {0, 0, 0};
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    hasher.update(std::string_view(chunk.data(), got));
    for (std::size_t i = 0; i < got; ++i) {
      if (chunk[i] != '\n') continue;
      ++line;
      const std::uint64_t next = offset + i + 1;  // where the next line starts
      if (const std::size_t p = cut.part_at(start + next); p != part) {
        split.runs[part].end = next;
        part = p;
        split.runs[part] = {next, next, line};
      }
    }
    offset += got;
  }
  if (!in.eof()) return std::nullopt;
  split.runs[part].end = offset;
  split.state.hash = hasher.hex();
  split.state.size = offset;
  return split;
}

// Serialises a report's callbacks for writers running side by side, and
// adds up their progress.
class SharedReport {
 public:
  SharedReport(const IndexReport& report, std::size_t parts) : report_(report), progress_(parts) {}

  IndexReport for_part(std::size_t k) {
    IndexReport r;
    if (report_.error) r.error = [this](const FileError& e) { locked([&] { report_.error(e); }); };
    if (report_.warning) r.warning = [this](const FileError& e) { locked([&] { report_.warning(e); }); };
    if (report_.progress) {
      r.progress = [this, k](const IndexProgress& p) {
        locked([&] {
          progress_[k] = p;
          IndexProgress sum;
          for (const IndexProgress& one : progress_) {
            sum.files_done += one.files_done;
            sum.files_total += one.files_total;
            sum.bytes_done += one.bytes_done;
            sum.bytes_total += one.bytes_total;
            sum.seconds = std::max(sum.seconds, one.seconds);
          }
          report_.progress(sum);
        });
      };
    }
    return r;
  }

 private:
  template <typename Fn>
  void locked(Fn&& fn) {
    std::lock_guard lock(mutex_);
    fn();
  }
  const IndexReport& report_;
  std::mutex mutex_;
  std::vector<IndexProgress> progress_;
};

void add_into(IndexSummary& into, const IndexSummary& s) {
  into.indexed += s.indexed;
  into.unchanged += s.unchanged;
  into.removed += s.removed;
  into.failed += s.failed;
  into.bytes += s.bytes;
}

}  // namespace

IndexSummary index_files_in_parts(const std::vector<Xapian::WritableDatabase>& parts,
                                  const std::vector<std::filesystem::path>& all_files, const IndexOptions& options,
                                  const IndexReport& report, std::vector<FileState>& spanning_records) {
  const auto started = std::chrono::steady_clock::now();
  const std::size_t n = parts.size();
  IndexSummary summary;
  summary.files = all_files.size();
  std::vector<std::filesystem::path> streamed;
  std::vector<std::uint64_t> sizes;
  std::uint64_t total = 0;
  std::vector<std::vector<std::filesystem::path>> files(n);  // each part's ordinary files
  for (const auto& f : all_files) {
    if (is_json_lines_file(f)) continue;
    const auto st = stat_file(absolute_path_of(f));
    sizes.push_back(st ? st->size : 0);
    total += sizes.back();
  }
  for (const auto& f : all_files) {
    if (!is_json_lines_file(f)) continue;
    const auto st = stat_file(absolute_path_of(f));
    total += st ? st->size : 0;
    streamed.push_back(f);
  }
  const PartCut cut(total, n);
  std::uint64_t offset = 0;
  for (std::size_t i = 0, plain = 0; i < all_files.size(); ++i) {
    if (is_json_lines_file(all_files[i])) continue;
    files[cut.part_at(offset)].push_back(all_files[i]);
    offset += sizes[plain++];
  }
  std::vector<SplitFile> splits;
  for (const auto& f : streamed) {
    if (auto split = split_json_lines(f, cut, offset)) {
      offset += split->state.size;
      splits.push_back(std::move(*split));
    } else {
      ++summary.failed;
      if (report.error) report.error({f.string(), "cannot read"});
    }
  }
  IndexOptions part_options = options;
  part_options.jobs = std::max<unsigned>(1, job_count(options) / static_cast<unsigned>(n));
  SharedReport shared(report, n);
  std::vector<IndexSummary> summaries(n);
  std::vector<std::exception_ptr> errors(n);
  {
    std::vector<std::jthread> writers;
    for (std::size_t k = 0; k < n; ++k) {
      writers.emplace_back([&, k, part_report = shared.for_part(k)] {
        try {
          IndexWriter writer(parts[k], part_options.batch_documents, IndexWriter::Registry::kHeld);
          const std::vector<std::filesystem::path>& mine = files[k];
          index_file_list(writer, mine, std::vector<std::optional<FileState>>(mine.size()), part_options.jobs,
                          part_report, summaries[k]);
          for (SplitFile& split : splits) {
            const LineRun& run = split.runs[k];
            if (run.begin == run.end) continue;
            std::ifstream in(split.absolute, std::ios::binary);
            in.seekg(static_cast<std::streamoff>(run.begin));
            add_into(summaries[k], stream_json_lines(in, split.absolute, writer, part_options, part_report,
                                                     &split.identities[k], run.first_line, run.end - run.begin));
          }
          writer.finish();
          summaries[k].removed += writer.removed();
        } catch (...) {
          errors[k] = std::current_exception();  // rethrown below, on the caller's thread
        }
      });
    }
  }
  for (const auto& e : errors) {
    if (e) std::rethrow_exception(e);
  }
  for (const IndexSummary& s : summaries) add_into(summary, s);
  for (SplitFile& split : splits) {
    for (auto& ids : split.identities) {
      split.state.articles.insert(split.state.articles.end(), std::make_move_iterator(ids.begin()),
                                  std::make_move_iterator(ids.end()));
    }
    split.state.path = split.absolute;
    spanning_records.push_back(std::move(split.state));
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace quoth
