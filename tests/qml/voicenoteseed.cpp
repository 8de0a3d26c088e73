#include "voicenoteseed.h"

#include "client/enginestore.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/mediastore.h"
#include "voice/opusfilewriter.h"

#include <QQuickItem>

#include <cmath>
#include <vector>

namespace chorus::test {

QQuickItem *findVisibleItem(QQuickItem *root, const QString &name)
{
    if (!root->isVisible())
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findVisibleItem(child, name))
            return found;
    return nullptr;
}

bool writeOpusTone(const QString &path, int durationMs)
{
    constexpr int rate = 48000;
    OpusFileWriter writer;
    if (!writer.open(path, rate))
        return false;
    std::vector<qint16> samples(static_cast<std::size_t>(rate) * durationMs / 1000);
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = static_cast<qint16>(8000 * std::sin(2 * M_PI * 440.0 * double(i) / rate));
    return writer.write(samples.data(), qsizetype(samples.size())) && writer.finish();
}

Contribution seedVoiceNote(
    const QString &dbPath, const QString &mediaDir, const QString &promptId, int durationMs, const std::string &role)
{
    auto store = DeviceStore::open(dbPath);
    if (!role.empty())
        store->write([&] { store->state().set(sync::client::statekey::kRole, role); });
    MediaStore media(*store, mediaDir);
    const QString temp = media.temporaryPath(QStringLiteral("opus"));
    if (!writeOpusTone(temp, durationMs))
        throw StorageError(StorageError::Kind::Other, QStringLiteral("could not write a test voice note"));
    Contribution c;
    c.promptId = promptId;
    c.format = AnswerFormat::Speak;
    c.media << media.adopt(temp, QStringLiteral("audio/ogg"), 0);
    return ContributionRepository(*store).save(c);
}

} // namespace chorus::test
