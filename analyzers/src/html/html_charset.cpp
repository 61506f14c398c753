// Legacy encodings of saved pages: the declared charset and its conversion.
#include <unicode/ucnv.h>

#include <cctype>
#include <memory>

#include "quoth/analyzers/html_reader.h"

namespace quoth {

std::string declared_html_charset(std::string_view bytes) {
  std::string head(bytes.substr(0, 2048));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto at = head.find("charset=");
  if (at == std::string::npos || head.rfind("<meta", at) == std::string::npos) return {};
  std::size_t i = at + 8;
  while (i < head.size() && (head[i] == '"' || head[i] == '\'' || head[i] == ' ')) ++i;
  std::string charset;
  while (i < head.size() && (std::isalnum(static_cast<unsigned char>(head[i])) != 0 || head[i] == '-' ||
                             head[i] == '_' || head[i] == ':' || head[i] == '.')) {
    charset += head[i++];
  }
  if (charset == "utf-8" || charset == "utf8" || charset == "us-ascii" || charset == "ascii") return {};
  return charset;
}

std::optional<std::string> convert_to_utf8(std::string_view bytes, const std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UConverter, void (*)(UConverter*)> from(ucnv_open(charset.c_str(), &status), ucnv_close);
  if (U_FAILURE(status)) return std::nullopt;
  const std::unique_ptr<UConverter, void (*)(UConverter*)> to(ucnv_open("UTF-8", &status), ucnv_close);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out(bytes.size() * 3 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source, bytes.data() + bytes.size(),
                 nullptr, nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<std::size_t>(target - out.data()));
  return out;
}

}  // namespace quoth
