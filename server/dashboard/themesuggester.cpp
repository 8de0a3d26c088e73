#include "themesuggester.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <queue>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace chorus::server::dashboard {

namespace {
// A sparse vector: (word number, weight), ordered by word number.
using Sparse = std::vector<std::pair<int, double>>;

double dot(const Sparse &a, const Sparse &b)
{
    double sum = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i].first == b[j].first)
            sum += a[i++].second * b[j++].second;
        else if (a[i].first < b[j].first)
            ++i;
        else
            ++j;
    }
    return sum;
}

double norm(const Sparse &a)
{
    double sum = 0;
    for (const auto &[_, w] : a)
        sum += w * w;
    return std::sqrt(sum);
}

Sparse add(const Sparse &a, const Sparse &b)
{
    Sparse out;
    out.reserve(a.size() + b.size());
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].first < b[j].first))
            out.push_back(a[i++]);
        else if (i == a.size() || b[j].first < a[i].first)
            out.push_back(b[j++]);
        else {
            out.emplace_back(a[i].first, a[i].second + b[j].second);
            ++i;
            ++j;
        }
    }
    return out;
}

const std::unordered_set<std::string> &commonWords()
{
    static const std::unordered_set<std::string> words = {
        // English
        "the", "and", "was", "were", "for", "with", "that", "this", "have", "has", "had", "but", "not", "are", "you",
        "your", "our", "they", "them", "their", "there", "what", "when", "where", "which", "who", "would", "could",
        "should", "will", "can", "from", "about", "into", "onto", "than", "then", "too", "very", "just", "also", "more",
        "much", "some", "any", "all", "out", "get", "got", "its", "it's", "i'm", "did", "does", "doing", "been", "being",
        "here", "because", "only", "really", "like", "she", "her", "him", "his", "one", "how", "why", "way", "well",
        "even", "still", "nobody", "someone", "everyone", "please", "lot", "lots", "thing", "things",
        // Welsh
        "mae", "roedd", "oedd", "yn", "y", "yr", "ac", "a", "ar", "am", "i", "o", "gyda", "efo", "ond", "hefyd", "iawn",
        "dim", "does", "ddim", "fy", "ein", "eich", "eu", "ni", "chi", "nhw", "fe", "fo", "hi", "ei", "bod", "wedi",
        "sy", "sydd", "hwn", "hon", "hyn", "hynny", "pan", "lle", "beth", "pwy", "pam", "sut", "mwy", "rhai", "pob",
        // Arabic
        "في", "من", "على", "إلى", "الى", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "جدا", "لا", "لم",
        "لن", "ما", "هو", "هي", "هم", "نحن", "أنا", "انا", "التي", "الذي", "الذين", "أن", "ان", "إن", "أو", "او",
        "كل", "بعض", "قد", "لقد", "ثم", "عند", "بين", "حتى", "لكن", "هناك", "يكون", "كما",
    };
    return words;
}

// Punctuation outside ASCII that would otherwise stick to a word: Latin-1 signs, general
// punctuation (quotes, dashes, ellipsis), Arabic comma, semicolon, question mark, percent and full
// stop, CJK punctuation.
bool separator(std::uint32_t cp)
{
    return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x060C
        || cp == 0x061B || cp == 0x061F || (cp >= 0x066A && cp <= 0x066D) || cp == 0x06D4
        || (cp >= 0x3000 && cp <= 0x303F);
}

// The code point at text[i] and its length in bytes; a broken sequence counts as one separator byte.
std::pair<std::uint32_t, std::size_t> codePoint(const std::string &text, std::size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > text.size())
        return { 0x80, 1 };
    std::uint32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next >> 6) != 2)
            return { 0x80, 1 };
        cp = (cp << 6) | (next & 0x3F);
    }
    return { cp, len };
}
} // namespace

ThemeSuggester::ThemeSuggester(SuggesterOptions options)
    : m_options(options)
{ }

