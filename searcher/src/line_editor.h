// GNU readline, loaded (dlopen) when an interactive session starts rather
// than linked: a one-shot search would otherwise pay at every start for the
// dynamic linker resolving readline's ~1,200 symbol relocations and mapping it
// and libtinfo. Each member points at the readline function or variable of
// the same name. Used by the session only; load once, on one thread.
#pragma once

#include <readline/history.h>
#include <readline/readline.h>

#include <cstdio>
#include <stdexcept>

namespace quoth {

struct LineEditor {
  decltype(&::readline) readline = nullptr;
  decltype(&::add_history) add_history = nullptr;
  decltype(&::read_history) read_history = nullptr;
  decltype(&::write_history) write_history = nullptr;
  decltype(&::append_history) append_history = nullptr;
  decltype(&::rl_completion_matches) rl_completion_matches = nullptr;
  decltype(&::rl_on_new_line) rl_on_new_line = nullptr;
  decltype(&::rl_replace_line) rl_replace_line = nullptr;
  decltype(&::rl_redisplay) rl_redisplay = nullptr;
  decltype(&::rl_readline_name) rl_readline_name = nullptr;
  decltype(&::rl_attempted_completion_function) rl_attempted_completion_function = nullptr;
  decltype(&::rl_attempted_completion_over) rl_attempted_completion_over = nullptr;
  decltype(&::rl_basic_word_break_characters) rl_basic_word_break_characters = nullptr;
};

// Loads readline on the first call; throws std::runtime_error naming the
// library and dlopen's reason if it cannot be loaded.
[[nodiscard]] const LineEditor& line_editor();

}  // namespace quoth
