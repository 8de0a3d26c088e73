#include "postgres/placeholders.h"

#include <algorithm>
#include <cctype>

namespace chorus::server::postgres {

std::string translatePlaceholders(const std::string &sql)
{
    std::string out;
    out.reserve(sql.size() + 8);
    int highest = 0;
    char quote = 0;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        std::size_t j = i + 1;
        while (j < sql.size() && std::isdigit(static_cast<unsigned char>(sql[j])))
            ++j;
        const int number = j > i + 1 ? std::stoi(sql.substr(i + 1, j - i - 1)) : highest + 1;
        highest = std::max(highest, number);
        out += '$' + std::to_string(number);
        i = j - 1;
    }
    return out;
}

} // namespace chorus::server::postgres