std::vector<std::string> ThemeSuggester::words(const std::string &text)
{
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        // Numbers (answer 12, room 101) say little about what an answer is about.
        const bool number = word.find_first_not_of("0123456789") == std::string::npos;
        if (word.size() >= 3 && !number && !commonWords().count(word))
            out.push_back(word);
        word.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto [cp, len] = codePoint(text, i);
        const bool letter = cp < 0x80 ? (std::isalnum(static_cast<int>(cp)) || cp == '\'') : !separator(cp);
        if (cp == 0x0640) { // Arabic tatweel only stretches a word
        } else if (letter) {
            word += cp < 0x80 ? std::string(1, static_cast<char>(std::tolower(static_cast<int>(cp))))
                              : text.substr(i, len);
        } else {
            flush();
        }
        i += len;
    }
    flush();
    return out;
}

std::vector<ThemeSuggestion> ThemeSuggester::suggest(const std::vector<Answer> &answers) const
{
    // Words and how many answers hold each.
    std::unordered_map<std::string, int> vocabulary;
    std::vector<std::string> wordOf;
    std::vector<std::unordered_map<int, int>> counts(answers.size());
    std::vector<int> df;
    for (std::size_t d = 0; d < answers.size(); ++d) {
        for (const auto &w : words(answers[d].text)) {
            auto [it, fresh] = vocabulary.emplace(w, static_cast<int>(wordOf.size()));
            if (fresh) {
                wordOf.push_back(w);
                df.push_back(0);
            }
            if (counts[d][it->second]++ == 0)
                ++df[it->second];
        }
    }
    // TF-IDF, unit length, twice. For grouping, only words that link answers: a word in one answer
    // links it to none, and in a short answer its weight would drown the words it shares; a word in
    // most answers tells nothing. For near-duplicates, every word: the words an answer has alone are
    // what tell two answers on one subject from two saying the same thing.
    const double n = static_cast<double>(answers.size());
    // (Among a handful of answers "most" means little: there only a word in every one goes, by its
    // IDF of zero.)
    const int mostAnswers = n >= 20 ? static_cast<int>(0.5 * n) : static_cast<int>(n);
    std::vector<Sparse> vec(answers.size()), full(answers.size());
    std::vector<std::vector<std::pair<int, double>>> postings(wordOf.size());
    auto unit = [](Sparse &v) {
        std::sort(v.begin(), v.end());
        const double len = norm(v);
        for (auto &[_, x] : v)
            x /= len;
    };
    for (std::size_t d = 0; d < answers.size(); ++d) {
        for (const auto &[w, tf] : counts[d]) {
            if (df[w] > mostAnswers)
                continue;
            const double weight = (1 + std::log(tf)) * std::log(n / df[w]);
            full[d].emplace_back(w, weight);
            if (df[w] >= 2)
                vec[d].emplace_back(w, weight);
        }
        unit(full[d]);
        unit(vec[d]);
        for (const auto &[w, x] : vec[d])
            postings[w].emplace_back(static_cast<int>(d), x);
    }

    // Each answer's nearest neighbours, found through the words they share.
    struct Edge {
        int a, b;
        double sim;
    };
    std::vector<Edge> edges;
    std::vector<double> score(answers.size(), 0);
    std::vector<int> touched;
    for (std::size_t d = 0; d < answers.size(); ++d) {
        for (const auto &[w, x] : vec[d])
            for (const auto &[e, y] : postings[w]) {
                if (e == static_cast<int>(d))
                    continue;
                if (score[e] == 0)
                    touched.push_back(e);
                score[e] += x * y;
            }
        std::vector<std::pair<double, int>> near;
        for (int e : touched) {
            near.emplace_back(score[e], e);
            score[e] = 0;
        }
        touched.clear();
        const std::size_t k = std::min(m_options.neighbours, near.size());
        std::partial_sort(near.begin(), near.begin() + k, near.end(), std::greater<>());
        for (std::size_t i = 0; i < k; ++i)
            if (near[i].first >= m_options.joinAbove / 2)
                edges.push_back({ static_cast<int>(d), near[i].second, near[i].first });
    }

    // Near-duplicates: answers joined by very close links.
    std::vector<int> dupOf(answers.size());
    std::iota(dupOf.begin(), dupOf.end(), 0);
    auto root = [&](int x) {
        while (dupOf[x] != x)
            x = dupOf[x] = dupOf[dupOf[x]];
        return x;
    };
    for (const auto &e : edges)
        if (e.sim >= m_options.duplicateAbove && dot(full[e.a], full[e.b]) >= m_options.duplicateAbove)
            dupOf[root(e.a)] = root(e.b);

    // Agglomerative clustering with centroid linkage over the neighbour links: repeatedly join the
    // two linked groups whose summed vectors point most alike, until none is closer than joinAbove.
    struct Group {
        Sparse sum;
        double length = 0;
        std::vector<int> members;
        std::set<int> linked;
        int version = 0;
        bool alive = true;
    };
    std::vector<Group> groups(answers.size());
    for (std::size_t d = 0; d < answers.size(); ++d) {
        groups[d].sum = vec[d];
        groups[d].length = norm(vec[d]);
        groups[d].members = { static_cast<int>(d) };
    }
    struct Candidate {
        double sim;
        int a, b, va, vb;
        bool operator<(const Candidate &o) const { return sim < o.sim; }
    };
    std::priority_queue<Candidate> queue;
    for (const auto &e : edges) {
        groups[e.a].linked.insert(e.b);
        groups[e.b].linked.insert(e.a);
        queue.push({ e.sim, e.a, e.b, 0, 0 });
    }
    while (!queue.empty()) {
        const Candidate c = queue.top();
        queue.pop();
        if (c.sim < m_options.joinAbove)
            break;
        if (!groups[c.a].alive || !groups[c.b].alive || groups[c.a].version != c.va || groups[c.b].version != c.vb)
            continue;
        // The larger group takes in the smaller.
        const int keep = groups[c.a].members.size() >= groups[c.b].members.size() ? c.a : c.b;
        const int gone = keep == c.a ? c.b : c.a;
        Group &g = groups[keep];
        Group &h = groups[gone];
        g.sum = add(g.sum, h.sum);
        g.length = norm(g.sum);
        g.members.insert(g.members.end(), h.members.begin(), h.members.end());
        ++g.version;
        h.alive = false;
        for (int other : h.linked) {
            groups[other].linked.erase(gone);
            if (other != keep) {
                groups[other].linked.insert(keep);
                g.linked.insert(other);
            }
        }
        g.linked.erase(gone);
        g.linked.erase(keep);
        h.linked.clear();
        h.sum.clear();
        for (int other : g.linked) {
            const Group &o = groups[other];
            if (g.length > 0 && o.length > 0)
                queue.push({ dot(g.sum, o.sum) / (g.length * o.length), keep, other, g.version, o.version });
        }
    }

    std::vector<ThemeSuggestion> out;
    std::vector<const Group *> kept;
    for (const auto &g : groups)
        if (g.alive && g.members.size() >= m_options.smallestTheme)
            kept.push_back(&g);
    std::stable_sort(kept.begin(), kept.end(),
        [](const Group *a, const Group *b) { return a->members.size() > b->members.size(); });
    for (const Group *g : kept) {
        ThemeSuggestion s;
        Sparse byWeight = g->sum;
        std::sort(byWeight.begin(), byWeight.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        for (std::size_t i = 0; i < byWeight.size() && s.label.size() < 3; ++i)
            s.label.push_back(wordOf[byWeight[i].first]);
        std::vector<std::pair<double, int>> nearest;
        for (int d : g->members)
            nearest.emplace_back(g->length > 0 ? dot(vec[d], g->sum) / g->length : 0, d);
        std::stable_sort(nearest.begin(), nearest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        std::unordered_map<int, std::vector<std::string>> dupGroups;
        std::set<int> shownDup;
        for (const auto &[_, d] : nearest) {
            s.members.push_back(answers[d].id);
            dupGroups[root(d)].push_back(answers[d].id);
            // Representatives show the theme's range: one answer from each group of near-duplicates.
            if (s.representatives.size() < m_options.representatives && shownDup.insert(root(d)).second)
                s.representatives.push_back(answers[d].id);
        }
        for (const auto &[_, d] : nearest)
            if (auto it = dupGroups.find(root(d)); it != dupGroups.end()) {
                if (it->second.size() >= 2)
                    s.duplicates.push_back(std::move(it->second));
                dupGroups.erase(it);
            }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace chorus::server::dashboard
