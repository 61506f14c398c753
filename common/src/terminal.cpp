#include "quoth/common/terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <string_view>

namespace quoth {

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

bool use_colour(ColourChoice choice, int fd) {
  switch (choice) {
    case ColourChoice::Always:
      return true;
    case ColourChoice::Never:
      return false;
    case ColourChoice::Auto:
      break;
  }
  if (const char* no_colour = std::getenv("NO_COLOR"); no_colour && *no_colour) return false;
  if (const char* term = std::getenv("TERM"); term && std::string_view(term) == "dumb") {
    return false;
  }
  return is_terminal(fd);
}

int terminal_width(int fd) {
  winsize ws{};
  if (::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    const int n = std::atoi(columns);
    if (n > 0) return n;
  }
  return 80;
}

Style Style::for_colour(bool enabled) {
  if (!enabled) return {};
  return Style{"\x1b[1;31m", "\x1b[0m", "\x1b[2m", "\x1b[1m", "\x1b[1;34m"};
}

}  // namespace quoth
