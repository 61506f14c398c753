// Terminal manners shared by quoth's programs: colour only on a TTY and never
// with NO_COLOR set; width that follows the terminal.
#pragma once

#include <string>

namespace quoth {

enum class ColourChoice { Auto, Always, Never };

// Whether to colour output written to file descriptor fd.
[[nodiscard]] bool use_colour(ColourChoice choice, int fd);

// The terminal's width in columns for fd, else $COLUMNS, else 80.
[[nodiscard]] int terminal_width(int fd);

[[nodiscard]] bool is_terminal(int fd);

// ANSI styles; empty strings when colour is off.
struct Style {
  std::string highlight, reset, dim, bold, title;
  static Style for_colour(bool enabled);
};

}  // namespace quoth
