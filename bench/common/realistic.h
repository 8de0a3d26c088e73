#pragma once
// Realistic contributions for the benchmarks: about 300 bytes of text, two tags, consent, a third
// with a rating, on one of the demo prompts. Shared by the store and sync benchmarks so every figure
// is about the same rows.

#include "domain/contribution.h"

#include <QStringList>

namespace chorus::bench {

inline Contribution realisticContribution(int i)
{
    static const QStringList openings = {
        QStringLiteral("It would help if the centre opened earlier on Mondays, and if someone could help me with "
                       "forms for housing."),
        QStringLiteral("The advice session was useful but I waited two hours, and nobody told me where the queue "
                       "started or how long it would be."),
        QStringLiteral("Please keep the Thursday food bank going. My children eat better that week and I can pay "
                       "the electric instead."),
    };
    static const QStringList tagPairs = { QStringLiteral("opening hours"), QStringLiteral("housing"),
        QStringLiteral("waiting"), QStringLiteral("food"), QStringLiteral("staff"), QStringLiteral("money") };
    Contribution c;
    c.promptId = QStringLiteral("demo-prompt-what-would-help");
    c.format = AnswerFormat::Write;
    c.text = openings[i % openings.size()]
        + QStringLiteral(" The staff are kind but busy, and the waiting room is cold in winter. Answer %1, a little "
                         "more so it reaches about three hundred bytes.")
              .arg(i);
    if (i % 3 == 0)
        c.rating = 1 + i % 5;
    c.tags = { tagPairs[(2 * i) % tagPairs.size()], tagPairs[(2 * i + 1) % tagPairs.size()] };
    c.consent.mayQuote = i % 2 == 0;
    return c;
}

} // namespace chorus::bench
