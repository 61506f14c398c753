// The interactive session: `quoth` with no query on a terminal (or -i).
// GNU readline for line editing, persistent history
// ($XDG_STATE_HOME/quoth/history) and Tab completion of commands, field
// names and entity names from the index. Commands: :help :json :limit N
// :facets :open N :stats :quit. Anything else is a query, answered like a
// one-shot `quoth`. The index is reopened before each query, so articles
// added meanwhile (e.g. by `quoth-index --watch`) show up.
#pragma once

#include <string>

#include "quoth/search/commands.h"

namespace quoth {

// Runs until :quit or end of input; returns the exit status.
[[nodiscard]] int run_session(const SearchCommand& defaults);

}  // namespace quoth
