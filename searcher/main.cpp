// quoth: ranked search over a quoth index.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <iostream>

#include "quoth/common/cli_options.h"
#include "quoth/common/exit_status.h"
#include "quoth/common/terminal.h"
#include "quoth/search/commands.h"
#include "quoth/search/session.h"

namespace {

constexpr const char* kDescription = R"(quoth: ask the news articles you collected.

Questions, recognised from their wording:
  who said X            ranked speakers of statements about X, each with its
                        best quote and article (also: who claimed/told/warned X)
  what did S say [about X]   S's statements (any spelling of S's name)
  who is S              what the articles say of S: roles, aliases, counts
  quotes about X        statements about X, any speaker
Anything else is a ranked search for articles (BM25), shown with snippets.

Query language:
  words                 any of the words; more of them ranks higher; a word
                        also finds other forms of it (guarantees: guarantee)
  "a quoted phrase"     the exact phrase
  a AND b   a OR b      both / either (AND binds tighter; upper case only)
  a NOT b   -word       without b / without word;  +word requires word
  ( ... )               grouping
  title:  source:  person:  org:  place:  speaker:  quote:   a field
                        (FIELD:word or FIELD:"a phrase")
  date:2025-12-01..2025-12-31   date:2025-12   date:2025   a date range

Examples:
  quoth "who said 90% agreed"
  quoth "what did Ushakov say about NATO"
  quoth "who is Umerov"
  quoth "quotes about security guarantees"
  quoth Witkoff Kushner Berlin
  quoth 'person:Zelensky AND "security guarantees"'
  quoth --json --limit 3 --facets title:talks
  quoth --db tcp://10.0.0.5:7001,10.0.0.6:7001 Berlin     search remote shards

Indexes: --db takes an index directory, a sharded directory (quoth-index
--shards), a Xapian stub file (lines "auto PATH" or "remote HOST:PORT") or
tcp://HOST:PORT[,HOST:PORT...]. `quoth serve` serves an index for those.

Interactive: quoth with no query on a terminal (or -i) opens a session with
line editing, history and Tab completion; :help lists its commands.

Exit status: 0 something found, 1 nothing found, 2 error (bad query syntax,
missing or unusable index).)";

constexpr const char* kServeDescription = R"(quoth serve: serve a quoth index with Xapian's remote backend.

Runs Xapian's xapian-tcpsrv on the index (a database or a shard of a
sharded index), logs start, connections and errors on stderr, and stops
cleanly on SIGINT or SIGTERM. Listens on loopback unless --bind says otherwise.

Examples:
  quoth serve --db /srv/news/shard-0 --port 7001
  quoth serve --db /srv/news/shard-1 --port 7002 --bind 0.0.0.0
  quoth --db tcp://127.0.0.1:7001,127.0.0.1:7002 "who said 90% agreed")";

}  // namespace

int main(int argc, char** argv) {
  CLI::App app(kDescription, "quoth");
  quoth::add_version_flag(app, "quoth");
  quoth::DatabaseOption db_option;
  db_option.add_to(app);
  quoth::OutputOptions output;
  output.add_to(app);
  quoth::SearchCommand search;
  app.add_option("-n,--limit", search.limit, "Show at most N results (default 10)")
      ->option_text("N")
      ->check(CLI::Range(1u, 100000u));
  app.add_flag("--facets", search.facets, "Also show the top people, organisations, places, sources and dates");
  app.add_flag("--allow-partial", search.shards.allow_partial,
               "With shards: answer from the shards that respond, warning about the others");
  app.add_option("--timeout", search.shards.timeout_ms, "Remote shards: timeout in milliseconds (default 10000)")
      ->option_text("MS");
  bool interactive = false;
  app.add_flag("-i,--interactive", interactive,
               "Open an interactive session (the default with no query on a terminal; :help inside)");
  std::vector<std::string> words;
  app.add_option("QUERY", words, "The query (several arguments are joined by spaces)");

  quoth::ServeCommand serve;
  CLI::App* serve_app = app.add_subcommand("serve", kServeDescription);
  quoth::DatabaseOption serve_db;
  serve_db.add_to(*serve_app);
  serve_app->add_option("--port", serve.port, "TCP port to listen on")->required()->check(CLI::Range(1u, 65535u));
  serve_app->add_option("--bind", serve.bind, "Address to listen on (default 127.0.0.1, loopback only)");
  serve_app->add_flag("--writable", serve.writable, "Allow remote updates (one database only)");
  serve_app->add_option("--timeout", serve.timeout_ms, "Idle and active connection timeout in milliseconds")
      ->option_text("MS");
  CLI11_PARSE(app, argc, argv);

  if (serve_app->parsed()) {
    serve.db = serve_db.resolved();
    return quoth::run_serve_command(serve);
  }
  search.db = db_option.resolved();
  search.json = output.json;
  search.colour = output.colour;
  if (interactive || (words.empty() && quoth::is_terminal(STDIN_FILENO) && quoth::is_terminal(STDOUT_FILENO))) {
    return quoth::run_session(search);
  }
  if (words.empty()) {
    std::cerr << "quoth: give a query (see quoth --help), or run it on a terminal for a session\n";
    return quoth::exit_status::kError;
  }
  for (const auto& w : words) search.query += (search.query.empty() ? "" : " ") + w;
  return quoth::run_search_command(search);
}
