#include "csvwriter.h"

namespace chorus::server::dashboard {

namespace {
const char kMark[] = "\xEF\xBB\xBF";
}

CsvWriter::CsvWriter()
    : m_text(kMark)
{ }

std::string CsvWriter::field(std::string_view value)
{
    // A leading = + - @ would make a spreadsheet run the cell as a formula, and so may a leading TAB
    // or CR (some spreadsheets skip them and read the formula after): text from the public must stay
    // text, so such cells get a leading apostrophe.
    std::string v(value);
    if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
        v.insert(v.begin(), '\'');
    if (v.find_first_of(",\"\r\n") == std::string::npos)
        return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

std::string CsvWriter::take(bool withMark)
{
    std::string out = std::move(m_text);
    m_text.clear();
    if (!withMark && out.rfind(kMark, 0) == 0)
        out.erase(0, sizeof kMark - 1);
    return out;
}

void CsvWriter::row(const std::vector<std::string> &fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            m_text += ',';
        m_text += field(fields[i]);
    }
    m_text += "\r\n";
}

} // namespace chorus::server::dashboard
