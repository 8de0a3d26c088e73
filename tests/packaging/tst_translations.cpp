// Every interface string is translated in every shipped language (i18n/chorus_<language>.ts): the
// committed files are complete, lupdate over today's sources finds no string they lack, and the
// .qm files the build embeds give the same translations.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one for a plain message, one per plural form for a numerus one
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            const bool gone = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            if (!gone)
                messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%[1-9]"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// What is wrong with the file's translations, one line per message; empty when all is well.
QStringList problems(const QString &path)
{
    QStringList found;
    const QString lang = QFileInfo(path).baseName();
    for (const Message &m : readTs(path)) {
        const QString where = lang + QStringLiteral(": ") + m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        bool empty = m.forms.isEmpty();
        for (const QString &form : m.forms)
            empty = empty || form.trimmed().isEmpty();
        if (m.unfinished || empty) {
            found << where + QStringLiteral(" is not translated");
            continue;
        }
        for (const QString &form : m.forms) {
            if (placeholders(form) != placeholders(m.source))
                found << where + QStringLiteral(" has placeholders ") + placeholders(form).join(u',')
                             + QStringLiteral(" instead of ") + placeholders(m.source).join(u',');
        }
    }
    return found;
}

QStringList shippedTsFiles()
{
    const QDir dir(QStringLiteral(CHORUS_SOURCE_DIR "/i18n"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("chorus_*.ts")}, QDir::Files))
        files << dir.filePath(name);
    return files;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shipsWelshAndArabic()
    {
        QStringList names;
        for (const QString &file : shippedTsFiles())
            names << QFileInfo(file).fileName();
        QVERIFY2(names.contains(QStringLiteral("chorus_cy.ts")) && names.contains(QStringLiteral("chorus_ar.ts")),
                 qPrintable(names.join(u' ')));
    }

    void committedFilesAreComplete()
    {
        for (const QString &file : shippedTsFiles()) {
            QVERIFY2(readTs(file).size() > 100, qPrintable(file));
            const QStringList found = problems(file);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        }
    }

    // A qsTr()/tr() string added to the sources without a translation fails here, even before
    // anyone has run update_translations.
    void everyStringInTheSourcesIsTranslated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                         QStringLiteral("@" CHORUS_LUPDATE_LIST), QStringLiteral("-ts")};
        QStringList copies;
        for (const QString &file : shippedTsFiles()) {
            const QString copy = dir.filePath(QFileInfo(file).fileName());
            QVERIFY(QFile::copy(file, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            copies << copy;
        }
        QProcess lupdate;
        lupdate.start(QStringLiteral(CHORUS_LUPDATE), args + copies);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const QString output = QString::fromUtf8(lupdate.readAllStandardOutput());
        QVERIFY2(output.contains(QStringLiteral("Found ")), qPrintable(output));
        for (const QString &copy : copies) {
            const QStringList found = problems(copy);
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n') + QStringLiteral("\nRun update_translations, then translate them (docs/translating.md).")));
        }
    }

    // The build's .qm files are in step with the .ts files: each gives every plain translation.
    void builtQmFilesTranslate()
    {
        for (const QString &file : shippedTsFiles()) {
            const QString qm = QStringLiteral(CHORUS_QM_DIR "/") + QFileInfo(file).baseName() + QStringLiteral(".qm");
            QTranslator translator;
            QVERIFY2(translator.load(qm), qPrintable(qm + QStringLiteral(" is not built")));
            int checked = 0;
            for (const Message &m : readTs(file)) {
                const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
                const QString got = translator.translate(context.constData(), source.constData(),
                                                         m.comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 1 : -1);
                if (m.numerus) {
                    QVERIFY2(m.forms.contains(got), qPrintable(m.source));
                } else {
                    QCOMPARE(got, m.forms.constFirst());
                }
                ++checked;
            }
            QVERIFY(checked > 100);
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
