#include "quoth/search/session.h"

#include <signal.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <iostream>
#include <sstream>

#include "quoth/common/exit_status.h"
#include "quoth/index/article_data.h"
#include "quoth/index/article_id.h"
#include "quoth/index/database.h"
#include "quoth/index/index_stats.h"
#include "quoth/index/schema.h"
#include "quoth/search/presenter.h"
#include "quoth/search/searcher.h"
#include "line_editor.h"

namespace quoth {
namespace {

constexpr const char* kCommands[] = {":help", ":json", ":limit", ":facets", ":open", ":stats", ":quit"};

constexpr const char* kHelp =
    "Ask a question or search:\n"
    "  who said X | what did S say [about X] | who is S | quotes about X | words, \"phrases\", fields\n"
    "Fields: title: source: person: org: place: speaker: quote: date:YYYY-MM-DD..YYYY-MM-DD\n"
    "Commands:\n"
    "  :help        this help            :json      toggle JSON output\n"
    "  :limit N     show N answers       :facets    toggle facets\n"
    "  :open N      read article N of the last answer in $PAGER\n"
    "  :stats       about the index      :quit      leave (or Ctrl-D)\n";

// Completion needs the index outside any object: readline takes C callbacks.
const Xapian::Database* g_completion_db = nullptr;

std::string history_path() {
  const char* state = std::getenv("XDG_STATE_HOME");
  const char* home = std::getenv("HOME");
  std::filesystem::path dir = state && *state ? std::filesystem::path(state) / "quoth"
                              : home && *home  ? std::filesystem::path(home) / ".local/state/quoth"
                                               : std::filesystem::path(".");
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  return (dir / "history").string();
}

// Candidates for the word being completed: commands, field names, then
// entity name words and index words with that beginning.
char* complete_word(const char* text, int state) {
  static std::vector<std::string> matches;
  static std::size_t next = 0;
  if (state == 0) {
    matches.clear();
    next = 0;
    const std::string prefix = text;
    if (prefix.starts_with(":")) {
      for (const char* c : kCommands) {
        if (std::string(c).starts_with(prefix)) matches.emplace_back(c);
      }
    } else {
      for (const auto& f : schema::kQueryFields) {
        const std::string field = std::string(f.name) + ":";
        if (field.starts_with(prefix)) matches.push_back(field);
      }
      if (g_completion_db && prefix.size() >= 2) {
        std::string lower = prefix;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        // Each word once, in the case the user began it: "Umer" completes to
        // "Umerov", not to a choice between "Umerov" and "umerov".
        const bool capital = std::isupper(static_cast<unsigned char>(prefix[0])) != 0;
        std::set<std::string> seen;
        const auto offer = [&](std::string word) {
          if (word.empty() || !seen.insert(word).second) return;
          if (capital) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
          matches.push_back(std::move(word));
        };
        const std::string names = std::string(schema::prefix::kEntityName) + lower;
        for (auto it = g_completion_db->allterms_begin(names); it != g_completion_db->allterms_end(names) && matches.size() < 50; ++it) {
          offer((*it).substr(schema::prefix::kEntityName.size()));
        }
        for (auto it = g_completion_db->allterms_begin(lower); it != g_completion_db->allterms_end(lower) && matches.size() < 100; ++it) {
          offer(*it);
        }
      }
    }
  }
  if (next >= matches.size()) return nullptr;
  return strdup(matches[next++].c_str());
}

char** complete(const char* text, int, int) {
  const LineEditor& rl = line_editor();
  *rl.rl_attempted_completion_over = 1;
  return rl.rl_completion_matches(text, complete_word);
}

// Ctrl-C: abandon the line, keep the session.
void on_interrupt(int) {
  std::fputs("\n", stdout);
  const LineEditor& rl = line_editor();
  rl.rl_on_new_line();
  rl.rl_replace_line("", 0);
  rl.rl_redisplay();
}

// The stored text of the article of `id`, with the query's words marked.
std::string article_text(const Xapian::Database& db, const std::string& id) {
  const auto postings = db.postlist_begin(schema::term(schema::prefix::kArticleId, article_key(id)));
  if (postings == db.postlist_end(schema::term(schema::prefix::kArticleId, article_key(id)))) return {};
  const std::string data = db.get_document(*postings).get_data();
  return std::string(read_article_data(data).text);
}

void page(const std::string& text) {
  const char* pager = std::getenv("PAGER");
  const std::string command = pager && *pager ? pager : "less -R";
  FILE* p = ::popen(command.c_str(), "w");
  if (!p) {
    std::cout << text << '\n';
    return;
  }
  std::fwrite(text.data(), 1, text.size(), p);
  ::pclose(p);
}

}  // namespace

int run_session(const SearchCommand& defaults) {
  SearchCommand c = defaults;
  OpenedIndex index;
  try {
    index = open_shards_for_reading(c.db, c.shards);
  } catch (const IndexError& e) {
    std::cerr << "quoth: " << e.what() << '\n';
    return exit_status::kError;
  }
  Searcher searcher(index.db);
  g_completion_db = &searcher.database();
  const LineEditor* loaded = nullptr;
  try {
    loaded = &line_editor();
  } catch (const std::runtime_error& e) {
    std::cerr << "quoth: " << e.what() << '\n';
    return exit_status::kError;
  }
  const LineEditor& rl = *loaded;
  *rl.rl_readline_name = "quoth";
  *rl.rl_attempted_completion_function = complete;
  *rl.rl_basic_word_break_characters = const_cast<char*>(" \t\"()");
  const std::string history = history_path();
  if (rl.read_history(history.c_str()) != 0) rl.write_history(history.c_str());  // create it
  struct sigaction sa {};
  sa.sa_handler = on_interrupt;
  sigaction(SIGINT, &sa, nullptr);

  const Style style = Style::for_colour(use_colour(c.colour, STDOUT_FILENO));
  std::cout << "quoth — " << c.db << " (:help for help, Ctrl-D to leave)\n";
  SearchResults last;
  while (char* raw = rl.readline("quoth> ")) {
    std::string line(raw);
    std::free(raw);
    if (line.find_first_not_of(' ') == std::string::npos) continue;
    rl.add_history(line.c_str());
    rl.append_history(1, history.c_str());
    std::istringstream words(line);
    std::string command;
    words >> command;
    if (command == ":quit" || command == ":q") break;
    if (command == ":help") {
      std::cout << kHelp;
    } else if (command == ":json") {
      c.json = !c.json;
      std::cout << "JSON output " << (c.json ? "on" : "off") << '\n';
    } else if (command == ":facets") {
      c.facets = !c.facets;
      std::cout << "facets " << (c.facets ? "on" : "off") << '\n';
    } else if (command == ":limit") {
      unsigned n = 0;
      if (words >> n && n > 0) {
        c.limit = n;
        std::cout << "showing " << n << '\n';
      } else {
        std::cout << "usage: :limit N\n";
      }
    } else if (command == ":stats") {
      searcher.reopen();
      const IndexStats s = read_stats(searcher.database());
      std::cout << s.articles << " articles, " << s.quotes << " quotes, " << s.entities << " entities; last indexed "
                << s.last_indexed << '\n';
    } else if (command == ":open") {
      std::size_t n = 0;
      words >> n;
      const ArticleRef* ref = nullptr;
      if (n >= 1 && n <= last.answers.size()) ref = &last.answers[n - 1].article;
      if (!ref && n >= 1 && n <= last.hits.size()) ref = &last.hits[n - 1];
      if (!ref) {
        std::cout << "usage: :open N, with N from the last answers\n";
        continue;
      }
      page(article_text(searcher.database(), ref->id));
    } else if (command.starts_with(":")) {
      std::cout << "unknown command " << command << " (:help lists them)\n";
    } else {
      try {
        searcher.reopen();
        last = searcher.search(line, {c.limit, c.facets});
        if (c.json) {
          std::cout << results_json(last) << '\n';
        } else if (last.hits.empty() && last.answers.empty() && !last.entity) {
          std::cout << "nothing matches" << (last.suggestion.empty() ? "" : "; did you mean: " + last.suggestion) << '\n';
        } else {
          if (!last.suggestion.empty()) std::cout << "did you mean: " << last.suggestion << '\n';
          print_results(std::cout, last, style, terminal_width(STDOUT_FILENO));
        }
      } catch (const QuerySyntaxError& e) {
        std::cout << "bad query: " << e.what() << "\n  " << line << "\n  "
                  << std::string(std::min(e.position(), line.size()), ' ') << "^\n";
      } catch (const Xapian::Error& e) {
        std::cout << "error: " << e.get_description() << '\n';
      }
    }
  }
  std::cout << '\n';
  g_completion_db = nullptr;
  return exit_status::kOk;
}

}  // namespace quoth
