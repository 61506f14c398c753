#include "line_editor.h"

#include <dlfcn.h>

#include <string>

namespace quoth {
namespace {

#define QUOTH_STRING(x) #x
#define QUOTH_EXPAND_STRING(x) QUOTH_STRING(x)
// The soname of the readline the build compiled against, then any.
constexpr const char* kLibraries[] = {"libreadline.so." QUOTH_EXPAND_STRING(RL_VERSION_MAJOR),
                                      "libreadline.so"};

template <typename T>
void bind(void* library, T& member, const char* name) {
  void* symbol = ::dlsym(library, name);
  if (!symbol) throw std::runtime_error(std::string("libreadline: no ") + name);
  member = reinterpret_cast<T>(symbol);
}

LineEditor load() {
  void* library = nullptr;
  std::string reason;
  for (const char* name : kLibraries) {
    if ((library = ::dlopen(name, RTLD_NOW | RTLD_LOCAL))) break;
    if (const char* e = ::dlerror()) reason = e;
  }
  if (!library)
    throw std::runtime_error("cannot load readline for the interactive session: " + reason);
  LineEditor e;
  bind(library, e.readline, "readline");
  bind(library, e.add_history, "add_history");
  bind(library, e.read_history, "read_history");
  bind(library, e.write_history, "write_history");
  bind(library, e.append_history, "append_history");
  bind(library, e.rl_completion_matches, "rl_completion_matches");
  bind(library, e.rl_on_new_line, "rl_on_new_line");
  bind(library, e.rl_replace_line, "rl_replace_line");
  bind(library, e.rl_redisplay, "rl_redisplay");
  bind(library, e.rl_readline_name, "rl_readline_name");
  bind(library, e.rl_attempted_completion_function, "rl_attempted_completion_function");
  bind(library, e.rl_attempted_completion_over, "rl_attempted_completion_over");
  bind(library, e.rl_basic_word_break_characters, "rl_basic_word_break_characters");
  return e;
}

}  // namespace

const LineEditor& line_editor() {
  static const LineEditor editor = load();
  return editor;
}

}  // namespace quoth
