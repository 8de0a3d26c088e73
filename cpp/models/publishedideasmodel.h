#pragma once
// "Ideas from people here": the ideas coordinators published for this site, in the person's
// language, and the one-tap "me too" that saves a support. Which ideas this visitor supported is
// kept only until the visit ends.

#include "domain/publishedidea.h"

#include <QAbstractListModel>
#include <QSet>
#include <qqmlregistration.h>

namespace chorus {

class PublishedIdeaRepository;

class PublishedIdeasModel final : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PublishedIdeasModel is built by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    enum Roles { IdeaIdRole = Qt::UserRole + 1, TextRole, FellBackRole, SymbolRole, SupportedRole };
    Q_ENUM(Roles)

    explicit PublishedIdeasModel(PublishedIdeaRepository &repository, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_ideas.size()); }
    [[nodiscard]] QString errorMessage() const { return m_error; }

    void reload(const QString &siteId);
    void setLanguage(const QString &language);

    // Saves one support of the idea (once per visit); false with errorMessage when it could not be saved.
    Q_INVOKABLE bool support(const QString &ideaId);
    // The visit is over: the next person has supported nothing yet.
    Q_INVOKABLE void forgetVisit();

Q_SIGNALS:
    void countChanged();
    void errorChanged();
    void supported();

private:
    PublishedIdeaRepository &m_repository;
    QList<PublishedIdea> m_ideas;
    QSet<QString> m_supportedThisVisit;
    QString m_siteId;
    QString m_language = QStringLiteral("en");
    QString m_error;
};

} // namespace chorus
