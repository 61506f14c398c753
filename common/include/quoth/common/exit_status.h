// Exit statuses of quoth's programs, like grep's.
#pragma once

namespace quoth::exit_status {
inline constexpr int kOk = 0;         // quoth: found; quoth-index: everything indexed
inline constexpr int kNothing = 1;    // quoth: nothing found; quoth-index: some files failed
inline constexpr int kError = 2;      // could not run: bad query, unusable index, ...
}  // namespace quoth::exit_status
