#pragma once
// Suggests themes for written answers with nothing leaving the server: each answer becomes a TF-IDF
// vector of its words, answers are joined to their nearest neighbours by cosine similarity, and
// groups grow by agglomerative clustering (centroid linkage) until the closest two groups are less
// alike than a threshold. Each group is labelled by its heaviest words and shown through the answers
// nearest its centre; near-duplicates ("me too" in other words) are grouped inside it.

#include <cstddef>
#include <string>
#include <vector>

namespace chorus::server::dashboard {

struct Answer {
    std::string id;
    std::string text;
};

struct ThemeSuggestion {
    std::vector<std::string> label;           // up to three characteristic words, heaviest first
    std::vector<std::string> members;         // answer ids, nearest the centre first
    std::vector<std::string> representatives; // the few nearest the centre
    std::vector<std::vector<std::string>> duplicates; // groups of two or more near-identical answers
};

struct SuggesterOptions {
    double joinAbove = 0.25;      // groups closer than this (cosine of centroids) are joined
    double duplicateAbove = 0.8;  // answers closer than this are near-duplicates
    std::size_t neighbours = 12;  // each answer's candidate links
    std::size_t smallestTheme = 3;
    std::size_t representatives = 3;
};

class ThemeSuggester {
public:
    explicit ThemeSuggester(SuggesterOptions options = {});
    // Largest theme first. Answers that fit no theme are left out.
    [[nodiscard]] std::vector<ThemeSuggestion> suggest(const std::vector<Answer> &answers) const;

    // The words of a text as the suggester counts them: lower case, split at anything but letters
    // and digits (UTF-8 letters of any script count), common words of English, Welsh and Arabic and
    // words under three bytes left out.
    [[nodiscard]] static std::vector<std::string> words(const std::string &text);

private:
    SuggesterOptions m_options;
};

} // namespace chorus::server::dashboard
