#pragma once
// CSV as RFC 4180 describes it (CRLF rows, fields with commas, quotes or line breaks quoted, quotes
// doubled), with a UTF-8 byte-order mark so spreadsheets read Welsh and Arabic text correctly.

#include <string>
#include <string_view>
#include <vector>

namespace chorus::server::dashboard {

class CsvWriter {
public:
    CsvWriter();
    void row(const std::vector<std::string> &fields);
    [[nodiscard]] const std::string &text() const { return m_text; }
    // The rows written so far, leaving the writer empty for the next ones (streamed exports); the
    // byte-order mark only when `withMark` (the start of a file).
    [[nodiscard]] std::string take(bool withMark = false);
    [[nodiscard]] static std::string field(std::string_view value);

private:
    std::string m_text;
};

} // namespace chorus::server::dashboard
