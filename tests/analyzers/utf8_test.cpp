#include <catch2/catch.hpp>

#include "quoth/analyzers/utf8.h"

using namespace quoth;

TEST_CASE("valid UTF-8 passes through repair untouched", "[utf8]") {
  const std::string text = "Zaporizhzhia \u2014 \u0417\u0430\u043f\u043e\u0440\u0456\u0436\u0436\u044f";
  const Utf8Repair r = repair_utf8(text);
  CHECK(r.text == text);
  CHECK(r.invalid_sequences == 0);
  CHECK_FALSE(r.first_invalid_byte);
}

TEST_CASE("invalid bytes become U+FFFD and are located", "[utf8]") {
  const std::string bad = std::string("Kyiv") + '\xff' + "s " + '\xe2' + '\x80' + " talks";
  const Utf8Repair r = repair_utf8(bad);
  CHECK(r.first_invalid_byte == 4u);
  CHECK(r.invalid_sequences == 2);
  CHECK(r.text == "Kyiv\uFFFDs \uFFFD talks");
  CHECK_FALSE(find_invalid_utf8(r.text));
}

TEST_CASE("overlong encodings and surrogates are rejected", "[utf8]") {
  CHECK(find_invalid_utf8(std::string("\xc0\xaf")) == 0u);
  CHECK(find_invalid_utf8(std::string("ab\xed\xa0\x80")) == 2u);
  CHECK(find_invalid_utf8(std::string("\xf4\x90\x80\x80")) == 0u);
}

TEST_CASE("code points are counted and mapped from bytes", "[utf8]") {
  const std::string text = "Merz \u2014 \u201Cproductive.\u201D";
  CHECK(count_code_points(text) == 20);
  CodePointCursor cursor(text);
  CHECK(cursor.at(0) == 0);
  CHECK(cursor.at(5) == 5);
  CHECK(cursor.at(8) == 6);  // after the 3-byte dash
  CHECK(byte_offset_of(text, 6) == 8);
  ByteCursor bytes(text);
  CHECK(bytes.at(5) == 5);
  CHECK(bytes.at(7) == 9);  // past the dash and the space after it
  CHECK(bytes.code_point() == 7);
  CHECK(bytes.at(20) == text.size());
  CHECK(bytes.at(6) == 8);  // backwards: starts over rather than answer wrong
}

TEST_CASE("decode and encode round-trip every plane", "[utf8]") {
  for (const char32_t cp : {U'A', U'\u00e9', U'\u2019', U'\U0001F600'}) {
    std::string s;
    append_utf8(s, cp);
    std::size_t i = 0;
    CHECK(decode_code_point(s, i) == cp);
    CHECK(i == s.size());
  }
}
