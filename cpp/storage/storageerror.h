#pragma once
// A storage failure with words a person (or a staff member) can act on, naming the file.

#include <QString>

#include <stdexcept>

namespace chorus {

class StorageError : public std::runtime_error {
public:
    enum class Kind { Corrupt, NewerVersion, Locked, DiskFull, ReadOnly, Invalid, NotFound, Other };

    StorageError(Kind kind, const QString &userMessage)
        : std::runtime_error(userMessage.toStdString())
        , m_kind(kind)
        , m_userMessage(userMessage)
    {
    }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString userMessage() const { return m_userMessage; }

private:
    Kind m_kind;
    QString m_userMessage;
};

} // namespace chorus
